package dev.bulwark.analysis.rules.network;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Stride.DENIAL_OF_SERVICE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Wire;
import java.util.List;

/**
 * A flood from the internet can reach a critical component when no component on the way declares
 * {@code rate-limiting} or {@code ddos-protection}: the flood enters at any unprotected node
 * exposed to the internet and flows on through unprotected targets. Critical means handling data
 * whose availability is rated high or critical; with a business criticality of high or critical,
 * every unprotected component exposed to the internet counts too.
 */
public final class DenialOfService implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-NET-005")
          .title("Critical component can be flooded from the internet")
          .stride(DENIAL_OF_SERVICE)
          .goals(AVAILABILITY)
          .cwe("CWE-770", "CWE-400")
          .capec("CAPEC-125")
          .attack("T1498", "T1499")
          .rationale(
              "Sending more requests than a service can answer takes a rented botnet and no skill."
                  + " Without a limit at the entrance, the flood reaches components the business"
                  + " cannot do without, and everyone else waits while it lasts.")
          .mitigations("rate-limit-requests", "absorb-volumetric-floods")
          .reducedBy(Control.WAF, Control.MONITORING)
          .asvs("V11.1.4")
          .refines("BW-STRIDE-005")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    boolean criticalBusiness = system.business().criticality().compareTo(Criticality.HIGH) >= 0;
    for (String id : Floods.reach(system)) {
      Node node = system.node(id).orElseThrow();
      List<String> vital =
          Assets.held(system, node).stream()
              .filter(d -> d.availability().compareTo(Rating.HIGH) >= 0)
              .map(DataAsset::id)
              .toList();
      boolean entrance = node.exposure() == Exposure.INTERNET;
      if (!node.isComponent() || (vital.isEmpty() && !(criticalBusiness && entrance))) {
        continue;
      }
      findings
          .on(id)
          .fact(
              entrance
                  ? node.describe() + " is exposed to the internet"
                  : "%s is %d flow(s) from the internet with no rate limit on the way"
                      .formatted(node.describe(), system.hopsFromInternet(id).orElse(0)))
          .fact(
              vital.isEmpty()
                  ? "the business criticality is " + Wire.name(system.business().criticality())
                  : "it handles data whose availability matters: " + String.join(", ", vital))
          .fact(id + " declares neither rate-limiting nor ddos-protection")
          .cause(id)
          .report("A flood of requests from the internet can make " + id + " unavailable.");
    }
  }
}
