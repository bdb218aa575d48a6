package dev.bulwark.model.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one piece of syntax in a template's values: {@code ${name}} stands for the value of the
 * parameter {@code name}, and {@code $${} for a literal {@code ${}. Nothing else: no expressions,
 * no defaults inline, and no recursion (a value that itself holds {@code ${x}} is inserted as it
 * is), so that expanding a template is a plain, bounded text replacement.
 */
public final class Substitution {
  /** A parameter name: a letter, then letters, digits, '-' and '_'; at most 64 characters. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  private Substitution() {}

  /** A piece of a value: text as written, or a reference to a parameter. */
  public sealed interface Part {}

  /** Text taken as it is. */
  public record Literal(String text) implements Part {
    public Literal {
      Objects.requireNonNull(text, "text");
    }
  }

  /** {@code ${name}}. */
  public record Reference(String name) implements Part {
    public Reference {
      Objects.requireNonNull(name, "name");
    }
  }

  /** What reading a value gave: its parts, or why it cannot be read. */
  public sealed interface Parsed {}

  /** The value as literal text and references, in order; adjacent literals are joined. */
  public record Parts(List<Part> parts) implements Parsed {
    public Parts {
      parts = List.copyOf(parts);
    }

    /** The names referenced, in order, with repeats. */
    public List<String> names() {
      return parts.stream()
          .filter(Reference.class::isInstance)
          .map(part -> ((Reference) part).name())
          .toList();
    }
  }

  /**
   * A value that is not well-formed.
   *
   * @param offset the index of the {@code $} that starts the faulty reference
   * @param message what is wrong
   */
  public record Invalid(int offset, String message) implements Parsed {}

  /** Reads a value into literal text and references. */
  public static Parsed parse(String text) {
    if (text.indexOf('$') < 0) {
      return new Parts(text.isEmpty() ? List.of() : List.of(new Literal(text)));
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$${", i)) {
        literal.append("${");
        i += 3;
      } else if (text.startsWith("${", i)) {
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
          return new Invalid(i, "'${' is not closed by '}'");
        }
        String name = text.substring(i + 2, close);
        if (!NAME.matcher(name).matches()) {
          return new Invalid(
              i,
              "'${"
                  + shortened(name)
                  + "}' does not name a parameter: a name is a letter, then letters, digits,"
                  + " '-' and '_'");
        }
        if (!literal.isEmpty()) {
          parts.add(new Literal(literal.toString()));
          literal.setLength(0);
        }
        parts.add(new Reference(name));
        i = close + 1;
      } else {
        literal.append(text.charAt(i));
        i++;
      }
    }
    if (!literal.isEmpty()) {
      parts.add(new Literal(literal.toString()));
    }
    return new Parts(parts);
  }

  /**
   * The value with every reference replaced by its parameter's value.
   *
   * @throws IllegalArgumentException when a referenced parameter has no value
   */
  public static String apply(Parts parsed, Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    for (Part part : parsed.parts()) {
      switch (part) {
        case Literal literal -> out.append(literal.text());
        case Reference reference -> {
          String value = values.get(reference.name());
          if (value == null) {
            throw new IllegalArgumentException("no value for parameter '" + reference.name() + "'");
          }
          out.append(value);
        }
      }
    }
    return out.toString();
  }

  /** Long or odd names are cut in messages; the position says where the rest is. */
  private static String shortened(String name) {
    String oneLine = name.replaceAll("[\\r\\n\\t]", " ");
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
  }
}
