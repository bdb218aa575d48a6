package dev.bulwark.interop.peer;

import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.Node.Scalar;
import dev.bulwark.model.parse.Node.Sequence;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed reads from a peer tool's positioned tree. Every surprise (a list where text belongs, a
 * missing name) becomes a problem at the peer file's position, never an exception: the caller gets
 * an empty value and carries on, so that one bad field costs one element at most.
 *
 * <p>With {@code yamlMergeKeys}, a mapping's {@code <<} entry (a mapping or a list of them, usually
 * aliases) supplies the keys the mapping does not write itself, as YAML 1.1's merge keys do;
 * Threagile's examples rely on them.
 */
public final class Reading {
  private static final String MERGE = "<<";

  private final boolean yamlMergeKeys;
  private final List<Problem> problems = new ArrayList<>();

  public Reading(boolean yamlMergeKeys) {
    this.yamlMergeKeys = yamlMergeKeys;
  }

  /** Every problem reported so far, in the order of their places in the file. */
  public List<Problem> problems() {
    return problems.stream().sorted(Problem.BY_POSITION).toList();
  }

  /** Adds problems found elsewhere, e.g. by the tree reader. */
  public void addAll(Collection<Problem> more) {
    problems.addAll(more);
  }

  public void error(ProblemType type, Position at, String message, String hint) {
    problems.add(new Problem(type, at, message, hint));
  }

  /** Something of the peer file that has no place in a Bulwark model. */
  public void notMapped(Position at, String message) {
    problems.add(new Problem(ProblemType.NOT_MAPPED, at, message, ""));
  }

  public void notMapped(Position at, String message, String hint) {
    problems.add(new Problem(ProblemType.NOT_MAPPED, at, message, hint));
  }

  /** The mapping's entries, its own first, then those it merges in that it does not override. */
  public List<Entry> entries(Mapping mapping) {
    if (!yamlMergeKeys) {
      return mapping.entries();
    }
    Map<String, Entry> byKey = new LinkedHashMap<>();
    collect(mapping, byKey, new IdentityHashMap<>());
    return List.copyOf(byKey.values());
  }

  private static void collect(Mapping mapping, Map<String, Entry> byKey, Map<Node, Node> seen) {
    if (seen.put(mapping, mapping) != null) {
      return; // an anchor merged twice adds nothing the second time, and bounds the work
    }
    List<Mapping> merged = new ArrayList<>();
    for (Entry entry : mapping.entries()) {
      if (entry.key().value().equals(MERGE)) {
        switch (entry.value()) {
          case Mapping one -> merged.add(one);
          case Sequence many ->
              many.items().stream()
                  .filter(Mapping.class::isInstance)
                  .map(Mapping.class::cast)
                  .forEach(merged::add);
          case Scalar ignored -> {
            // not a merge; reported as a not-mapped key by callers that care
          }
        }
      } else {
        byKey.putIfAbsent(entry.key().value(), entry);
      }
    }
    merged.forEach(one -> collect(one, byKey, seen));
  }

  /** The value of a key, merged keys included. */
  public Optional<Node> get(Mapping mapping, String key) {
    for (Entry entry : mapping.entries()) {
      if (entry.key().value().equals(key)) {
        return Optional.of(entry.value());
      }
    }
    if (!yamlMergeKeys) {
      return Optional.empty();
    }
    return entries(mapping).stream()
        .filter(entry -> entry.key().value().equals(key))
        .map(Entry::value)
        .findFirst();
  }

  /** Where a key is written, or the mapping's own place when it is absent. */
  public Position where(Mapping mapping, String key) {
    return get(mapping, key).map(Node::position).orElse(mapping.position());
  }

  /** A node that must be a mapping; null is empty without a problem. */
  public Optional<Mapping> asMapping(Node node, String what) {
    return switch (node) {
      case Mapping mapping -> Optional.of(mapping);
      case Scalar scalar when scalar.isNull() -> Optional.empty();
      default -> {
        wrongType(node, what, "a mapping");
        yield Optional.empty();
      }
    };
  }

  /** The body of a named element: a mapping; null is reported as an empty element. */
  public Optional<Mapping> body(Node node, String what) {
    if (node instanceof Scalar scalar && scalar.isNull()) {
      error(ProblemType.MISSING_FIELD, node.position(), what + " is empty", "give it its fields");
      return Optional.empty();
    }
    return asMapping(node, what);
  }

  /** A node that must be a list; null is an empty list without a problem. */
  public List<Node> asList(Node node, String what) {
    return switch (node) {
      case Sequence sequence -> sequence.items();
      case Scalar scalar when scalar.isNull() -> List.of();
      default -> {
        wrongType(node, what, "a list");
        yield List.of();
      }
    };
  }

  /**
   * A node that must be a scalar, as stripped text; null and blank are empty. Numbers and booleans
   * are text too: peer formats are loose about quoting.
   */
  public Optional<String> asText(Node node, String what) {
    if (node instanceof Scalar scalar) {
      String text = scalar.isNull() ? "" : scalar.value().strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
    wrongType(node, what, "text");
    return Optional.empty();
  }

  /** A node that must be a boolean; null is empty. */
  public Optional<Boolean> asBoolean(Node node, String what) {
    if (node instanceof Scalar scalar && scalar.isNull()) {
      return Optional.empty();
    }
    if (node instanceof Scalar scalar && scalar.isBoolean()) {
      return Optional.of(Boolean.parseBoolean(scalar.value().toLowerCase(java.util.Locale.ROOT)));
    }
    wrongType(node, what, "true or false");
    return Optional.empty();
  }

  /** A node that must be a whole number that fits a long; null is empty. */
  public Optional<Long> asInteger(Node node, String what) {
    if (node instanceof Scalar scalar && scalar.isNull()) {
      return Optional.empty();
    }
    if (node instanceof Scalar scalar
        && scalar.plain()
        && scalar.value().matches("[-+]?[0-9]{1,18}")) {
      String digits = scalar.value().startsWith("+") ? scalar.value().substring(1) : scalar.value();
      return Optional.of(Long.parseLong(digits));
    }
    wrongType(node, what, "a whole number");
    return Optional.empty();
  }

  public Optional<Mapping> mapping(Mapping owner, String key, String what) {
    return get(owner, key).flatMap(node -> asMapping(node, quote(key) + " of " + what));
  }

  public List<Node> list(Mapping owner, String key, String what) {
    return get(owner, key).map(node -> asList(node, quote(key) + " of " + what)).orElse(List.of());
  }

  public Optional<String> text(Mapping owner, String key, String what) {
    return get(owner, key).flatMap(node -> asText(node, quote(key) + " of " + what));
  }

  /** A boolean key; absent, null or of the wrong type it is false. */
  public boolean flag(Mapping owner, String key, String what) {
    return get(owner, key)
        .flatMap(node -> asBoolean(node, quote(key) + " of " + what))
        .orElse(false);
  }

  /** A list of texts; items that are not text are reported and skipped. */
  public List<Text> texts(Mapping owner, String key, String what) {
    List<Text> texts = new ArrayList<>();
    for (Node item : list(owner, key, what)) {
      asText(item, "an item of " + quote(key) + " of " + what)
          .ifPresent(text -> texts.add(new Text(text, item.position())));
    }
    return texts;
  }

  /** A text that must be there: a {@code missing-field} error when it is absent or blank. */
  public Optional<String> required(Mapping owner, String key, String what) {
    return requiredText(owner, key, what).map(Text::value);
  }

  /** As {@link #required}, with where the text was written. */
  public Optional<Text> requiredText(Mapping owner, String key, String what) {
    Optional<Node> node = get(owner, key);
    Optional<Text> value =
        node.flatMap(found ->
            asText(found, quote(key) + " of " + what).map(t -> new Text(t, found.position())));
    if (node.isEmpty()) {
      error(
          ProblemType.MISSING_FIELD,
          owner.position(),
          what + " has no " + quote(key),
          "add '" + key + ":' with a value");
    } else if (value.isEmpty() && node.get() instanceof Scalar) {
      error(
          ProblemType.MISSING_FIELD,
          node.get().position(),
          quote(key) + " of " + what + " is empty",
          "give it a value");
    }
    return value;
  }

  /**
   * A peer file's enumeration value, matched without regard to case, as its Bulwark value; an
   * {@code unknown-value} error naming the allowed values when it is none of them.
   */
  public <T> Optional<T> oneOf(Map<String, T> terms, Text value, String what) {
    T found = terms.get(value.value().toLowerCase(java.util.Locale.ROOT));
    if (found == null) {
      error(
          ProblemType.UNKNOWN_VALUE,
          value.position(),
          what + " is " + quote(value.value()) + ", which is not one of the allowed values",
          "allowed: " + terms.keySet().stream().sorted().collect(Collectors.joining(", ")));
    }
    return Optional.ofNullable(found);
  }

  /** The text of a key with its position, when present and not blank. */
  public Optional<Text> located(Mapping owner, String key, String what) {
    return get(owner, key)
        .flatMap(node ->
            asText(node, quote(key) + " of " + what).map(t -> new Text(t, node.position())));
  }

  /**
   * One {@code not-mapped} warning naming the keys of a mapping that carry something (not null,
   * blank, false or empty) and that the importer did not use.
   */
  public void leftovers(Mapping mapping, Set<String> used, String what) {
    leftovers(mapping, used, what, mapping.position());
  }

  /**
   * As {@link #leftovers(Mapping, Set, String)}, reported at {@code at}, e.g. the element's name.
   */
  public void leftovers(Mapping mapping, Set<String> used, String what, Position at) {
    leftovers(mapping, used, what, at, Reading::informative);
  }

  /** As {@link #leftovers(Mapping, Set, String, Position)}, with the format's idea of a default. */
  public void leftovers(
      Mapping mapping,
      Set<String> used,
      String what,
      Position at,
      java.util.function.Predicate<Node> informative) {
    List<String> unused =
        entries(mapping).stream()
            .filter(entry -> !used.contains(entry.key().value()))
            .filter(entry -> informative.test(entry.value()))
            .map(entry -> entry.key().value())
            .toList();
    if (!unused.isEmpty()) {
      notMapped(
          at,
          what
              + ": "
              + unused.stream().map(Reading::quote).collect(Collectors.joining(", "))
              + (unused.size() == 1 ? " is" : " are")
              + " not mapped",
          "Bulwark's model has no field for "
              + (unused.size() == 1 ? "it" : "them")
              + "; see docs/interop.md");
    }
  }

  /** Whether a value says something: not null, blank, false, zero-length. */
  public static boolean informative(Node node) {
    return switch (node) {
      case Scalar scalar ->
          !scalar.isNull()
              && !scalar.value().isBlank()
              && !(scalar.isBoolean() && scalar.value().equalsIgnoreCase("false"));
      case Sequence sequence -> !sequence.items().isEmpty();
      case Mapping mapping -> !mapping.entries().isEmpty();
    };
  }

  private void wrongType(Node node, String what, String expected) {
    error(
        ProblemType.WRONG_TYPE,
        node.position(),
        what + " must be " + expected + ", not " + node.describe(),
        "");
  }

  /** A key or name in quotes, for messages. */
  public static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return "'" + shown + "'";
  }

  /** A text and where it was written. */
  public record Text(String value, Position position) {}
}
