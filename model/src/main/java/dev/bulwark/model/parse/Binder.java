package dev.bulwark.model.parse;

import dev.bulwark.model.Position;
import dev.bulwark.model.Positions;
import dev.bulwark.model.Wire;
import dev.bulwark.model.format.Cardinality;
import dev.bulwark.model.format.Field;
import dev.bulwark.model.format.FieldType;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.problem.Suggestions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

/**
 * Binds a node tree to the records of the model format, driven by their {@link Shape}s. Every
 * problem is collected; a record missing a required field, or with a wrong one, is dropped (its id
 * is remembered so that validation does not also report references to it), while a wrong optional
 * field falls back to its default so that the rest of the record is still checked.
 */
final class Binder {
  /** Ids: letters, digits, '.', '_' and '-', starting with a letter or digit. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  private static final ClassValue<Map<String, Enum<?>>> ENUM_VALUES =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> byWire = new LinkedHashMap<>();
          for (Object constant : type.getEnumConstants()) {
            byWire.put(Wire.name((Enum<?>) constant), (Enum<?>) constant);
          }
          return byWire;
        }
      };

  /** Lists of elements at least this long are bound on two threads. */
  static final int PARALLEL_ITEMS = 4096;

  /** Marks a value that could not be bound; its problem is already reported. */
  private static final Object INVALID = new Object();

  private final List<Problem> problems;
  private final Set<String> unboundIds = new HashSet<>();

  Binder(List<Problem> problems) {
    this.problems = problems;
  }

  /** Ids of elements dropped because of problems. */
  Set<String> unboundIds() {
    return unboundIds;
  }

  /** The record for a mapping node, or empty when it had to be dropped. */
  <T extends Record> Optional<T> bind(Node node, Class<T> type) {
    Object bound = bindRecord(node, Shapes.of(type));
    return bound == INVALID ? Optional.empty() : Optional.of(type.cast(bound));
  }

  private Object bindRecord(Node node, Shape shape) {
    if (!(node instanceof Node.Mapping mapping)) {
      report(
          ProblemType.WRONG_TYPE,
          node.position(),
          "expected a mapping with the fields of a " + shape.label() + ", found " + node.describe(),
          "fields: " + String.join(", ", shape.keys()));
      return INVALID;
    }
    Owner name = new Owner(shape, mapping);
    List<Field> fields = shape.fields();
    Object[] values = new Object[fields.size()];
    Map<String, Position> positions = new HashMap<>();
    Set<String> misspelt = new HashSet<>();
    boolean valid = true;

    for (Node.Entry entry : mapping.entries()) {
      String key = entry.key().value();
      int index = shape.indexOf(key);
      if (index < 0) {
        if (!key.startsWith("x-")) {
          Suggestions.closest(key, shape.keys()).ifPresent(misspelt::add);
          report(
              ProblemType.UNKNOWN_FIELD,
              entry.key().position(),
              "unknown field '" + key + "' in " + name,
              Suggestions.hintWithAllowed(key, shape.keys()));
        }
        continue;
      }
      positions.put(key, entry.value().position());
      Field field = fields.get(index);
      Object value = bindField(field, entry.value(), name, positions);
      if (value == INVALID) {
        valid &= field.cardinality() != Cardinality.REQUIRED;
      } else {
        values[index] = value;
      }
    }

    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (values[i] == null) {
        if (field.cardinality() == Cardinality.REQUIRED) {
          if (!positions.containsKey(field.key()) && !misspelt.contains(field.key())) {
            report(
                ProblemType.MISSING_FIELD,
                mapping.position(),
                name + " has no '" + field.key() + "'",
                requiredHint(field));
          }
          valid = false;
        } else {
          values[i] = absent(field);
        }
      } else if (field.isOptionalType()) {
        values[i] = Optional.of(values[i]);
      }
    }
    if (!valid) {
      idOf(mapping).ifPresent(unboundIds::add);
      return INVALID;
    }
    return shape.construct(values, new Positions(mapping.position(), positions));
  }

  private Object bindField(Field field, Node node, Owner owner, Map<String, Position> positions) {
    if (node instanceof Node.Scalar scalar && scalar.isNull()) {
      if (field.cardinality() == Cardinality.REQUIRED) {
        report(
            ProblemType.WRONG_TYPE,
            node.position(),
            "'" + field.key() + "' of " + owner + " is empty",
            requiredHint(field));
        return INVALID;
      }
      return field.cardinality() == Cardinality.LIST ? List.of() : null;
    }
    if (field.cardinality() == Cardinality.MAP) {
      return bindMap(field, node, owner, positions);
    }
    if (field.cardinality() != Cardinality.LIST) {
      return bindValue(field, node, owner);
    }
    if (!(node instanceof Node.Sequence sequence)) {
      report(
          ProblemType.WRONG_TYPE,
          node.position(),
          "'" + field.key() + "' of " + owner + " must be a list, found " + node.describe(),
          "write [a, b] or one '- item' per line");
      return INVALID;
    }
    List<Node> nodes = sequence.items();
    List<Object> items = new ArrayList<>(nodes.size());
    List<Position> itemPositions = new ArrayList<>(nodes.size());
    if (field.type() == FieldType.RECORD && nodes.size() >= PARALLEL_ITEMS) {
      bindItemsInTwoHalves(field, nodes, owner, items, itemPositions);
    } else {
      bindItems(field, nodes, owner, items, itemPositions);
    }
    for (int i = 0; i < itemPositions.size(); i++) {
      // keyed by the index in the bound list, which skips the items dropped before
      positions.put(field.key() + "[" + i + "]", itemPositions.get(i));
    }
    return items;
  }

  /**
   * Binds a mapping of names to values; where each value was written is kept as {@code key[name]}.
   * A wrong value is reported and left out, and the rest of the mapping is kept.
   */
  private Object bindMap(Field field, Node node, Owner owner, Map<String, Position> positions) {
    if (!(node instanceof Node.Mapping mapping)) {
      report(
          ProblemType.WRONG_TYPE,
          node.position(),
          "'" + field.key() + "' of " + owner + " must be a mapping, found " + node.describe(),
          "write { name: value, ... } or one 'name: value' per line");
      return INVALID;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Node.Entry entry : mapping.entries()) {
      String name = entry.key().value();
      Node value = entry.value();
      if (!(value instanceof Node.Scalar scalar) || scalar.isNull()) {
        report(
            ProblemType.WRONG_TYPE,
            value.position(),
            "'"
                + name
                + "' in '"
                + field.key()
                + "' of "
                + owner
                + " must be "
                + expectedNoun(field)
                + ", found "
                + value.describe(),
            expected(field));
        continue;
      }
      Object bound = bindValue(field, value, owner);
      if (bound != INVALID) {
        values.put(name, bound);
        positions.put(field.key() + "[" + name + "]", value.position());
      }
    }
    return values;
  }

  /** Binds list items, appending the ones kept and where each was written. */
  private void bindItems(
      Field field, List<Node> nodes, Owner owner, List<Object> items, List<Position> at) {
    for (Node item : nodes) {
      Object value = bindValue(field, item, owner);
      if (value != INVALID) {
        items.add(value);
        at.add(item.position());
      }
    }
  }

  /**
   * Binds the second half of a long list of elements on another thread, with a binder of its own,
   * and joins the halves in file order: the result, problems included, is the same as binding on
   * one thread.
   */
  private void bindItemsInTwoHalves(
      Field field, List<Node> nodes, Owner owner, List<Object> items, List<Position> at) {
    int half = nodes.size() / 2;
    Binder helper = new Binder(new ArrayList<>());
    List<Object> laterItems = new ArrayList<>(nodes.size() - half);
    List<Position> laterAt = new ArrayList<>(nodes.size() - half);
    FutureTask<Void> later =
        new FutureTask<>(
            () ->
                helper.bindItems(
                    field, nodes.subList(half, nodes.size()), owner, laterItems, laterAt),
            null);
    Thread.ofPlatform().daemon().name("bulwark-binder").start(later);
    bindItems(field, nodes.subList(0, half), owner, items, at);
    try {
      later.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while binding", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException failure -> throw failure;
        case Error failure -> throw failure;
        default -> throw new IllegalStateException(e.getCause());
      }
    }
    items.addAll(laterItems);
    at.addAll(laterAt);
    problems.addAll(helper.problems);
    unboundIds.addAll(helper.unboundIds);
  }

  private Object bindValue(Field field, Node node, Owner owner) {
    if (field.type() == FieldType.RECORD) {
      @SuppressWarnings("unchecked")
      Class<? extends Record> type = (Class<? extends Record>) field.valueClass();
      return bindRecord(node, Shapes.of(type));
    }
    if (!(node instanceof Node.Scalar scalar) || scalar.isNull()) {
      return wrongType(field, node, owner);
    }
    String text = scalar.value();
    return switch (field.type()) {
      case STRING -> {
        if (field.key().equals("id") && !ID.matcher(text).matches()) {
          report(
              ProblemType.INVALID_ID,
              node.position(),
              "id '" + text + "' of " + owner + " is not a valid id",
              "use letters, digits, '.', '_' and '-', starting with a letter or digit"
                  + " (at most 200)");
          yield INVALID;
        }
        yield text;
      }
      case INTEGER -> {
        if (!scalar.isInteger()) {
          yield wrongType(field, node, owner);
        }
        long value;
        try {
          value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
          value = text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (value < field.min() || value > field.max()) {
          report(
              ProblemType.OUT_OF_RANGE,
              node.position(),
              owner.of(field) + " is " + text + ", outside the allowed range",
              "allowed: " + field.min() + " to " + field.max());
          yield INVALID;
        }
        yield isLong(field) ? (Object) value : (Object) (int) value;
      }
      case BOOLEAN ->
          scalar.isBoolean() ? (Object) Boolean.parseBoolean(text) : wrongType(field, node, owner);
      case DATE -> {
        try {
          if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
          }
          yield LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          report(
              ProblemType.INVALID_DATE,
              node.position(),
              owner.of(field) + " is '" + text + "', not a date",
              "write a real date as YYYY-MM-DD, e.g. 2027-06-30");
          yield INVALID;
        }
      }
      case ENUM -> {
        Map<String, Enum<?>> allowed = ENUM_VALUES.get(field.valueClass());
        Enum<?> constant = allowed.get(text);
        if (constant == null) {
          report(
              ProblemType.UNKNOWN_VALUE,
              node.position(),
              owner.of(field) + " is '" + text + "', which is not an allowed value",
              Suggestions.hintWithAllowed(text, allowed.keySet()));
          yield INVALID;
        }
        yield constant;
      }
      case RECORD -> throw new IllegalStateException("handled above");
    };
  }

  private Object wrongType(Field field, Node node, Owner owner) {
    String what = owner.of(field);
    String hint =
        node instanceof Node.Scalar scalar && !scalar.plain()
            ? "write it without quotes"
            : expected(field);
    report(
        ProblemType.WRONG_TYPE,
        node.position(),
        what + " must be " + expectedNoun(field) + ", found " + node.describe(),
        hint);
    return INVALID;
  }

  /** The value a left-out optional field takes. */
  private Object absent(Field field) {
    if (field.cardinality() == Cardinality.LIST) {
      return List.of();
    }
    if (field.cardinality() == Cardinality.MAP) {
      return Map.of();
    }
    if (field.isOptionalType()) {
      return Optional.empty();
    }
    String fallback = field.defaultValue().orElseThrow();
    return switch (field.type()) {
      case BOOLEAN -> Boolean.parseBoolean(fallback);
      case INTEGER ->
          isLong(field) ? (Object) Long.parseLong(fallback) : Integer.parseInt(fallback);
      case ENUM -> ENUM_VALUES.get(field.valueClass()).get(fallback);
      default -> fallback;
    };
  }

  private void report(ProblemType type, Position position, String message, String hint) {
    problems.add(new Problem(type, position, message, hint));
  }

  private static String requiredHint(Field field) {
    String base = "required: " + (field.doc().isEmpty() ? "'" + field.key() + "'." : field.doc());
    return field.type() == FieldType.ENUM ? base + " " + capitalised(expected(field)) : base;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String expected(Field field) {
    return switch (field.type()) {
      case ENUM -> "allowed: " + String.join(", ", ENUM_VALUES.get(field.valueClass()).keySet());
      case INTEGER -> "allowed: a whole number from " + field.min() + " to " + field.max();
      case BOOLEAN -> "allowed: true, false";
      case DATE -> "allowed: a date as YYYY-MM-DD";
      case RECORD -> "fields: " + String.join(", ", Shapes.of(recordClass(field)).keys());
      case STRING -> "allowed: text";
    };
  }

  private static String expectedNoun(Field field) {
    return switch (field.type()) {
      case STRING -> "text";
      case INTEGER -> "a whole number";
      case BOOLEAN -> "true or false";
      case DATE -> "a date";
      case ENUM -> "one of the allowed values";
      case RECORD -> "a mapping";
    };
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Record> recordClass(Field field) {
    return (Class<? extends Record>) field.valueClass();
  }

  /**
   * The element a field belongs to, named in messages as "component 'web'". Built only when a
   * problem is reported: most values are fine, and the names would cost a string each.
   */
  private record Owner(Shape shape, Node.Mapping mapping) {
    /** "'zone' of component 'web'". */
    String of(Field field) {
      return "'" + field.key() + "' of " + this;
    }

    @Override
    public String toString() {
      return shape.label() + idOf(mapping).map(id -> " '" + id + "'").orElse("");
    }
  }

  private static Optional<String> idOf(Node.Mapping mapping) {
    for (Node.Entry entry : mapping.entries()) {
      if (entry.key().value().equals("id") && entry.value() instanceof Node.Scalar id) {
        return Optional.of(id.value());
      }
    }
    return Optional.empty();
  }

  private static boolean isLong(Field field) {
    return field.valueClass() == long.class || field.valueClass() == Long.class;
  }
}
