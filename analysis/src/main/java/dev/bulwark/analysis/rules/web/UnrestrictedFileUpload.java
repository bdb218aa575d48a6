package dev.bulwark.analysis.rules.web;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataFormat;
import java.util.List;

/**
 * Custom code that accepts files from people outside its zone (directly or through forwarders).
 * Nothing declarable removes the threat; input validation and sandboxing lower the likelihood.
 */
public final class UnrestrictedFileUpload implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-012")
          .title("Unrestricted file upload")
          .stride(ELEVATION_OF_PRIVILEGE, TAMPERING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-434")
          .capec("CAPEC-650")
          .attack("T1505.003")
          .rationale(
              "An upload is a file an outsider places on our systems. Kept under a name and"
                  + " folder that the server will execute or serve as a page, it becomes a web"
                  + " shell or stored script; passed on to staff or other users, it carries"
                  + " malware; an oversized or nested archive fills the disk.")
          .mitigations("file-upload-handling", "input-validation")
          .reducedBy(Control.INPUT_VALIDATION, Control.SANDBOXING)
          .asvs("V12.1.1", "V12.2.1", "V12.4.1", "V12.5.2")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node receiver : system.nodes()) {
      if (!receiver.customCode() || !WebFacts.accepts(receiver, DataFormat.FILES)) {
        continue;
      }
      List<Interaction> people =
          WebFacts.humanInput(system, receiver).stream()
              .filter(i -> WebFacts.apart(i.source(), receiver))
              .toList();
      if (people.isEmpty()) {
        continue;
      }
      findings
          .on(receiver.id())
          .fact(receiver.describe() + " is custom code that accepts files")
          .fact("people outside its zone send to it (flows " + WebFacts.ids(people) + ")")
          .report(
              "A file uploaded to "
                  + receiver.id()
                  + " can be a web shell, malware for"
                  + " whoever opens it later, or a payload large enough to exhaust its storage.");
    }
  }
}
