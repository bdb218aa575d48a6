package dev.bulwark.analysis.rules.hygiene;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;

/**
 * A flow that names no data. Rules weigh a flow by what it carries, so an empty list makes every
 * threat on it look harmless; most often the data was simply left out.
 */
public final class FlowWithoutData implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-MODEL-004")
          .title("Flow that carries no declared data")
          .stride(INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .rationale(
              "Something moves on every real connection: requests, credentials, records, at"
                  + " least metadata. With no data named, the analysis treats the flow as"
                  + " carrying nothing worth protecting, so eavesdropping and tampering on it"
                  + " are understated or missed.")
          .mitigations("model-name-flow-data")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : system.interactions()) {
      if (!i.flow().data().isEmpty()) {
        continue;
      }
      findings
          .on(i.id())
          .fact(i.describe() + " lists no data assets")
          .report(
              "The model does not say what flow " + i.id() + " carries, so its risk is unknown.");
    }
  }
}
