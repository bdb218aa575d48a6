package dev.bulwark.analysis.rules.supplychain;

import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.REPUDIATION;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import java.util.Comparator;
import java.util.List;

/**
 * The team writes code but the model shows no pipeline that builds it: releases come from someone's
 * machine. One finding for the model, anchored on the repository (or the first custom-code
 * component by id) so that its fingerprint does not move with the order of the file.
 */
public final class NoBuildPipeline implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-SUPPLY-001")
          .title("Custom code without a build pipeline")
          .stride(TAMPERING, REPUDIATION)
          .goals(INTEGRITY)
          .attack("T1195.002")
          .rationale(
              "When releases are built on a developer's laptop, whatever that laptop runs can slip"
                  + " into the product, and nobody can tell afterwards which sources went into a"
                  + " binary. A shared, locked-down build is where reviews, scans and signatures"
                  + " can be enforced at all.")
          .mitigations("central-build-pipeline")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    List<Component> components = system.components();
    List<String> customCode =
        components.stream().filter(Component::customCode).map(Component::id).sorted().toList();
    if (customCode.isEmpty()
        || components.stream().anyMatch(c -> c.kind() == ComponentKind.BUILD_PIPELINE)) {
      return;
    }
    String anchor =
        components.stream()
            .filter(c -> c.kind() == ComponentKind.REPOSITORY)
            .map(Component::id)
            .min(Comparator.naturalOrder())
            .orElse(customCode.get(0));
    findings
        .on(anchor)
        .fact("custom code is written for " + String.join(", ", customCode))
        .fact("the model has no component of kind build-pipeline")
        .data(system.dataOf(customCode))
        .cause("model")
        .report(
            "Nothing in the model shows how its "
                + customCode.size()
                + " custom-code components are built and released, so no build is known to be"
                + " reviewed, scanned or reproducible.");
  }
}
