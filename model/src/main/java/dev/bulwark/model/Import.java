package dev.bulwark.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A link to a sub-model file or to a template. Its elements become reachable as {@code
 * <id>/<element-id>}; its top-level zones can be placed inside a zone of the importing model. An
 * import names exactly one of {@code model} and {@code template}; the loader reports one that names
 * both or neither.
 */
@Doc(
    "A linked sub-model or template; its elements are reachable as '<id>/<element-id>'. Give"
        + " 'model' or 'template'.")
public record Import(
    @Doc("Path of the sub-model, relative to this file; must stay inside the project.")
        Optional<String> model,
    @Doc("Name of a template to expand: a shipped one or one of the organisation's.")
        Optional<String> template,
    @Doc("Prefix for the imported ids; defaults to the imported model's own id.")
        Optional<String> id,
    @Doc("A zone of this model to place the imported top-level zones in.") @Ref(ElementKind.ZONE)
        Optional<String> zone,
    @Doc("Values of the template's parameters, by name.") Map<String, String> with,
    Positions positions) {

  public Import {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(zone, "zone");
    // sorted, so that a model built in code writes the same text on every run
    with = Collections.unmodifiableMap(new TreeMap<>(with));
    Objects.requireNonNull(positions, "positions");
  }

  public Position position() {
    return positions.self();
  }
}
