package dev.bulwark.analysis.paths;

import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Picks actors and components of a model: a node matches when it meets every criterion given. A
 * profile lists several selectors where it means "any of these".
 *
 * @param ids these nodes by id
 * @param actorKinds actors of these kinds; with {@code componentKinds}, a node of either list
 * @param componentKinds components of these kinds
 * @param exposure nodes with one of these exposures (an actor's comes from its zone's trust)
 * @param zones nodes in one of these zones or inside one
 * @param trustBelow nodes whose trust is below this
 * @param trustAtLeast nodes whose trust is at least this
 * @param outsider nodes that belong to another party (external services, organisation zones), or,
 *     when false, that do not
 * @param element only actors, or only components
 */
public record Selector(
    List<String> ids,
    List<ActorKind> actorKinds,
    List<ComponentKind> componentKinds,
    List<Exposure> exposure,
    List<String> zones,
    OptionalInt trustBelow,
    OptionalInt trustAtLeast,
    Optional<Boolean> outsider,
    Optional<Element> element) {

  /** The two kinds of node a selector can restrict itself to. */
  public enum Element {
    ACTOR,
    COMPONENT
  }

  public Selector {
    ids = List.copyOf(ids);
    actorKinds = List.copyOf(actorKinds);
    componentKinds = List.copyOf(componentKinds);
    exposure = List.copyOf(exposure);
    zones = List.copyOf(zones);
    Objects.requireNonNull(trustBelow, "trustBelow");
    Objects.requireNonNull(trustAtLeast, "trustAtLeast");
    Objects.requireNonNull(outsider, "outsider");
    Objects.requireNonNull(element, "element");
    if (ids.isEmpty()
        && actorKinds.isEmpty()
        && componentKinds.isEmpty()
        && exposure.isEmpty()
        && zones.isEmpty()
        && trustBelow.isEmpty()
        && trustAtLeast.isEmpty()
        && outsider.isEmpty()
        && element.isEmpty()) {
      throw new IllegalArgumentException("a selector needs at least one criterion");
    }
  }

  /** Whether the node meets every criterion of this selector. */
  public boolean matches(Node node, SystemView view) {
    return (ids.isEmpty() || ids.contains(node.id()))
        && kindMatches(node)
        && (exposure.isEmpty() || exposure.contains(node.exposure()))
        && (zones.isEmpty() || inZones(node, view))
        && (trustBelow.isEmpty() || node.trust() < trustBelow.getAsInt())
        && (trustAtLeast.isEmpty() || node.trust() >= trustAtLeast.getAsInt())
        && (outsider.isEmpty() || view.outsider(node) == outsider.get())
        && (element.isEmpty() || (element.get() == Element.ACTOR) == node.isActor());
  }

  /** Whether any of the selectors matches the node. */
  static boolean any(List<Selector> selectors, Node node, SystemView view) {
    for (Selector selector : selectors) {
      if (selector.matches(node, view)) {
        return true;
      }
    }
    return false;
  }

  /** The criteria in the profile file's words: {@code actor-kinds: staff, admin; exposure: …}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    element.ifPresent(e -> parts.add("is: " + Wire.name(e)));
    add(parts, "ids", ids);
    add(parts, "actor-kinds", actorKinds.stream().map(Wire::name).toList());
    add(parts, "component-kinds", componentKinds.stream().map(Wire::name).toList());
    add(parts, "exposure", exposure.stream().map(Wire::name).toList());
    add(parts, "zones", zones);
    trustBelow.ifPresent(t -> parts.add("trust-below: " + t));
    trustAtLeast.ifPresent(t -> parts.add("trust-at-least: " + t));
    outsider.ifPresent(o -> parts.add("outsider: " + o));
    return String.join("; ", parts);
  }

  private boolean kindMatches(Node node) {
    if (actorKinds.isEmpty() && componentKinds.isEmpty()) {
      return true;
    }
    return node.actor().map(a -> actorKinds.contains(a.kind())).orElse(false)
        || node.component().map(c -> componentKinds.contains(c.kind())).orElse(false);
  }

  private boolean inZones(Node node, SystemView view) {
    return node.zoneId()
        .map(z -> view.zoneChain(z).stream().map(Zone::id).anyMatch(zones::contains))
        .orElse(false);
  }

  private static void add(List<String> parts, String key, List<String> values) {
    if (!values.isEmpty()) {
      parts.add(key + ": " + String.join(", ", values));
    }
  }
}
