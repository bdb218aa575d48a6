package dev.bulwark.analysis.rules.hygiene;

import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Component;

/**
 * Custom code that names neither its technology nor an owner (on itself, or the model's owner).
 * Components without a zone would be the other gap, but the validator already rejects them.
 */
public final class IncompleteCustomComponent implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-MODEL-005")
          .title("Custom code with no technology and no owner")
          .stride(ELEVATION_OF_PRIVILEGE)
          .goals(INTEGRITY)
          .cwe("CWE-1059")
          .rationale(
              "In-house code whose stack is unknown cannot be checked for the flaws that stack is"
                  + " prone to, and code nobody answers for is the code that stops being patched."
                  + " What this gap hides most is code execution through a framework or library"
                  + " flaw, hence elevation of privilege, though the rule is about the model.")
          .mitigations("model-record-technology-and-owner")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    boolean modelOwner = system.model().owner().isPresent();
    for (Component c : system.components()) {
      if (!c.customCode() || c.technology().isPresent() || c.owner().isPresent() || modelOwner) {
        continue;
      }
      findings
          .on(c.id())
          .fact("component " + c.id() + " is custom code")
          .fact(c.id() + " names no technology")
          .fact("neither " + c.id() + " nor the model names an owner")
          .report(
              "Nobody is named for "
                  + c.id()
                  + " and its stack is unknown, so threats specific to it cannot be found or"
                  + " assigned.");
    }
  }
}
