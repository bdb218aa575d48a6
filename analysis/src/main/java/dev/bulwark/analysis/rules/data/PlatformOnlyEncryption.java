package dev.bulwark.analysis.rules.data;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Rating;
import java.util.List;

/**
 * Disk or service encryption decrypts for every caller the store accepts. For the most sensitive
 * data on a store reachable from other zones, only encryption by the application with its own keys
 * keeps a compromised caller or operator from reading it in bulk.
 */
public final class PlatformOnlyEncryption implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-DATA-002")
          .title("Highly sensitive data protected only by platform encryption")
          .stride(INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY)
          .cwe("CWE-311")
          .attack("T1213", "T1530")
          .rationale(
              "Platform encryption protects against a lost disk, not against someone who can talk"
                  + " to the store: the store decrypts for every query it accepts. When the data is"
                  + " the most sensitive the system holds and the store answers callers from other"
                  + " zones, one stolen credential reads all of it in clear.")
          .mitigations("application-level-encryption")
          .reducedBy(Control.DATA_MASKING, Control.LEAST_PRIVILEGE)
          .asvs("V6.1.1", "V6.4.1")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node node : system.nodes()) {
      if (!Stored.ofKind(node, Stored.DATA_STORES)
          || node.component().get().encryptionAtRest() != EncryptionAtRest.PLATFORM
          || !Stored.reachableFromOutside(system, node)) {
        continue;
      }
      List<DataAsset> critical = Stored.stored(system, node, PlatformOnlyEncryption::critical);
      if (critical.isEmpty()) {
        continue;
      }
      List<String> ids = Stored.ids(critical);
      findings
          .on(node.id())
          .fact(node.describe() + " stores " + String.join(", ", ids) + ", restricted or critical")
          .fact(node.id() + " declares encryption-at-rest: platform")
          .fact(node.id() + " is reached from outside its zone")
          .data(ids)
          .report(
              "Whoever can query "
                  + node.id()
                  + " gets "
                  + String.join(", ", ids)
                  + " decrypted by the platform; no key of the application stands in the way.");
    }
  }

  private static boolean critical(DataAsset asset) {
    return asset.classification() == Classification.RESTRICTED
        || asset.confidentiality() == Rating.CRITICAL;
  }
}
