package dev.bulwark.analysis.rules.network;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;

/**
 * Attractive components that declare neither {@code hardening} nor {@code patching}: an {@link
 * Attractiveness} of 6 or more out of 9 (data, reach and kind, each 0 to 3). Services run by others
 * are not ours to harden.
 */
public final class MissingHardening implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-NET-006")
          .title("Attractive component without hardening or patching")
          .stride(ELEVATION_OF_PRIVILEGE, TAMPERING)
          .goals(CONFIDENTIALITY, INTEGRITY, AVAILABILITY)
          .cwe("CWE-1188", "CWE-1104")
          .attack("T1190", "T1210")
          .rationale(
              "Attackers spend their effort where the prize is: reachable components holding"
                  + " valuable data or power over others. Left on default settings and unpatched"
                  + " software, such a component falls to known, scripted exploits.")
          .mitigations("host-hardening-baseline", "scheduled-patching")
          .reducedBy(Control.INTRUSION_DETECTION, Control.NETWORK_POLICY)
          .build();

  static final int THRESHOLD = 6;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node node : system.nodes()) {
      if (!node.isComponent()
          || node.is(ComponentKind.EXTERNAL_SERVICE)
          || node.has(Control.HARDENING)
          || node.has(Control.PATCHING)) {
        continue;
      }
      int data = Attractiveness.data(system, node);
      int reach = Attractiveness.reach(system, node);
      int kind = Attractiveness.kind(node);
      int score = data + reach + kind;
      if (score < THRESHOLD) {
        continue;
      }
      findings
          .on(node.id())
          .fact(
              "attractiveness of %s: %d of 9 (data %d, reach %d, kind %d), threshold %d"
                  .formatted(node.describe(), score, data, reach, kind, THRESHOLD))
          .fact(node.id() + " declares neither hardening nor patching")
          .cause("model") // one decision: a hardening and patching baseline for all
          .report(node.id() + " is worth attacking and nothing says it is hardened or patched.");
    }
  }
}
