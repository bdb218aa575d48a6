package dev.bulwark.analysis.rules.stride;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Classification;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Exposure;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the baseline rules share: which interactions they look at, and how they word facts. */
final class Crossings {
  private Crossings() {}

  /** Interactions that cross a boundary into more trusted ground, in model order. */
  static List<Interaction> inward(SystemView system) {
    return system.interactions().stream().filter(Interaction::entersMoreTrusted).toList();
  }

  /** The fact every baseline finding starts with: where the flow crosses. */
  static String crossing(Interaction i) {
    return i.describe()
        + " enters a more trusted zone ("
        + i.source().zoneId().orElse("no zone")
        + ", trust "
        + i.source().trust()
        + " → "
        + i.target().zoneId().orElse("no zone")
        + ", trust "
        + i.target().trust()
        + ")";
  }

  /** The ids of the data carried that is not public. */
  static List<String> nonPublic(Interaction i) {
    return i.data().stream()
        .filter(d -> d.classification() != Classification.PUBLIC)
        .map(DataAsset::id)
        .toList();
  }

  /** The data a component processes or stores; nothing for an actor. */
  static List<DataAsset> held(SystemView system, Node node) {
    Set<String> ids = new LinkedHashSet<>();
    node.component()
        .ifPresent(c -> {
          ids.addAll(c.processes());
          ids.addAll(c.stores());
        });
    return system.data(ids);
  }

  /**
   * Whether the node runs, builds or unlocks the rest of the system. Identity providers are left
   * out: users logging in there is normal.
   */
  static boolean controlPlane(Node node) {
    return node.is(
        ComponentKind.ORCHESTRATOR,
        ComponentKind.BUILD_PIPELINE,
        ComponentKind.SECRET_STORE,
        ComponentKind.KEY_MANAGEMENT,
        ComponentKind.DIRECTORY);
  }

  /**
   * Whether the node is a party that answers for its own requests: an actor, a service run by
   * someone else, or anything in a zone of kind organization.
   */
  static boolean accountable(SystemView system, Node node) {
    return node.isActor() || system.outsider(node);
  }

  /**
   * Whether outsiders can drive the volume of traffic from this node: an actor other than staff or
   * admins, an outside party, or a component reachable from beyond the internal network.
   */
  static boolean outsideDriven(SystemView system, Node node) {
    if (node.isActor()) {
      return !node.is(ActorKind.STAFF, ActorKind.ADMIN);
    }
    return accountable(system, node) || node.exposure() != Exposure.INTERNAL;
  }

  static String ids(List<DataAsset> data) {
    return data.stream().map(DataAsset::id).collect(Collectors.joining(", "));
  }
}
