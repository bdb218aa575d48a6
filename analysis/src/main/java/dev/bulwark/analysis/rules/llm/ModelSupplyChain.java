package dev.bulwark.analysis.rules.llm;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import java.util.stream.Stream;

/**
 * A model fed from an artifact registry or repository, or loading weights from storage or a less
 * trusted source, where neither end nor the flow declares signed artifacts. Agents reading a
 * repository count only when the flow carries model weights: a coding agent reads code, not
 * weights.
 */
public final class ModelSupplyChain implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-LLM-005")
          .title("Model weights loaded without an integrity check")
          .stride(TAMPERING)
          .goals(INTEGRITY, CONFIDENTIALITY)
          .cwe("CWE-494")
          .attack("T1195")
          .rationale(
              "Weights and adapters are opaque: a swapped or backdoored file behaves normally"
                  + " until a trigger phrase appears, and some model formats run code when they are"
                  + " loaded (OWASP LLM03:2025, LLM04:2025). Only a checked signature or pinned"
                  + " digest ties what runs to what was reviewed.")
          .mitigations("model-provenance-verification")
          .asvs("V10.3.2")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node model : system.nodes()) {
      if (!Reach.isModel(model) || model.has(Control.SIGNED_ARTIFACTS)) {
        continue;
      }
      Stream.concat(system.into(model.id()).stream(), system.from(model.id()).stream())
          .forEach(link -> {
            Node source = Reach.other(link, model);
            String why = feeds(link, source, model);
            if (why == null
                || source.has(Control.SIGNED_ARTIFACTS)
                || link.flow().controls().contains(Control.SIGNED_ARTIFACTS)) {
              return;
            }
            findings
                .on(model.id(), source.id())
                .fact(why)
                .fact("no signed-artifacts on " + model.id() + ", " + source.id() + " or the flow")
                .cause(model.id())
                .report(model.id() + " can load tampered weights from " + source.id() + ".");
          });
    }
  }

  /** Why the link supplies the model, or null when it does not. */
  private static String feeds(Interaction link, Node source, Node model) {
    boolean weights =
        link.data().stream().anyMatch(d -> Reach.about(d, "weights") || d.tags().contains("model"));
    if (source.is(ComponentKind.ARTIFACT_REGISTRY)
        || (source.is(ComponentKind.REPOSITORY) && model.is(ComponentKind.LLM))) {
      return link.describe() + " connects " + model.id() + " to " + source.describe();
    } else if (weights
        && (Reach.in(source, Reach.STORES)
            || source.is(ComponentKind.CDN)
            || Reach.callerTrust(source) < model.trust())) {
      return link.describe() + " carries model weights from " + source.describe();
    }
    return null;
  }
}
