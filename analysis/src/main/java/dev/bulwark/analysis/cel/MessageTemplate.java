package dev.bulwark.analysis.cel;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A finding's message with CEL expressions in braces: {@code "Flow {flow.id} is not encrypted"}.
 * {@code {{} and {@code }}} stand for literal braces. A list renders as its items joined by commas,
 * an element as its id.
 */
final class MessageTemplate {
  private final List<Object> parts;

  private MessageTemplate(List<Object> parts) {
    this.parts = List.copyOf(parts);
  }

  static MessageTemplate literal(String text) {
    return new MessageTemplate(List.of(text));
  }

  /** A piece of the template's text to compile, at a code-point offset in the message. */
  record Placeholder(String expression, int offset) {}

  /** An error in the template's own syntax (an unclosed brace), at a code-point offset. */
  record SyntaxError(int offset, String message) {}

  /** Splits the text into literal text and the expressions in braces. */
  static List<Object> split(String text) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        literal.append(c);
        i += 2;
      } else if (c == '{') {
        int close = text.indexOf('}', i + 1);
        if (close < 0) {
          parts.add(new SyntaxError(text.codePointCount(0, i), "'{' is not closed"));
          return parts;
        }
        if (!literal.isEmpty()) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add(new Placeholder(text.substring(i + 1, close), text.codePointCount(0, i + 1)));
        i = close + 1;
      } else if (c == '}') {
        parts.add(new SyntaxError(text.codePointCount(0, i), "'}' closes no '{'"));
        return parts;
      } else {
        literal.append(c);
        i++;
      }
    }
    if (!literal.isEmpty()) {
      parts.add(literal.toString());
    }
    return parts;
  }

  /** A template of literal strings and compiled programs, in order. */
  static MessageTemplate of(List<Object> stringsAndPrograms) {
    return new MessageTemplate(stringsAndPrograms);
  }

  String render(Map<String, Object> variables) throws CelEvaluationException {
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof CelRuntime.Program program) {
        out.append(text(program.eval(variables)));
      } else {
        out.append(part);
      }
    }
    return out.toString();
  }

  private static String text(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(MessageTemplate::text).collect(Collectors.joining(", "));
    }
    if (value instanceof CelElement element) {
      return element.id();
    }
    if (value instanceof Map<?, ?> map && map.get("id") instanceof String id) {
      return id; // CEL hands back an element inside a list as its map
    }
    return String.valueOf(value);
  }
}
