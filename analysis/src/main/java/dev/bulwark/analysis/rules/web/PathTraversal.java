package dev.bulwark.analysis.rules.web;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataFormat;
import java.util.List;

/**
 * Custom code with input from outside its zone that handles files: it accepts uploads, or reads and
 * writes a storage or file-share component. Paths or object keys built from that input can leave
 * the intended folder. Validation and sandboxing lower the likelihood; nothing declarable removes
 * it.
 */
public final class PathTraversal implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-009")
          .title("Path traversal")
          .stride(INFORMATION_DISCLOSURE, TAMPERING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-22")
          .capec("CAPEC-126")
          .rationale(
              "When a file name or key comes from a request, sequences such as ../ or an absolute"
                  + " path walk out of the folder the code meant to use. Reading that way exposes"
                  + " configuration and keys; writing that way replaces code or other users' files.")
          .mitigations("file-path-confinement", "input-validation")
          .reducedBy(Control.INPUT_VALIDATION, Control.SANDBOXING)
          .asvs("V12.3.1", "V12.3.2")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node code : system.nodes()) {
      boolean uploads = WebFacts.accepts(code, DataFormat.FILES);
      List<Interaction> stores =
          system.from(code.id()).stream()
              .filter(i -> i.target().is(ComponentKind.STORAGE, ComponentKind.FILE_SHARE))
              .toList();
      List<Interaction> input = WebFacts.outsideInput(system, code);
      if (!code.customCode() || (!uploads && stores.isEmpty()) || input.isEmpty()) {
        continue;
      }
      var finding = findings.on(code.id()).fact(WebFacts.customCodeWithInput(code, input));
      if (uploads) {
        finding.fact("it accepts files");
      }
      if (!stores.isEmpty()) {
        finding.fact("it reads or writes file storage (flows " + WebFacts.ids(stores) + ")");
      }
      finding
          .data(WebFacts.dataAt(system, code, stores))
          .report(
              "File names or keys that reach %s can point outside the folder it means to use,"
                      .formatted(code.id())
                  + " to read or overwrite other files.");
    }
  }
}
