package dev.bulwark.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A link to a sub-model. Its elements become reachable as {@code <id>/<element-id>}; its top-level
 * zones can be placed inside a zone of the importing model.
 */
@Doc("A linked sub-model; its elements are reachable as '<id>/<element-id>'.")
public record Import(
    @Doc("Path of the sub-model, relative to this file; must stay inside the project.")
        String model,
    @Doc("Prefix for the sub-model's ids; defaults to the sub-model's own id.") Optional<String> id,
    @Doc("A zone of this model to place the sub-model's top-level zones in.") @Ref(ElementKind.ZONE)
        Optional<String> zone,
    Positions positions) {

  public Import {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(positions, "positions");
  }

  public Position position() {
    return positions.self();
  }
}
