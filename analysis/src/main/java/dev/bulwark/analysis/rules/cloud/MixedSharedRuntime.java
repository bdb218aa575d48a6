package dev.bulwark.analysis.rules.cloud;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A host, cluster or namespace runs internet-facing components next to others that handle sensitive
 * data, or components of very different trust. Reported on the innermost such zone that holds them
 * all, so a namespace and its cluster do not both report the same mix.
 */
public final class MixedSharedRuntime implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-CLOUD-003")
          .title("Internet-facing and sensitive workloads share a runtime")
          .stride(ELEVATION_OF_PRIVILEGE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-653")
          .attack("T1611")
          .rationale(
              "Workloads on one host or cluster share a kernel, a node's credentials and often a"
                  + " flat network. The component most exposed to attack then decides how safe the"
                  + " most sensitive one is: one escape from it lands next to the valuable data.")
          .mitigations("separate-runtimes-by-trust")
          .build();

  private static final Set<ZoneKind> SHARED =
      EnumSet.of(ZoneKind.HOST, ZoneKind.CLUSTER, ZoneKind.NAMESPACE);
  private static final int TRUST_SPREAD = 30;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Zone zone : system.zones().stream().filter(z -> SHARED.contains(z.kind())).toList()) {
      List<Node> parts = system.nodesIn(zone.id()).stream().filter(Node::isComponent).toList();
      List<Node> exposed = parts.stream().filter(n -> n.exposure() == Exposure.INTERNET).toList();
      List<Node> sensitive =
          parts.stream()
              .filter(n -> n.exposure() != Exposure.INTERNET)
              .filter(n -> !system.sensitiveDataOf(n.id()).isEmpty())
              .toList();
      var trust = parts.stream().mapToInt(Node::trust).summaryStatistics();
      boolean mixed = !exposed.isEmpty() && !sensitive.isEmpty();
      boolean spread = trust.getMax() - trust.getMin() >= TRUST_SPREAD;
      List<Node> relevant = mixed ? Placement.union(exposed, sensitive) : parts;
      if (!(mixed || spread) || Placement.innerZoneHolds(system, zone, SHARED, relevant)) {
        continue;
      }
      var draft = findings.on(zone.id());
      if (mixed) {
        draft.fact("zone " + zone.id() + " runs internet-facing " + Placement.ids(exposed));
        draft.fact("it also runs " + Placement.ids(sensitive) + ", which handle sensitive data");
      }
      if (spread) {
        String range = trust.getMin() + " to " + trust.getMax();
        draft.fact("trust inside " + zone.id() + " ranges from " + range);
      }
      draft
          .data(Placement.sensitiveDataOf(system, sensitive))
          .report("A break-out from the weakest workload in " + zone.id() + " reaches the rest.");
    }
  }
}
