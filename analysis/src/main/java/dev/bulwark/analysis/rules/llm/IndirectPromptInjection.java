package dev.bulwark.analysis.rules.llm;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;

/**
 * A model or agent that reads documents, search results, mail or an outside service's answers,
 * where someone less trusted than the model can write that content (directly, or through the
 * services and jobs that copy it there). One finding per model and content source.
 */
public final class IndirectPromptInjection implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-LLM-002")
          .title("Indirect prompt injection through retrieved content")
          .stride(TAMPERING, ELEVATION_OF_PRIVILEGE)
          .goals(INTEGRITY, CONFIDENTIALITY)
          .cwe("CWE-1427")
          .rationale(
              "Text a model retrieves lands in the same context as its instructions, so a planted"
                  + " sentence in a web page, an e-mail or an indexed document can redirect it"
                  + " without the user typing anything (OWASP LLM01:2025). An agent that also"
                  + " holds tools or private data turns that into exfiltration or unwanted actions.")
          .mitigations("llm-trust-separation", "llm-prompt-screening")
          .reducedBy(Control.PROMPT_FILTERING)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node model : system.nodes()) {
      if (!Reach.isModel(model)) {
        continue;
      }
      for (Node source : Reach.contentSources(system, model)) {
        Reach.untrustedWriter(system, source, model)
            .ifPresent(writer -> {
              var draft =
                  findings
                      .on(model.id(), source.id())
                      .fact(model.describe() + " reads content from " + source.describe())
                      .fact(
                          Reach.why(writer)
                              + ", below the trust of "
                              + model.id()
                              + " ("
                              + model.trust()
                              + ")");
              if (!writer.id().equals(source.id())) {
                draft.fact(writer.id() + " can write content that ends up in " + source.id());
              }
              draft
                  .cause(model.id())
                  .report(
                      "Text in "
                          + source.id()
                          + " that less trusted parties shape can carry instructions "
                          + model.id()
                          + " may follow.");
            });
      }
    }
  }
}
