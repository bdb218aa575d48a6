package dev.bulwark.analysis.rules.network;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Wire;

/**
 * A back-end component, a data store, a vault or a piece of the delivery chain, exposed to the
 * internet. An {@code ip-allowlist} on it is decisive. Storage that holds no sensitive data is
 * taken for a bucket of public files and left out.
 */
public final class ExposedBackend implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-NET-003")
          .title("Back-end component exposed to the internet")
          .stride(INFORMATION_DISCLOSURE, TAMPERING, ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY, AVAILABILITY)
          .cwe("CWE-668")
          .attack("T1190", "T1133")
          .rationale(
              "Databases, queues, vaults, pipelines and orchestrators are built to be reached by"
                  + " a few known clients. Open to the whole internet, they are found by scanners"
                  + " within hours and attacked through weak passwords, default settings and the"
                  + " next published vulnerability, with nothing in front of them.")
          .mitigations("restrict-backend-reachability")
          .reducedBy(Control.VPN, Control.MFA)
          .build();

  private static final ComponentKind[] BACK_END = {
    ComponentKind.DATABASE,
    ComponentKind.STORAGE,
    ComponentKind.CACHE,
    ComponentKind.QUEUE,
    ComponentKind.SECRET_STORE,
    ComponentKind.BUILD_PIPELINE,
    ComponentKind.REPOSITORY,
    ComponentKind.ORCHESTRATOR
  };

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node node : system.nodes()) {
      var sensitive = system.sensitiveDataOf(node.id());
      if (!node.is(BACK_END)
          || node.exposure() != Exposure.INTERNET
          || node.has(Control.IP_ALLOWLIST)
          || (node.is(ComponentKind.STORAGE) && sensitive.isEmpty())) { // storage: public files
        continue;
      }
      String kind = Wire.name(node.component().orElseThrow().kind());
      findings
          .on(node.id())
          .fact(node.describe() + " declares exposure: internet and no ip-allowlist control")
          .fact(
              sensitive.isEmpty()
                  ? "a " + kind + " is meant for a few known clients only"
                  : "it holds sensitive data: " + String.join(", ", sensitive))
          .cause(node.id())
          .report("Anyone on the internet can connect to the %s %s.".formatted(kind, node.id()));
    }
  }
}
