package dev.bulwark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A person or outside system that uses the modelled system. */
@Doc("A person, device or outside system that uses the modelled system.")
public record Actor(
    @Doc("Unique id of the actor.") String id,
    @Doc("Who the actor is.") ActorKind kind,
    @Doc("The trust zone the actor acts from.") @Ref(ElementKind.ZONE) Optional<String> zone,
    @Doc("Free text.") Optional<String> description,
    @Doc("Free-form labels.") List<String> tags,
    Positions positions)
    implements Element {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(description, "description");
    tags = List.copyOf(tags);
    Objects.requireNonNull(positions, "positions");
  }
}
