package dev.bulwark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A trust zone: a boundary inside which elements trust each other to the same degree. */
@Doc("A trust zone; zones nest through 'parent'.")
public record Zone(
    @Doc("Unique id of the zone.") String id,
    @Doc("How far the zone is trusted, from 0 (the open internet) to 100 (fully trusted).")
        @Range(min = 0, max = 100)
        int trust,
    @Doc("What the zone stands for.") @Default("network") ZoneKind kind,
    @Doc("The zone this one lies inside.") @Ref(ElementKind.ZONE) Optional<String> parent,
    @Doc("Free text.") Optional<String> description,
    @Doc("Free-form labels.") List<String> tags,
    Positions positions)
    implements Element {

  public Zone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(description, "description");
    tags = List.copyOf(tags);
    Objects.requireNonNull(positions, "positions");
  }
}
