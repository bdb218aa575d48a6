package dev.bulwark.analysis.rules.llm;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.PRIVACY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Confidential or personal data sent to a model run by someone else: an LLM in a less trusted zone,
 * one exposed to the internet or in another organisation, or an external service tagged or named as
 * a hosted model. Masking or DLP on the flow or at the sender is decisive.
 */
public final class SensitiveDataToOutsideModel implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-LLM-004")
          .title("Sensitive data sent to a model outside the trust boundary")
          .stride(INFORMATION_DISCLOSURE)
          .linddun(Linddun.DATA_DISCLOSURE)
          .goals(CONFIDENTIALITY, PRIVACY)
          .cwe("CWE-359", "CWE-200")
          .rationale(
              "What goes into a prompt leaves the organisation: the provider may log it, keep it"
                  + " for abuse review or training, and show it to its own staff, and another"
                  + " prompt can sometimes draw it back out (OWASP LLM02:2025). Personal data sent"
                  + " this way also needs a legal basis and a processor agreement.")
          .mitigations("llm-data-minimisation")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction call : system.interactions()) {
      Node model = call.target();
      List<String> sensitive =
          call.data().stream().filter(Reach::confidential).map(DataAsset::id).toList();
      Optional<String> outside = Reach.outsideModel(call);
      if (sensitive.isEmpty()
          || outside.isEmpty()
          || Stream.of(Control.DATA_MASKING, Control.DLP)
              .anyMatch(c -> call.flow().controls().contains(c) || call.source().has(c))) {
        continue;
      }
      findings
          .on(call.id())
          .fact(call.describe() + " carries " + String.join(", ", sensitive))
          .fact(outside.get())
          .fact("no data-masking or dlp on the flow or on " + call.source().id())
          .data(sensitive)
          .cause(model.id())
          .report(
              String.join(", ", sensitive)
                  + " leaves for "
                  + model.id()
                  + ", a model outside the boundary, where it can be retained or resurface.");
    }
  }
}
