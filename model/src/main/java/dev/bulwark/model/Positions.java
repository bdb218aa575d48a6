package dev.bulwark.model;

import java.util.Map;
import java.util.Objects;

/**
 * Where an element and each of its fields were written. Field keys are the model-file keys; items
 * of a list field are keyed {@code data[1]}. Positions never take part in fingerprints.
 */
public record Positions(Position self, Map<String, Position> fields) {

  /** For elements built in code rather than parsed. */
  public static final Positions NONE = new Positions(Position.startOf("<memory>"), Map.of());

  public Positions {
    Objects.requireNonNull(self, "self");
    fields = Map.copyOf(fields);
  }

  /** Where a field (or a list item, {@code data[1]}) was written, else where the element was. */
  public Position of(String key) {
    Position exact = fields.get(key);
    if (exact != null) {
      return exact;
    }
    int bracket = key.indexOf('[');
    return bracket < 0 ? self : fields.getOrDefault(key.substring(0, bracket), self);
  }
}
