package dev.bulwark.analysis.rules.devices;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.PRIVACY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.EncryptionAtRest;
import java.util.List;

/**
 * A mobile app that keeps personal or confidential data with {@code encryption-at-rest: none}.
 * Platform encryption (the OS keystore or file protection) counts as encrypted.
 */
public final class MobileDataUnencrypted implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-DEV-004")
          .title("Sensitive data stored unencrypted in a mobile app")
          .stride(INFORMATION_DISCLOSURE)
          .linddun(Linddun.DATA_DISCLOSURE)
          .goals(CONFIDENTIALITY, PRIVACY)
          .cwe("CWE-312", "CWE-922")
          .attack("T1409")
          .rationale(
              "Phones are lost, sold, backed up to laptops and shared with other apps; files an"
                  + " app writes in the clear can be copied off a device by a backup, a forensic"
                  + " tool or malware with storage access, long after the user logged out.")
          .mitigations("mobile-secure-storage")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node app : system.nodes()) {
      if (!app.is(ComponentKind.MOBILE_APP)
          || app.component().orElseThrow().encryptionAtRest() != EncryptionAtRest.NONE) {
        continue;
      }
      List<String> held =
          system.data(app.component().orElseThrow().stores()).stream()
              .filter(Devices::confidential)
              .map(DataAsset::id)
              .toList();
      if (held.isEmpty()) {
        continue;
      }
      findings
          .on(app.id())
          .fact(app.describe() + " stores " + String.join(", ", held))
          .fact(app.id() + " declares encryption-at-rest: none")
          .data(held)
          .report(
              String.join(", ", held) + " lies readable on every phone running " + app.id() + ".");
    }
  }
}
