package dev.bulwark.analysis.rules.network;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import java.util.stream.Collectors;

/**
 * Sensitive data on an unencrypted network protocol can be read and changed by anyone on the path.
 * A VPN on the flow counts as encryption; in-process and local protocols are not networks.
 */
public final class UnencryptedTransport implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-NET-001")
          .title("Sensitive data sent unencrypted")
          .stride(INFORMATION_DISCLOSURE, TAMPERING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-319")
          .capec("CAPEC-157")
          .attack("T1040", "T1557")
          .rationale(
              "Whoever shares the network path, a tenant on the same switch, a compromised router,"
                  + " a café's Wi-Fi, can read the data in passing and, without integrity"
                  + " protection, change it.")
          .mitigations("encrypt-transport")
          .asvs("V9.1.1", "V9.2.2")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction flow : system.interactions()) {
      if (flow.encrypted()
          || !flow.flow().protocol().network()
          || flow.flow().controls().contains(Control.VPN)
          || !flow.carriesSensitive()) {
        continue;
      }
      String sensitive =
          flow.data().stream()
              .filter(SystemView::isSensitive)
              .map(DataAsset::id)
              .collect(Collectors.joining(", "));
      findings
          .on(flow.id())
          .fact(flow.describe() + " uses a protocol without encryption")
          .fact("it carries sensitive data: " + sensitive)
          .cause(flow.target().id())
          .report(
              "Sensitive data on flow "
                  + flow.id()
                  + " can be read or changed by anyone on the network path.");
    }
  }
}
