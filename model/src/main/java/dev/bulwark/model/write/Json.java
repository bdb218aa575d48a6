package dev.bulwark.model.write;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as pretty-printed JSON, keys in map order.
 * Small on purpose: the model module has no JSON library, and its output must be byte-stable.
 */
public final class Json {
  private Json() {}

  /** The value as JSON with two-space indentation and a final newline. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.append('\n').toString();
  }

  /**
   * The value as it stands nested {@code depth} levels deep in a document (no final newline), for
   * writers that stream a large document part by part.
   */
  public static String fragment(Object value, int depth) {
    StringBuilder out = new StringBuilder();
    write(value, out, depth);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out, int depth) {
    switch (value) {
      case null -> out.append("null");
      case String text -> quote(text, out);
      case Number number -> out.append(number);
      case Boolean bool -> out.append(bool);
      case Map<?, ?> map -> writeMap(map, out, depth);
      case List<?> list -> writeList(list, out, depth);
      default -> quote(value.toString(), out);
    }
  }

  private static void writeMap(Map<?, ?> map, StringBuilder out, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(separator).append("  ".repeat(depth + 1));
      quote(String.valueOf(entry.getKey()), out);
      out.append(": ");
      write(entry.getValue(), out, depth + 1);
      separator = ",\n";
    }
    out.append('\n').append("  ".repeat(depth)).append('}');
  }

  private static void writeList(List<?> list, StringBuilder out, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    boolean scalars =
        list.stream().noneMatch(item -> item instanceof Map<?, ?> || item instanceof List<?>);
    if (scalars) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(list.get(i), out, depth);
      }
      out.append(']');
      return;
    }
    out.append('[');
    String separator = "\n";
    for (Object item : list) {
      out.append(separator).append("  ".repeat(depth + 1));
      write(item, out, depth + 1);
      separator = ",\n";
    }
    out.append('\n').append("  ".repeat(depth)).append(']');
  }

  /** Appends the text as a JSON string literal. */
  public static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
