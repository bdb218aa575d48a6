package dev.bulwark.analysis.rules.kubernetes;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import java.util.List;

/**
 * An orchestrator that schedules whatever it is given: no admission policy rejects privileged pods,
 * host mounts or images from unknown registries.
 */
public final class NoAdmissionControl implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-K8S-004")
          .title("Orchestrator admits any workload")
          .stride(ELEVATION_OF_PRIVILEGE, TAMPERING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-269")
          .attack("T1610", "T1611")
          .rationale(
              "Anyone allowed to create a pod can ask for the host's network, its file system or"
                  + " full privileges, or run an image from anywhere. Without an admission policy"
                  + " the orchestrator grants it, and a deploy credential becomes root on the nodes.")
          .mitigations("admission-policies")
          .reducedBy(Control.LEAST_PRIVILEGE)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node orchestrator : system.nodes()) {
      if (!orchestrator.is(ComponentKind.ORCHESTRATOR)
          || orchestrator.has(Control.ADMISSION_CONTROL)) {
        continue;
      }
      List<Node> managed =
          orchestrator
              .zoneId()
              .map(z -> system.nodesIn(z).stream().filter(Clusters::workload).toList())
              .orElse(List.of());
      var draft =
          findings
              .on(orchestrator.id())
              .fact(orchestrator.describe() + " declares no admission-control");
      if (!managed.isEmpty()) {
        draft
            .fact("it schedules " + Clusters.ids(managed))
            .data(system.dataOf(managed.stream().map(Node::id).toList()));
      }
      draft.report(
          "A stolen deploy credential or a careless manifest can run privileged containers through "
              + orchestrator.id()
              + " and take over its nodes.");
    }
  }
}
