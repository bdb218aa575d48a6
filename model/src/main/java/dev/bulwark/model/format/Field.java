package dev.bulwark.model.format;

import dev.bulwark.model.ElementKind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One field of a model element: its key in files, what it holds, and how it is checked.
 *
 * @param key the key in model files
 * @param type the type of the value (of each item, for a list; of each value, for a map)
 * @param valueClass the Java class of the value (of each item): an enum or record class, String…
 * @param cardinality required, optional, list or map
 * @param defaultValue the default as written in a file, for optional scalars that have one
 * @param doc one sentence for the schema
 * @param min smallest allowed integer
 * @param max largest allowed integer
 * @param refKinds the kinds of element the values name; empty when the field is no reference
 * @param component the record component it reads and writes
 */
public record Field(
    String key,
    FieldType type,
    Class<?> valueClass,
    Cardinality cardinality,
    Optional<String> defaultValue,
    String doc,
    long min,
    long max,
    List<ElementKind> refKinds,
    RecordComponent component) {

  public Field {
    refKinds = List.copyOf(refKinds);
  }

  public boolean isReference() {
    return !refKinds.isEmpty();
  }

  /** Whether the Java component is an {@code Optional} (so absent means empty). */
  public boolean isOptionalType() {
    return component.getType() == Optional.class;
  }

  /** The value of this field in a record, as the record holds it. */
  public Object read(Record element) {
    try {
      return component.getAccessor().invoke(element);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + key + " of " + element.getClass(), e);
    }
  }

  /**
   * The values in a field as a list: a list field's items, a map's values (in key order), an
   * optional's content, or the single value.
   */
  public List<?> values(Record element) {
    Object raw = read(element);
    if (raw instanceof List<?> list) {
      return list;
    }
    if (raw instanceof Map<?, ?> map) {
      return List.copyOf(map.values());
    }
    if (raw instanceof Optional<?> optional) {
      return optional.stream().toList();
    }
    return List.of(raw);
  }
}
