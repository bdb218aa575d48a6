package dev.bulwark.analysis.rules.supplychain;

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

/**
 * A pipeline deploys to running components, and neither it nor a pipeline sharing its repository or
 * registry (the build behind a deployer) declares a static analysis, dependency or image scan. Any
 * one of them in place silences the rule.
 */
public final class UncheckedDeployment implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-SUPPLY-004")
          .title("Deployment without automated security checks")
          .stride(TAMPERING, ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-1395")
          .attack("T1190")
          .rationale(
              "Without a gate in the pipeline, a known-vulnerable library, an injectable query or"
                  + " a base image full of old packages goes to production as soon as it builds."
                  + " People reviewing diffs rarely spot those; tools do it on every run.")
          .mitigations("pipeline-security-gates")
          .reducedBy(Control.CODE_REVIEW)
          .asvs("V14.2.1")
          .build();

  private static final List<Control> GATES =
      List.of(Control.SAST, Control.DEPENDENCY_SCANNING, Control.IMAGE_SCANNING);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node pipeline : system.nodes()) {
      if (!pipeline.is(ComponentKind.BUILD_PIPELINE)
          || Pipelines.upstreamHas(system, pipeline, GATES)) {
        continue;
      }
      List<Node> targets =
          Pipelines.deployments(system, pipeline).stream()
              .map(Interaction::target)
              .distinct()
              .toList();
      if (targets.isEmpty()) {
        continue;
      }
      findings
          .on(pipeline.id())
          .fact(pipeline.describe() + " deploys to " + Pipelines.ids(targets))
          .fact(
              "neither it nor a build upstream declares sast, dependency-scanning or image-scanning")
          .data(system.dataOf(targets.stream().map(Node::id).toList()))
          .report(
              "Whatever "
                  + pipeline.id()
                  + " builds reaches "
                  + Pipelines.ids(targets)
                  + " without any automated check for known flaws.");
    }
  }
}
