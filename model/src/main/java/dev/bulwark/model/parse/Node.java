package dev.bulwark.model.parse;

import dev.bulwark.model.Position;
import java.util.List;

/**
 * A YAML or JSON node with the place it starts. Aliases share the node they name, so a tree may be
 * a DAG; the reader bounds its expanded size.
 */
public sealed interface Node {
  Position position();

  /** What the node is, for messages: "a mapping", "a list", "text", "a number". */
  String describe();

  /**
   * A scalar. {@code plain} is false for quoted and block scalars, which are always text; plain
   * scalars may be numbers, booleans or null (YAML 1.2 core schema).
   */
  record Scalar(String value, boolean plain, Position position) implements Node {
    public boolean isNull() {
      return plain
          && (value.isEmpty()
              || value.equals("~")
              || value.length() == 4 && value.equalsIgnoreCase("null"));
    }

    public boolean isBoolean() {
      return plain && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"));
    }

    public boolean isInteger() {
      return plain && value.matches("[-+]?[0-9]+");
    }

    @Override
    public String describe() {
      if (isNull()) {
        return "nothing (null)";
      } else if (isBoolean()) {
        return "a boolean";
      } else if (isInteger()
          || plain && value.matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?")) {
        return "a number";
      }
      return "text";
    }
  }

  /** A sequence, block or flow style. */
  record Sequence(List<Node> items, Position position) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping with text keys, in file order, without duplicates. */
  record Mapping(List<Entry> entries, Position position) implements Node {
    public Mapping {
      entries = List.copyOf(entries);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key and its value. */
  record Entry(Scalar key, Node value) {}
}
