package dev.bulwark.analysis.rules.cloud;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Where a node runs and what it handles: shared by the cloud rules. */
final class Placement {
  private Placement() {}

  /** Whether the node's zone, or a zone around it, is of one of these kinds. */
  static boolean within(SystemView system, Node node, Set<ZoneKind> kinds) {
    return node.zoneId()
        .map(z -> system.zoneChain(z).stream().anyMatch(c -> kinds.contains(c.kind())))
        .orElse(false);
  }

  /** Reachable from the internet, or fed by flows from outside its zone. */
  static boolean attackable(SystemView system, Node node) {
    return system.hopsFromInternet(node.id()).isPresent()
        || system.into(node.id()).stream().anyMatch(Interaction::crossesBoundary);
  }

  /** Whether a zone of these kinds nested inside {@code zone} holds all these nodes. */
  static boolean innerZoneHolds(
      SystemView system, Zone zone, Set<ZoneKind> kinds, List<Node> nodes) {
    return system.zones().stream()
        .filter(z -> kinds.contains(z.kind()) && !z.id().equals(zone.id()))
        .filter(z -> system.zoneChain(z.id()).stream().anyMatch(c -> c.id().equals(zone.id())))
        .anyMatch(z -> system.nodesIn(z.id()).containsAll(nodes));
  }

  static List<Node> union(List<Node> a, List<Node> b) {
    return Stream.concat(a.stream(), b.stream()).distinct().toList();
  }

  /** The sensitive data these components process or store, without repeats. */
  static List<String> sensitiveDataOf(SystemView system, List<Node> nodes) {
    return nodes.stream().flatMap(n -> system.sensitiveDataOf(n.id()).stream()).distinct().toList();
  }

  static String ids(List<Node> nodes) {
    return String.join(", ", nodes.stream().map(Node::id).toList());
  }
}
