package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Model;
import dev.bulwark.model.Wire;
import dev.bulwark.model.format.Cardinality;
import dev.bulwark.model.format.Field;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values of model fields in a form that compares by meaning and prints plainly: scalars as the text
 * a model file holds, records as maps of their written fields (positions left out), and lists whose
 * order has no meaning sorted without repeats.
 */
final class Canonical {
  /**
   * The only lists whose order means something: rule packs apply in the order given (a later pack
   * may override an earlier one). Every other list, including lists added to the format later, is a
   * set.
   */
  private static final Set<String> ORDERED = Set.of(Model.class.getSimpleName() + ".rules");

  private static final Comparator<Object> BY_TEXT = Comparator.comparing(Canonical::show);

  private Canonical() {}

  /** Whether the order of a list field's items counts. */
  static boolean ordered(Shape owner, Field field) {
    return ORDERED.contains(owner.name() + "." + field.key());
  }

  /**
   * A field's value normalised: {@code null} when left out, a String for a scalar, a Map for a
   * record, a List for a list (sorted and without repeats unless {@code ordered}).
   */
  static Object of(Object raw, boolean ordered) {
    return switch (raw) {
      case null -> null;
      case Optional<?> optional -> optional.map(value -> of(value, ordered)).orElse(null);
      case List<?> list -> list(list, ordered);
      case Record nested -> record(nested);
      case Enum<?> constant -> Wire.name(constant);
      case LocalDate date -> date.toString();
      default -> String.valueOf(raw);
    };
  }

  /** A record as a map of its fields as a file holds them; lists in it compared as sets. */
  static Map<String, Object> record(Record element) {
    Shape shape = Shapes.of(element.getClass());
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field field : shape.fields()) {
      Object value = of(field.read(element), ordered(shape, field));
      if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
        out.put(field.key(), value);
      }
    }
    return out;
  }

  private static List<Object> list(List<?> items, boolean ordered) {
    List<Object> out = new ArrayList<>(items.size());
    for (Object item : items) {
      out.add(of(item, true));
    }
    if (ordered) {
      return out;
    }
    return out.stream().distinct().sorted(BY_TEXT).toList();
  }

  /** A normalised value in one line: {@code a}, {@code [a, b]}, {@code {key: value}}. */
  static String show(Object value) {
    return switch (value) {
      case null -> "";
      case List<?> list ->
          "[" + String.join(", ", list.stream().map(Canonical::show).toList()) + "]";
      case Map<?, ?> map ->
          "{"
              + String.join(
                  ", ",
                  map.entrySet().stream().map(e -> e.getKey() + ": " + show(e.getValue())).toList())
              + "}";
      default -> value.toString();
    };
  }

  /** Whether a field holds one or more values of one kind (so that reading it gives a list). */
  static boolean isList(Field field) {
    return field.cardinality() == Cardinality.LIST;
  }
}
