package dev.bulwark.analysis.rules.supplychain;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;

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
 * A pipeline that pushes into a more trusted zone must hold credentials for it between runs. Each
 * push is reported on its flow; findings of one pipeline share it as their cause.
 */
public final class PushDeployment implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-SUPPLY-003")
          .title("Pipeline pushes to production with standing credentials")
          .stride(ELEVATION_OF_PRIVILEGE)
          .goals(INTEGRITY, CONFIDENTIALITY)
          .attack("T1552", "T1078")
          .rationale(
              "To push into production the pipeline keeps keys that production accepts, where"
                  + " every job, plug-in and pull-request build can reach them. Whoever takes"
                  + " over one build step deploys or reads whatever they like in the trusted"
                  + " zone, without touching the code review.")
          .mitigations("pull-based-deployment", "short-lived-deploy-credentials")
          .reducedBy(Control.LEAST_PRIVILEGE, Control.MFA)
          .refines("BW-STRIDE-006")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node pipeline : system.nodes()) {
      if (!pipeline.is(ComponentKind.BUILD_PIPELINE)) {
        continue;
      }
      for (Interaction push : Pipelines.deployments(system, pipeline)) {
        if (!push.entersMoreTrusted()) {
          continue;
        }
        findings
            .on(push.id())
            .fact(push.describe() + " deploys into a more trusted zone")
            .fact(
                "zone trust rises from "
                    + pipeline.trust()
                    + " to "
                    + push.target().trust()
                    + " on the way")
            .data(system.dataOf(List.of(push.target().id())))
            .cause(pipeline.id())
            .report(
                "A compromised job in "
                    + pipeline.id()
                    + " can use its deployment credentials to take over "
                    + push.target().id()
                    + ".");
      }
    }
  }
}
