package dev.bulwark.analysis.rules.kubernetes;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

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
import java.util.Set;

/**
 * A cluster or namespace runs several workloads, one of them open to outside input, and none
 * declares a network policy. Reported on the innermost such zone that holds them all.
 */
public final class NoNetworkPolicy implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-K8S-003")
          .title("No network policy between workloads in a cluster")
          .stride(ELEVATION_OF_PRIVILEGE, INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-653")
          .attack("T1210", "T1046")
          .rationale(
              "By default every pod can open a connection to every other pod in the cluster."
                  + " Once one exposed workload falls, the attacker scans and reaches databases,"
                  + " internal admin endpoints and other teams' services as if sitting beside them.")
          .mitigations("default-deny-network-policy")
          .build();

  private static final Set<ZoneKind> SCOPES = EnumSet.of(ZoneKind.CLUSTER, ZoneKind.NAMESPACE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Zone zone : system.zones()) {
      if (!SCOPES.contains(zone.kind())) {
        continue;
      }
      List<Node> workloads = system.nodesIn(zone.id()).stream().filter(Clusters::workload).toList();
      List<Node> open =
          workloads.stream().filter(n -> Clusters.takesOutsideInput(system, n)).toList();
      if (workloads.size() < 2
          || open.isEmpty()
          || workloads.stream().anyMatch(n -> n.has(Control.NETWORK_POLICY))
          || Clusters.innerZoneHolds(system, zone, SCOPES, workloads)) {
        continue;
      }
      findings
          .on(zone.id())
          .fact("zone " + zone.id() + " runs " + Clusters.ids(workloads))
          .fact(Clusters.ids(open) + " take input from outside the zone")
          .fact("none of them declares network-policy")
          .data(system.dataOf(workloads.stream().map(Node::id).toList()))
          .report(
              "From a compromised "
                  + open.get(0).id()
                  + ", every other workload in "
                  + zone.id()
                  + " can be reached over the network.");
    }
  }
}
