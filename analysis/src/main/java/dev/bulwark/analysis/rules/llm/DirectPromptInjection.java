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
import dev.bulwark.model.DataFormat;

/**
 * A model or agent that takes prompts which people less trusted than it can write, directly or
 * through the front ends and services that pass them on. No control settles it; filtering prompts
 * only lowers the likelihood.
 */
public final class DirectPromptInjection implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-LLM-001")
          .title("Direct prompt injection")
          .stride(TAMPERING, ELEVATION_OF_PRIVILEGE)
          .goals(INTEGRITY, CONFIDENTIALITY)
          .cwe("CWE-1427")
          .rationale(
              "A model cannot reliably tell its operator's instructions from text a user typed, so"
                  + " a crafted prompt can override the system prompt, reveal it, or steer the"
                  + " model into actions and answers it was meant to refuse (OWASP LLM01:2025).")
          .mitigations("llm-trust-separation", "llm-prompt-screening")
          .reducedBy(Control.PROMPT_FILTERING)
          .refines("BW-STRIDE-006")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node model : system.nodes()) {
      if (!Reach.isModel(model) || !takesPrompts(system, model)) {
        continue;
      }
      Reach.untrustedCaller(system, model)
          .ifPresent(caller ->
              findings
                  .on(model.id())
                  .fact(model.describe() + " takes prompts")
                  .facts(Reach.facts(caller, model))
                  .report(
                      "Prompts written by "
                          + caller.id()
                          + " reach "
                          + model.id()
                          + " and can override its instructions."));
    }
  }

  private static boolean takesPrompts(SystemView system, Node model) {
    boolean declared =
        model.component().map(c -> c.accepts().contains(DataFormat.PROMPTS)).orElse(false);
    return declared
        || system.into(model.id()).stream()
            .anyMatch(in -> in.data().stream().anyMatch(d -> Reach.about(d, "prompt")));
  }
}
