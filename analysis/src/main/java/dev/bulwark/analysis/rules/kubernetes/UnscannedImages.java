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
import dev.bulwark.model.Control;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * A container workload worth attacking (reachable from the internet or handling sensitive data)
 * whose image nobody scans: not the workload, not a pipeline or registry it is linked to. Findings
 * in one cluster, namespace or container zone share it as their cause.
 */
public final class UnscannedImages implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-K8S-001")
          .title("Container images run without vulnerability scanning")
          .stride(ELEVATION_OF_PRIVILEGE, TAMPERING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-1395", "CWE-1104")
          .attack("T1190")
          .rationale(
              "A container image carries a whole operating system userland besides the"
                  + " application, and its base ages from the day it is pulled. Unscanned, the"
                  + " image ships old libraries and tools with published exploits straight to"
                  + " the cluster.")
          .mitigations("container-image-scanning")
          .reducedBy(Control.PATCHING, Control.HARDENING)
          .asvs("V14.2.1")
          .build();

  private static final Set<ZoneKind> CONTAINERS =
      EnumSet.of(ZoneKind.CLUSTER, ZoneKind.NAMESPACE, ZoneKind.CONTAINER);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    boolean orchestratorScanned = Clusters.orchestratorScanned(system);
    for (Node node : system.nodes()) {
      var zone = Clusters.nearest(system, node, CONTAINERS);
      if (!Clusters.workload(node)
          || zone.isEmpty()
          || Clusters.imageScanned(system, node, orchestratorScanned)) {
        continue;
      }
      boolean reachable = system.hopsFromInternet(node.id()).isPresent();
      var sensitive = system.sensitiveDataOf(node.id());
      if (!reachable && sensitive.isEmpty()) {
        continue;
      }
      findings
          .on(node.id())
          .fact(node.describe() + " runs as a container in zone " + zone.map(Zone::id).get())
          .fact(
              reachable
                  ? node.id() + " is reachable from the internet"
                  : node.id() + " handles sensitive data: " + String.join(", ", sensitive))
          .fact(
              "no image-scanning on it, nor on a pipeline or registry linked to it or the orchestrator")
          .cause(zone.get().id())
          .report("Known flaws in the image of " + node.id() + " go to production unnoticed.");
    }
  }
}
