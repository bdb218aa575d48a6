package dev.bulwark.analysis;

import dev.bulwark.model.Actor;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import java.util.List;
import java.util.Optional;

/**
 * An end of a flow: an actor or a component, with the zone it sits in resolved.
 *
 * @param trust the trust of its zone; an actor with no zone counts as on the internet (0), a
 *     component with no zone as middling (50)
 * @param exposure declared for components; for actors, read from their zone's trust: below 30 the
 *     internet, below 60 a partner, otherwise internal
 */
public record Node(
    String id,
    Optional<Actor> actor,
    Optional<Component> component,
    Optional<Zone> zone,
    int trust,
    Exposure exposure) {

  static Node of(Actor actor, Optional<Zone> zone) {
    int trust = zone.map(Zone::trust).orElse(0);
    Exposure exposure =
        trust < 30 ? Exposure.INTERNET : trust < 60 ? Exposure.PARTNER : Exposure.INTERNAL;
    return new Node(actor.id(), Optional.of(actor), Optional.empty(), zone, trust, exposure);
  }

  static Node of(Component component, Optional<Zone> zone) {
    return new Node(
        component.id(),
        Optional.empty(),
        Optional.of(component),
        zone,
        zone.map(Zone::trust).orElse(50),
        component.exposure());
  }

  public boolean isActor() {
    return actor.isPresent();
  }

  public boolean isComponent() {
    return component.isPresent();
  }

  /** Whether this is a component of one of these kinds. */
  public boolean is(ComponentKind... kinds) {
    if (component.isEmpty()) {
      return false;
    }
    ComponentKind kind = component.get().kind();
    for (ComponentKind k : kinds) {
      if (k == kind) {
        return true;
      }
    }
    return false;
  }

  /** Whether this is an actor of one of these kinds. */
  public boolean is(ActorKind... kinds) {
    return actor.map(a -> List.of(kinds).contains(a.kind())).orElse(false);
  }

  /** Whether this is a component the team writes code for; actors and products are not. */
  public boolean customCode() {
    return component.map(Component::customCode).orElse(false);
  }

  /** Controls declared on the component; actors declare none. */
  public List<Control> controls() {
    return component.map(Component::controls).orElse(List.of());
  }

  public boolean has(Control control) {
    return controls().contains(control);
  }

  public Optional<String> zoneId() {
    return zone.map(Zone::id);
  }

  /** A short description for facts: {@code component web (web-app)} or {@code actor customer}. */
  public String describe() {
    return component
        .map(c -> "component " + id + " (" + Wire.name(c.kind()) + ")")
        .orElse("actor " + id);
  }
}
