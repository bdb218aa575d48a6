package dev.bulwark.analysis.rules.kubernetes;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.EnumSet;
import java.util.List;

/**
 * Custom code in a cluster that takes input from outside its zone, neither sandboxed nor hardened,
 * sharing the cluster with workloads that handle sensitive data. Either control is decisive.
 */
public final class ContainerEscape implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-K8S-002")
          .title("Container escape from an exposed workload to the cluster")
          .stride(ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-250", "CWE-653")
          .attack("T1611")
          .rationale(
              "A container is a process on a shared kernel. Code execution in a workload that runs"
                  + " as root, with default capabilities and a writable file system, is one kernel"
                  + " or runtime flaw away from the node, its kubelet credentials and every other"
                  + " pod scheduled there.")
          .mitigations("workload-hardening", "sandboxed-container-runtime")
          .reducedBy(Control.ADMISSION_CONTROL)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node node : system.nodes()) {
      var cluster = Clusters.nearest(system, node, EnumSet.of(ZoneKind.CLUSTER));
      boolean customCode = node.customCode();
      if (!customCode
          || cluster.isEmpty()
          || node.has(Control.SANDBOXING)
          || node.has(Control.HARDENING)
          || !Clusters.takesOutsideInput(system, node)) {
        continue;
      }
      List<Node> neighbours =
          system.nodesIn(cluster.get().id()).stream()
              .filter(n -> n != node && Clusters.workload(n))
              .filter(n -> !system.sensitiveDataOf(n.id()).isEmpty())
              .toList();
      if (neighbours.isEmpty()) {
        continue;
      }
      String id = cluster.map(Zone::id).get();
      String more = Clusters.brief(neighbours);
      findings
          .on(node.id())
          .fact(node.describe() + " is custom code taking input from outside its zone")
          .fact(node.id() + " declares neither sandboxing nor hardening")
          .fact("cluster " + id + " also runs " + Clusters.ids(neighbours) + " with sensitive data")
          .data(Clusters.sensitiveDataOf(system, neighbours))
          .report("Code run in " + node.id() + " can break out of it and reach " + more + ".");
    }
  }
}
