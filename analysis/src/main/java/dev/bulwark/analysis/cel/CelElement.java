package dev.bulwark.analysis.cel;

import dev.cel.common.types.CelType;
import dev.cel.common.types.StructType;
import dev.cel.common.values.StructValue;
import java.util.Map;
import java.util.Optional;

/**
 * An element as CEL sees it: a struct of one of {@link CelTypes}, backed by a map built once. Being
 * a CEL value already, it is passed to expressions as it is; a plain map would be copied, deeply,
 * on every evaluation.
 */
final class CelElement extends StructValue<String, Map<String, Object>> {
  private final StructType type;
  private final Map<String, Object> fields;

  CelElement(StructType type, Map<String, Object> fields) {
    this.type = type;
    this.fields = Map.copyOf(fields);
  }

  String id() {
    return String.valueOf(fields.get("id"));
  }

  @Override
  public Map<String, Object> value() {
    return fields;
  }

  @Override
  public boolean isZeroValue() {
    return fields.isEmpty();
  }

  @Override
  public CelType celType() {
    return type;
  }

  @Override
  public Object select(String field) {
    Object value = fields.get(field);
    if (value == null) {
      throw new IllegalArgumentException(type.name() + " has no field '" + field + "'");
    }
    return value;
  }

  @Override
  public Optional<Object> find(String field) {
    return Optional.ofNullable(fields.get(field));
  }
}
