package dev.bulwark.analysis.rules.cloud;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Classification;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Exposure;
import java.util.List;

/**
 * Object storage declared reachable from the internet that keeps anything but public data. A bucket
 * serving only public files is the intended use and is not reported.
 */
public final class OpenBucket implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-CLOUD-001")
          .title("Storage bucket with non-public data open to the internet")
          .stride(INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY)
          .cwe("CWE-732", "CWE-200")
          .attack("T1530")
          .rationale(
              "Buckets are found by scanners that guess names all day; one permissive policy or"
                  + " a list permission left on, and every object can be downloaded by anyone."
                  + " Internet exposure turns a configuration slip into a public data leak.")
          .mitigations("block-public-bucket-access")
          .reducedBy(Control.IP_ALLOWLIST, Control.DATA_MASKING)
          .refines("BW-STRIDE-004")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node bucket : system.nodes()) {
      if (!bucket.is(ComponentKind.STORAGE) || bucket.exposure() != Exposure.INTERNET) {
        continue;
      }
      List<String> closed =
          system.data(bucket.component().get().stores()).stream()
              .filter(d -> d.classification() != Classification.PUBLIC)
              .map(DataAsset::id)
              .toList();
      if (closed.isEmpty()) {
        continue;
      }
      findings
          .on(bucket.id())
          .fact(bucket.describe() + " declares exposure: internet")
          .fact("it stores data that is not public: " + String.join(", ", closed))
          .data(closed)
          .report(
              "Anyone on the internet who finds "
                  + bucket.id()
                  + " may list and download "
                  + String.join(", ", closed)
                  + " if one access setting is wrong.");
    }
  }
}
