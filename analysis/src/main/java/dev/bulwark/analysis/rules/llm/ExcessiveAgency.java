package dev.bulwark.analysis.rules.llm;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A model or agent that calls components which hold or change state, with neither a person
 * approving its actions nor rights cut down to what its task needs. Either control, on the model or
 * on the flow, is decisive.
 */
public final class ExcessiveAgency implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-LLM-003")
          .title("Excessive agency: model acts on other components unchecked")
          .stride(ELEVATION_OF_PRIVILEGE, TAMPERING)
          .goals(INTEGRITY, AVAILABILITY)
          .cwe("CWE-250")
          .rationale(
              "Whatever a model's tools may do, a manipulated or simply mistaken model will"
                  + " eventually do: delete records, send mail, move money (OWASP LLM06:2025)."
                  + " The damage is bounded only by the rights its credentials carry and by"
                  + " whether a person confirms consequential steps.")
          .mitigations("llm-tool-least-privilege", "llm-action-approval")
          .reducedBy(Control.SANDBOXING, Control.AUDIT_LOGGING)
          .asvs("V4.1.3")
          .build();

  /** Components that hold state or act in the world when called. */
  private static final ComponentKind[] ACTED_ON = {
    ComponentKind.DATABASE, ComponentKind.SERVICE, ComponentKind.EXTERNAL_SERVICE,
    ComponentKind.STORAGE, ComponentKind.FILE_SHARE, ComponentKind.FUNCTION,
    ComponentKind.MAIL_SERVER, ComponentKind.QUEUE, ComponentKind.MESSAGE_BROKER,
    ComponentKind.API_GATEWAY, ComponentKind.REPOSITORY, ComponentKind.ORCHESTRATOR
  };

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node model : system.nodes()) {
      if (!Reach.isModel(model) || bounded(model.controls())) {
        continue;
      }
      for (Interaction call : system.from(model.id())) {
        Node target = call.target();
        if (!target.is(ACTED_ON) || Reach.hostedModel(target) || bounded(call.flow().controls())) {
          continue;
        }
        Set<String> data = new LinkedHashSet<>(call.flow().data());
        target.component().ifPresent(c -> data.addAll(c.stores()));
        findings
            .on(model.id(), target.id())
            .fact(call.describe() + " lets " + model.id() + " act on " + target.describe())
            .fact("neither human-approval nor least-privilege on " + model.id() + " or the flow")
            .data(data)
            .cause(model.id())
            .report(model.id() + " can change " + target.id() + " with no one checking.");
      }
    }
  }

  private static boolean bounded(List<Control> controls) {
    return controls.contains(Control.HUMAN_APPROVAL) || controls.contains(Control.LEAST_PRIVILEGE);
  }
}
