package dev.bulwark.model.format;

import dev.bulwark.model.Positions;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fields of one record of the model format, in file order, and how to build it. */
public final class Shape {
  private final Class<? extends Record> type;
  private final String doc;
  private final List<Field> fields;
  private final Map<String, Integer> indexByKey = new HashMap<>();
  private final List<String> keys;
  private final Constructor<? extends Record> constructor;
  private final Method positionsAccessor;

  Shape(Class<? extends Record> type, String doc, List<Field> fields) {
    this.type = type;
    this.doc = doc;
    this.fields = List.copyOf(fields);
    this.keys = this.fields.stream().map(Field::key).toList();
    for (int i = 0; i < this.fields.size(); i++) {
      indexByKey.put(this.fields.get(i).key(), i);
    }
    RecordComponent[] components = type.getRecordComponents();
    // Looked up once: getRecordComponents() copies its accessors, and each copy builds its own
    // method accessor on first call, which made validating 40,000 elements take most of a second.
    this.positionsAccessor = components[components.length - 1].getAccessor();
    Class<?>[] parameterTypes =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      this.constructor = type.getDeclaredConstructor(parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor in " + type, e);
    }
  }

  public Class<? extends Record> type() {
    return type;
  }

  /** One sentence for the schema. */
  public String doc() {
    return doc;
  }

  /** The schema name of this shape: the record's simple name. */
  public String name() {
    return type.getSimpleName();
  }

  /** The name in messages: "component", "data asset", "triage entry". */
  public String label() {
    String name = name();
    return Shapes.kebab(Character.toLowerCase(name.charAt(0)) + name.substring(1))
        .replace('-', ' ');
  }

  /** The fields in the order they are written, without the positions. */
  public List<Field> fields() {
    return fields;
  }

  /** Every key, in file order. */
  public List<String> keys() {
    return keys;
  }

  /** The place of the field with this key in {@link #fields()}, or -1. */
  public int indexOf(String key) {
    return indexByKey.getOrDefault(key, -1);
  }

  /**
   * Builds the record from field values in field order, with the positions as the last constructor
   * argument.
   *
   * @throws IllegalArgumentException when the record's constructor rejects the values
   */
  public Record construct(Object[] values, Object positions) {
    Object[] arguments = Arrays.copyOf(values, values.length + 1);
    arguments[values.length] = positions;
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type, e);
    }
  }

  /** The positions of a record of this shape (its last component). */
  public Positions positionsOf(Record element) {
    try {
      return (Positions) positionsAccessor.invoke(element);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read positions of " + type, e);
    }
  }

  @Override
  public String toString() {
    return "Shape[" + name() + "]";
  }
}
