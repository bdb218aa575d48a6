package dev.bulwark.analysis.rules.llm;

import dev.bulwark.analysis.Rule;
import java.util.List;

/** Rules BW-LLM-NNN, LLM and agent components. One line per rule. */
public final class LlmRules {
  private LlmRules() {}

  public static final List<Rule> ALL =
      List.of(
          new DirectPromptInjection(),
          new IndirectPromptInjection(),
          new ExcessiveAgency(),
          new SensitiveDataToOutsideModel(),
          new ModelSupplyChain(),
          new UncheckedModelOutput(),
          new RetrievalAcrossUsers());
}
