package dev.bulwark.analysis.rules.stride;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Stride.DENIAL_OF_SERVICE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Rating;
import java.util.List;

/**
 * Baseline denial of service: a flow from a less trusted zone reaches a component whose data must
 * stay available (rated high or critical); its source is an actor other than staff, an outside
 * party or a component exposed beyond the internal network, so outsiders can drive its volume; and
 * neither the flow nor its ends limit how much gets through.
 */
public final class DenialOfServiceAcrossBoundary implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-STRIDE-005")
          .title("Unthrottled requests can exhaust a component that must stay up")
          .stride(DENIAL_OF_SERVICE)
          .goals(AVAILABILITY)
          .cwe("CWE-770")
          .capec("CAPEC-125")
          .attack("T1498", "T1499")
          .rationale(
              "A caller in a less trusted zone can send as many requests as it likes, and nothing"
                  + " in front of the component caps them. The data it serves is rated as needing"
                  + " high availability, so exhausting its threads, connections or quota halts"
                  + " work the business depends on.")
          .mitigations("rate-limit-requests", "absorb-volumetric-floods")
          .reducedBy(Control.IP_ALLOWLIST, Control.NETWORK_POLICY)
          .asvs("V11.1.4")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : Crossings.inward(system)) {
      List<DataAsset> vital =
          Crossings.held(system, i.target()).stream()
              .filter(d -> d.availability().compareTo(Rating.HIGH) >= 0)
              .toList();
      boolean limited =
          i.has(Control.RATE_LIMITING)
              || i.has(Control.DDOS_PROTECTION)
              || i.source().has(Control.RATE_LIMITING)
              || i.source().has(Control.DDOS_PROTECTION);
      if (vital.isEmpty() || limited || !Crossings.outsideDriven(system, i.source())) {
        continue;
      }
      findings
          .on(i.id(), i.target().id())
          .fact(Crossings.crossing(i))
          .fact(i.source().describe() + " sends traffic that outsiders can drive")
          .fact(
              i.target().id()
                  + " holds data rated high or critical for availability: "
                  + Crossings.ids(vital))
          .fact("neither flow " + i.id() + " nor its ends declare rate-limiting or ddos-protection")
          .data(vital.stream().map(DataAsset::id).toList())
          .cause(i.target().id())
          .report(
              "Floods of requests on flow "
                  + i.id()
                  + " can make "
                  + i.target().id()
                  + " unavailable; nothing limits them.");
    }
  }
}
