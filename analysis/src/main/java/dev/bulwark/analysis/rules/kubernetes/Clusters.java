package dev.bulwark.analysis.rules.kubernetes;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Where workloads run in a cluster and what they handle: shared by the Kubernetes rules. */
final class Clusters {
  private Clusters() {}

  /** The innermost zone around the node, its own included, of one of these kinds. */
  static Optional<Zone> nearest(SystemView system, Node node, Set<ZoneKind> kinds) {
    List<Zone> chain = node.zoneId().map(system::zoneChain).orElse(List.of());
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (kinds.contains(chain.get(i).kind())) {
        return Optional.of(chain.get(i));
      }
    }
    return Optional.empty();
  }

  /** A component that runs as a workload: anything but the orchestrator and others' services. */
  static boolean workload(Node node) {
    return node.isComponent()
        && !node.is(ComponentKind.ORCHESTRATOR, ComponentKind.EXTERNAL_SERVICE);
  }

  /** Exposed beyond the organisation, or fed by flows from outside its zone. */
  static boolean takesOutsideInput(SystemView system, Node node) {
    return node.exposure() != Exposure.INTERNAL
        || system.into(node.id()).stream().anyMatch(Interaction::crossesBoundary);
  }

  /** The nodes with a flow to or from this one. */
  static Stream<Node> neighbours(SystemView system, Node node) {
    return Stream.concat(
        system.into(node.id()).stream().map(Interaction::source),
        system.from(node.id()).stream().map(Interaction::target));
  }

  /** The sensitive data these components process or store, without repeats. */
  static List<String> sensitiveDataOf(SystemView system, List<Node> nodes) {
    return nodes.stream().flatMap(n -> system.sensitiveDataOf(n.id()).stream()).distinct().toList();
  }

  /** Whether a zone of these kinds nested inside {@code zone} holds all these nodes. */
  static boolean innerZoneHolds(
      SystemView system, Zone zone, Set<ZoneKind> kinds, List<Node> nodes) {
    return system.zones().stream()
        .filter(z -> kinds.contains(z.kind()) && !z.id().equals(zone.id()))
        .filter(z -> system.zoneChain(z.id()).contains(zone))
        .anyMatch(z -> system.nodesIn(z.id()).containsAll(nodes));
  }

  /** Scanned itself, or by a pipeline or registry linked to it or to an orchestrator. */
  static boolean imageScanned(SystemView system, Node node, boolean orchestratorScanned) {
    return orchestratorScanned || node.has(Control.IMAGE_SCANNING) || feedsScan(system, node);
  }

  /** Whether a pipeline or registry linked to any orchestrator scans images: once per model. */
  static boolean orchestratorScanned(SystemView system) {
    return system.nodes().stream()
        .filter(n -> n.is(ComponentKind.ORCHESTRATOR))
        .anyMatch(n -> feedsScan(system, n));
  }

  private static boolean feedsScan(SystemView system, Node node) {
    return Clusters.neighbours(system, node)
        .filter(n -> n.is(ComponentKind.BUILD_PIPELINE, ComponentKind.ARTIFACT_REGISTRY))
        .anyMatch(n -> n.has(Control.IMAGE_SCANNING));
  }

  /** At most three ids, then how many more. */
  static String brief(List<Node> nodes) {
    return nodes.size() <= 3
        ? ids(nodes)
        : ids(nodes.subList(0, 3)) + " and " + (nodes.size() - 3) + " more";
  }

  static String ids(List<Node> nodes) {
    return String.join(", ", nodes.stream().map(Node::id).toList());
  }
}
