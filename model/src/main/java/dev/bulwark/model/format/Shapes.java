package dev.bulwark.model.format;

import dev.bulwark.model.Default;
import dev.bulwark.model.Doc;
import dev.bulwark.model.Key;
import dev.bulwark.model.Positions;
import dev.bulwark.model.Range;
import dev.bulwark.model.Ref;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the records of the model format into {@link Shape}s, once per class.
 *
 * <p>Conventions: a component named {@code encryptionAtRest} has the key {@code encryption-at-rest}
 * unless {@link Key} says otherwise; a component of type {@link Positions} is filled by the parser
 * and is not a field; {@code Optional} and {@code @Default} make a field optional, {@code List}
 * makes it a list, {@code Map<String, V>} a mapping of names to values, anything else is required.
 */
public final class Shapes {
  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private Shapes() {}

  /** The shape of a record of the model format. */
  public static Shape of(Class<? extends Record> type) {
    return SHAPES.computeIfAbsent(type, unused -> read(type));
  }

  /** The {@link Doc} sentence of an enum constant, or "" when it has none. */
  public static String doc(Enum<?> constant) {
    try {
      Doc doc = constant.getDeclaringClass().getField(constant.name()).getAnnotation(Doc.class);
      return doc == null ? "" : doc.value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("an enum constant is a field", e);
    }
  }

  /** The key for a Java name: {@code encryptionAtRest} → {@code encryption-at-rest}. */
  public static String kebab(String camel) {
    StringBuilder key = new StringBuilder(camel.length() + 4);
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        key.append('-').append(Character.toLowerCase(c));
      } else {
        key.append(c);
      }
    }
    return key.toString();
  }

  private static Shape read(Class<? extends Record> type) {
    RecordComponent[] components = type.getRecordComponents();
    if (components.length == 0 || components[components.length - 1].getType() != Positions.class) {
      throw new IllegalStateException(type + " must end with a Positions component");
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < components.length - 1; i++) {
      fields.add(field(components[i]));
    }
    Doc doc = type.getAnnotation(Doc.class);
    return new Shape(type, doc == null ? "" : doc.value(), fields);
  }

  private static Field field(RecordComponent component) {
    Key key = component.getAnnotation(Key.class);
    Doc doc = component.getAnnotation(Doc.class);
    Default fallback = component.getAnnotation(Default.class);
    Range range = component.getAnnotation(Range.class);
    Ref ref = component.getAnnotation(Ref.class);

    Class<?> raw = component.getType();
    Cardinality cardinality;
    Class<?> valueClass;
    if (raw == List.class) {
      cardinality = Cardinality.LIST;
      valueClass = typeArgument(component.getGenericType());
    } else if (raw == Map.class) {
      cardinality = Cardinality.MAP;
      valueClass = mapValueArgument(component.getGenericType());
    } else if (raw == Optional.class) {
      cardinality = Cardinality.OPTIONAL;
      valueClass = typeArgument(component.getGenericType());
    } else {
      cardinality = fallback != null ? Cardinality.OPTIONAL : Cardinality.REQUIRED;
      valueClass = raw;
    }
    return new Field(
        key != null ? key.value() : kebab(component.getName()),
        typeOf(valueClass),
        valueClass,
        cardinality,
        Optional.ofNullable(fallback).map(Default::value),
        doc == null ? "" : doc.value(),
        range != null ? range.min() : isLong(valueClass) ? Long.MIN_VALUE : Integer.MIN_VALUE,
        range != null ? range.max() : isLong(valueClass) ? Long.MAX_VALUE : Integer.MAX_VALUE,
        ref == null ? List.of() : List.of(ref.value()),
        component);
  }

  private static Class<?> typeArgument(Type generic) {
    if (generic instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument) {
      return argument;
    }
    throw new IllegalStateException("unsupported field type " + generic);
  }

  private static boolean isLong(Class<?> type) {
    return type == long.class || type == Long.class;
  }

  /** The value type of a {@code Map<String, V>}; keys are always text, as in YAML files. */
  private static Class<?> mapValueArgument(Type generic) {
    if (generic instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] == String.class
        && parameterized.getActualTypeArguments()[1] instanceof Class<?> argument) {
      return argument;
    }
    throw new IllegalStateException("unsupported field type " + generic);
  }

  private static FieldType typeOf(Class<?> type) {
    if (type == String.class) {
      return FieldType.STRING;
    } else if (type == int.class || type == Integer.class || isLong(type)) {
      return FieldType.INTEGER;
    } else if (type == boolean.class || type == Boolean.class) {
      return FieldType.BOOLEAN;
    } else if (type == LocalDate.class) {
      return FieldType.DATE;
    } else if (type.isEnum()) {
      return FieldType.ENUM;
    } else if (type.isRecord()) {
      return FieldType.RECORD;
    }
    throw new IllegalStateException("unsupported field type " + type);
  }
}
