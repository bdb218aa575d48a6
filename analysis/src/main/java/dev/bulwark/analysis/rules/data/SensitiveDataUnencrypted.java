package dev.bulwark.analysis.rules.data;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.EncryptionAtRest;
import java.util.List;

/**
 * A component we run keeps sensitive data with no encryption at rest: disks, snapshots and backups
 * carry it in clear. Services run by someone else are their operator's business.
 */
public final class SensitiveDataUnencrypted implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-DATA-001")
          .title("Sensitive data stored unencrypted")
          .stride(INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY)
          .cwe("CWE-311", "CWE-312")
          .attack("T1005", "T1530")
          .rationale(
              "Stored data outlives the process that guards it: a stolen disk, a snapshot shared"
                  + " by mistake, a backup copied to the wrong place or a host account with file"
                  + " access all hand it over in clear. Encryption at rest makes those copies"
                  + " useless without the key.")
          .mitigations("encrypt-data-at-rest")
          .reducedBy(Control.DATA_MASKING)
          .asvs("V6.1.1", "V6.1.2", "V6.1.3")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node node : system.nodes()) {
      if (!node.isComponent()
          || node.is(ComponentKind.EXTERNAL_SERVICE)
          || node.component().get().encryptionAtRest() != EncryptionAtRest.NONE) {
        continue;
      }
      List<DataAsset> sensitive = Stored.stored(system, node, SystemView::isSensitive);
      if (sensitive.isEmpty()) {
        continue;
      }
      List<String> ids = Stored.ids(sensitive);
      findings
          .on(node.id())
          .fact(node.describe() + " stores sensitive data: " + String.join(", ", ids))
          .fact(node.id() + " declares encryption-at-rest: none")
          .data(ids)
          .report(
              "Anyone who gets hold of the storage, a snapshot or a backup of "
                  + node.id()
                  + " reads "
                  + String.join(", ", ids)
                  + " in clear.");
    }
  }
}
