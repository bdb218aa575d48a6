package dev.bulwark.analysis.rules.hygiene;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Component;

/**
 * A component with no flow in or out. Either its connections are missing from the model, or it runs
 * unused: attack surface nobody needs and few watch.
 */
public final class IsolatedComponent implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-MODEL-002")
          .title("Component with no flows in or out")
          .stride(ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .rationale(
              "A component nobody talks to is either wired up in ways the model does not show, so"
                  + " threats on those paths are never found, or kept running for nothing. Idle"
                  + " services miss patches and reviews and make a quiet foothold for an"
                  + " intruder.")
          .mitigations("model-connect-or-retire-component")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Component c : system.components()) {
      if (!system.into(c.id()).isEmpty() || !system.from(c.id()).isEmpty()) {
        continue;
      }
      findings
          .on(c.id())
          .fact("component " + c.id() + " is the source or target of no flow")
          .report(
              c.id() + " has no flows: model how it is reached and what it calls, or retire it.");
    }
  }
}
