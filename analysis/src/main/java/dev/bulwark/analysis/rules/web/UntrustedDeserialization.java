package dev.bulwark.analysis.rules.web;

import static dev.bulwark.model.Goal.AVAILABILITY;
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
 * A component (custom or not: products have shipped the same flaw) that accepts native serialized
 * objects and receives flows that cross a trust boundary. There is no decisive control; a type
 * allow-list (input validation) and sandboxing lower the likelihood.
 */
public final class UntrustedDeserialization implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-010")
          .title("Deserialization of untrusted data")
          .stride(ELEVATION_OF_PRIVILEGE, TAMPERING)
          .goals(CONFIDENTIALITY, INTEGRITY, AVAILABILITY)
          .cwe("CWE-502")
          .capec("CAPEC-586")
          .rationale(
              "Native object formats let the sender choose which classes get built, and building"
                  + " them runs code. With the usual libraries on the class path, a crafted byte"
                  + " stream becomes a command on the receiving host, before any check in the"
                  + " application has looked at it.")
          .mitigations("safe-deserialization", "input-validation")
          .reducedBy(Control.INPUT_VALIDATION, Control.SANDBOXING)
          .asvs("V5.5.1", "V5.5.3")
          .refines("BW-STRIDE-006")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node receiver : system.nodes()) {
      if (!WebFacts.accepts(receiver, DataFormat.SERIALIZED_OBJECTS)) {
        continue;
      }
      List<Interaction> crossing =
          system.into(receiver.id()).stream().filter(Interaction::crossesBoundary).toList();
      if (crossing.isEmpty()) {
        continue;
      }
      findings
          .on(receiver.id())
          .fact(receiver.describe() + " accepts serialized-objects")
          .fact("flows from other trust zones reach it: " + WebFacts.ids(crossing))
          .report(
              "A crafted object stream sent to "
                  + receiver.id()
                  + " can run code there with"
                  + " its privileges as it is read.");
    }
  }
}
