package dev.bulwark.analysis.rules.llm;

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
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import java.util.List;
import java.util.Optional;

/**
 * A model that less trusted parties can steer (by prompts or by content it reads) hands its output
 * to a component that renders, runs or stores it: the model calls it, or it calls the model and
 * uses the answer. Output encoding or validation at the receiver (or on the flow) is decisive.
 */
public final class UncheckedModelOutput implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-LLM-006")
          .title("Model output used without encoding or validation")
          .stride(TAMPERING, ELEVATION_OF_PRIVILEGE)
          .goals(INTEGRITY, CONFIDENTIALITY)
          .cwe("CWE-1426", "CWE-79", "CWE-94")
          .rationale(
              "Model output is attacker-influenced input wearing a trusted badge: markup in an"
                  + " answer becomes script in the browser, a generated query or command runs with"
                  + " the receiver's rights (OWASP LLM05:2025). The receiver must treat it like"
                  + " any other untrusted input.")
          .mitigations("llm-output-handling", "input-validation")
          .reducedBy(Control.CONTENT_SECURITY_POLICY, Control.SANDBOXING, Control.PROMPT_FILTERING)
          .asvs("V5.2.4", "V5.3.1")
          .build();

  /** Receivers that show, run or act on text: callers of the model, or what it calls. */
  private static final ComponentKind[] RENDERS = {
    ComponentKind.WEB_APP, ComponentKind.SERVICE, ComponentKind.FUNCTION
  };

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node model : system.nodes()) {
      Optional<String> steered =
          Reach.isModel(model) ? Reach.steering(system, model) : Optional.empty();
      steered.ifPresent(why -> {
        system.from(model.id()).stream()
            .filter(out -> out.target().is(RENDERS) || out.target().is(ComponentKind.DATABASE))
            .forEach(out -> report(findings, out, out.target(), model, why));
        system.into(model.id()).stream()
            .filter(in -> in.source().is(RENDERS))
            .forEach(in -> report(findings, in, in.source(), model, why));
      });
    }
  }

  private static void report(
      Findings findings, Interaction link, Node receiver, Node model, String steered) {
    List<Control> checks = List.of(Control.OUTPUT_ENCODING, Control.INPUT_VALIDATION);
    if (checks.stream().anyMatch(c -> receiver.has(c) || link.flow().controls().contains(c))) {
      return;
    }
    findings
        .on(receiver.id(), model.id())
        .fact(link.describe() + " brings output of " + model.id() + " to " + receiver.describe())
        .fact(steered)
        .fact("no output-encoding or input-validation on " + receiver.id() + " or the flow")
        .cause(receiver.id())
        .report(receiver.id() + " uses output of " + model.id() + " as is: it can carry code.");
  }
}
