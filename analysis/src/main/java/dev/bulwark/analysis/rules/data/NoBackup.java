package dev.bulwark.analysis.rules.data;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.DENIAL_OF_SERVICE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Rating;
import java.util.List;

/**
 * A store of record for data whose loss or corruption hurts badly, with no backup declared. Caches,
 * indexes, brokers and registries hold copies or data in transit; devices and services run by
 * others are backed up elsewhere if at all; none of them is reported.
 */
public final class NoBackup implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-DATA-004")
          .title("No backup of critical data")
          .stride(DENIAL_OF_SERVICE, TAMPERING)
          .goals(AVAILABILITY, INTEGRITY)
          .attack("T1485", "T1486")
          .rationale(
              "Ransomware, a faulty migration, an operator's mistyped command or a failed volume"
                  + " can destroy or corrupt the only copy. Without a restorable backup kept apart"
                  + " from the original, the data and the business that runs on it are gone.")
          .mitigations("tested-backups")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node node : system.nodes()) {
      if (!node.isComponent()
          || Stored.ofKind(node, Stored.NOT_OF_RECORD)
          || node.has(Control.BACKUP)) {
        continue;
      }
      List<DataAsset> vital = Stored.stored(system, node, NoBackup::vital);
      if (vital.isEmpty()) {
        continue;
      }
      List<String> ids = Stored.ids(vital);
      findings
          .on(node.id())
          .fact(node.describe() + " stores " + String.join(", ", ids))
          .fact("their availability or integrity is rated high or critical")
          .fact(node.id() + " declares no backup control")
          .data(ids)
          .report(
              "If "
                  + node.id()
                  + " is wiped, encrypted by ransomware or corrupted, "
                  + String.join(", ", ids)
                  + " cannot be restored.");
    }
  }

  private static boolean vital(DataAsset asset) {
    return asset.availability().compareTo(Rating.HIGH) >= 0
        || asset.integrity().compareTo(Rating.HIGH) >= 0;
  }
}
