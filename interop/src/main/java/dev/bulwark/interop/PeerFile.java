package dev.bulwark.interop;

import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.Node.Scalar;
import dev.bulwark.model.parse.Node.Sequence;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.Trees;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A peer tool's YAML or JSON file read into positioned nodes, with typed reads of its fields. Every
 * surprise (a list where text belongs, a missing name) becomes a problem at its place in the peer
 * file, never an exception: the caller gets an empty value and carries on, so that one bad field
 * costs one element at most.
 *
 * <p>It also collects the {@code not-mapped} warnings. Those reported with a group are counted on
 * the first of the group ("and 299 more like it"), so that a diagram position on each of 300
 * elements gives one warning.
 *
 * <p>With merge keys (YAML 1.1, which Threagile's examples rely on), a mapping's {@code <<} entry
 * (a mapping or a list of them, usually aliases) supplies the keys the mapping does not write.
 */
public final class PeerFile {
  private static final String MERGE = "<<";

  private final String file;
  private final Optional<Node> root;
  private final boolean mergeKeys;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, NotMapped> groups = new LinkedHashMap<>();

  private PeerFile(String file, Trees.TreeResult tree, boolean mergeKeys) {
    this.file = file;
    this.root = tree.root();
    this.mergeKeys = mergeKeys;
    this.problems.addAll(tree.problems());
  }

  /** Reads the source with the model's limits; {@link #root()} is empty when it could not. */
  public static PeerFile parse(Source source, ParseLimits limits) {
    return new PeerFile(source.file(), Trees.read(source.file(), source.bytes(), limits), false);
  }

  /** As {@link #parse}, following YAML 1.1 merge keys ({@code <<}). */
  public static PeerFile parseWithMergeKeys(Source source, ParseLimits limits) {
    return new PeerFile(source.file(), Trees.read(source.file(), source.bytes(), limits), true);
  }

  /** The file's name as positions show it. */
  public String file() {
    return file;
  }

  /** The document, unless the file could not be read. */
  public Optional<Node> root() {
    return root;
  }

  /** The document, unless the file could not be read or reading it found errors. */
  public Optional<Node> cleanRoot() {
    return problems.stream().anyMatch(Problem::isError) ? Optional.empty() : root;
  }

  /** Where the document starts: for problems about the whole file. */
  public Position start() {
    return Position.startOf(file);
  }

  // ---- looking up keys

  /** The mapping's entries, its own first, then those it merges in that it does not override. */
  public List<Entry> entries(Mapping mapping) {
    if (!mergeKeys) {
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

  /** The value of a key as written, null included. */
  public Optional<Node> get(Mapping mapping, String key) {
    for (Entry entry : mapping.entries()) {
      if (entry.key().value().equals(key)) {
        return Optional.of(entry.value());
      }
    }
    if (!mergeKeys) {
      return Optional.empty();
    }
    return entries(mapping).stream()
        .filter(entry -> entry.key().value().equals(key))
        .map(Entry::value)
        .findFirst();
  }

  /** The value of a key, unless it is absent or null. */
  public Optional<Node> value(Mapping mapping, String key) {
    return get(mapping, key).filter(node -> !(node instanceof Scalar scalar && scalar.isNull()));
  }

  /** Where a key's value is written, or the mapping's own place when the key is absent. */
  public Position where(Mapping mapping, String key) {
    return get(mapping, key).map(Node::position).orElse(mapping.position());
  }

  // ---- nodes of an expected type

  /** A node that must be a mapping; null is empty without a problem. */
  public Optional<Mapping> mapping(Node node, String what) {
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
    return mapping(node, what);
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

  /** A node that must be true or false, plain or written as text; null is empty. */
  public Optional<Boolean> asBoolean(Node node, String what) {
    if (node instanceof Scalar scalar && scalar.isNull()) {
      return Optional.empty();
    }
    if (node instanceof Scalar scalar
        && (scalar.value().equalsIgnoreCase("true") || scalar.value().equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(scalar.value().toLowerCase(Locale.ROOT)));
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

  // ---- fields of a mapping

  /** A nested mapping field. */
  public Optional<Mapping> mapping(Mapping owner, String key, String what) {
    return get(owner, key).flatMap(node -> mapping(node, quote(key) + " of " + what));
  }

  /** The items of a list field; an absent or null list is empty. */
  public List<Node> list(Mapping owner, String key, String what) {
    return get(owner, key).map(node -> asList(node, quote(key) + " of " + what)).orElse(List.of());
  }

  /** The mapping items of a list field; other items (except nulls) are wrong-type errors. */
  public List<Mapping> mappings(Mapping owner, String key, String what) {
    List<Mapping> items = new ArrayList<>();
    for (Node item : list(owner, key, what)) {
      mapping(item, "an item of " + quote(key) + " of " + what).ifPresent(items::add);
    }
    return items;
  }

  /** A scalar field as stripped text (numbers and booleans as written); blank is absent. */
  public Optional<String> text(Mapping owner, String key, String what) {
    return located(owner, key, what).map(Text::value);
  }

  /** As {@link #text}, with where the text is written. */
  public Optional<Text> located(Mapping owner, String key, String what) {
    return get(owner, key)
        .flatMap(node ->
            asText(node, quote(key) + " of " + what).map(t -> new Text(t, node.position())));
  }

  /** The text items of a list field; nulls and blanks are skipped, others reported and skipped. */
  public List<String> texts(Mapping owner, String key, String what) {
    return locatedTexts(owner, key, what).stream().map(Text::value).toList();
  }

  /** As {@link #texts}, with where each text is written. */
  public List<Text> locatedTexts(Mapping owner, String key, String what) {
    List<Text> texts = new ArrayList<>();
    for (Node item : list(owner, key, what)) {
      asText(item, "an item of " + quote(key) + " of " + what)
          .ifPresent(text -> texts.add(new Text(text, item.position())));
    }
    return texts;
  }

  /** A text field that must be there: a {@code missing-field} error when it is absent or blank. */
  public Optional<String> required(Mapping owner, String key, String what) {
    return requiredText(owner, key, what).map(Text::value);
  }

  /** As {@link #required}, with where the text is written. */
  public Optional<Text> requiredText(Mapping owner, String key, String what) {
    Optional<Node> node = get(owner, key);
    Optional<Text> value = located(owner, key, what);
    if (node.isEmpty()) {
      error(
          ProblemType.MISSING_FIELD,
          owner.position(),
          what + " has no " + quote(key),
          "add '" + key + ":' with a value");
    } else if (value.isEmpty() && node.get() instanceof Scalar) {
      // a collection was already reported as the wrong type
      error(
          ProblemType.MISSING_FIELD,
          node.get().position(),
          quote(key) + " of " + what + " is empty",
          "give it a value");
    }
    return value;
  }

  /** A boolean field; {@code "true"} and {@code "false"} written as text are accepted too. */
  public Optional<Boolean> flag(Mapping owner, String key, String what) {
    return get(owner, key).flatMap(node -> asBoolean(node, quote(key) + " of " + what));
  }

  /** A number field; a number written as text is accepted too. */
  public OptionalDouble number(Mapping owner, String key, String what) {
    Optional<Node> node = value(owner, key);
    if (node.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (node.get() instanceof Scalar scalar) {
      try {
        double value = Double.parseDouble(scalar.value().strip());
        if (Double.isFinite(value)) {
          return OptionalDouble.of(value);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    wrongType(node.get(), quote(key) + " of " + what, "a number");
    return OptionalDouble.empty();
  }

  /**
   * A peer file's enumeration value, matched without regard to case, as its Bulwark value; an
   * {@code unknown-value} error naming the allowed values when it is none of them.
   */
  public <T> Optional<T> oneOf(Map<String, T> terms, Text value, String what) {
    T found = terms.get(value.value().toLowerCase(Locale.ROOT));
    if (found == null) {
      error(
          ProblemType.UNKNOWN_VALUE,
          value.position(),
          what + " is " + quote(value.value()) + ", which is not one of the allowed values",
          "allowed: " + terms.keySet().stream().sorted().collect(Collectors.joining(", ")));
    }
    return Optional.ofNullable(found);
  }

  // ---- keys left out

  /**
   * A {@code not-mapped} warning for each key of the mapping outside {@code used} that says
   * something, at the key; {@code kind} groups them (one warning per kind and key).
   */
  public void otherKeys(Mapping mapping, String kind, String what, Set<String> used) {
    for (Entry entry : unused(mapping, used, PeerFile::informative)) {
      String key = entry.key().value();
      notMapped(
          kind + "." + key,
          entry.key().position(),
          quote(key) + " of " + what + " has no place in a Bulwark model; left out");
    }
  }

  /**
   * One {@code not-mapped} warning naming the keys of a mapping that say something and that the
   * importer did not use.
   */
  public void leftovers(Mapping mapping, Set<String> used, String what) {
    leftovers(mapping, used, what, mapping.position());
  }

  /** As {@link #leftovers(Mapping, Set, String)}, reported at {@code at}, e.g. the element. */
  public void leftovers(Mapping mapping, Set<String> used, String what, Position at) {
    leftovers(mapping, used, what, at, PeerFile::informative);
  }

  /** As {@link #leftovers(Mapping, Set, String, Position)}, with the format's idea of a default. */
  public void leftovers(
      Mapping mapping, Set<String> used, String what, Position at, Predicate<Node> informative) {
    List<String> unused =
        unused(mapping, used, informative).stream().map(entry -> entry.key().value()).toList();
    if (!unused.isEmpty()) {
      notMapped(
          at,
          what
              + ": "
              + unused.stream().map(PeerFile::quote).collect(Collectors.joining(", "))
              + (unused.size() == 1 ? " is" : " are")
              + " not mapped",
          "Bulwark's model has no field for "
              + (unused.size() == 1 ? "it" : "them")
              + "; see docs/interop.md");
    }
  }

  private List<Entry> unused(Mapping mapping, Set<String> used, Predicate<Node> informative) {
    return entries(mapping).stream()
        .filter(entry -> !used.contains(entry.key().value()))
        .filter(entry -> informative.test(entry.value()))
        .toList();
  }

  /** Whether a value says something: not null, blank, false, an empty list or mapping. */
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

  // ---- problems

  /**
   * A {@code not-mapped} warning of a group: later ones of the same group only add to the count
   * shown with the first.
   */
  public void notMapped(String group, Position at, String message) {
    NotMapped first = groups.get(group);
    if (first == null) {
      groups.put(group, new NotMapped(problems.size(), at, message));
      problems.add(new Problem(ProblemType.NOT_MAPPED, at, message));
    } else {
      first.more++;
    }
  }

  /** Something of the peer file that has no place in a Bulwark model. */
  public void notMapped(Position at, String message) {
    notMapped(at, message, "");
  }

  public void notMapped(Position at, String message, String hint) {
    problems.add(new Problem(ProblemType.NOT_MAPPED, at, message, hint));
  }

  /** Any other problem, reported as it is. */
  public void error(ProblemType type, Position at, String message, String hint) {
    problems.add(new Problem(type, at, message, hint));
  }

  private void wrongType(Node node, String what, String expected) {
    error(
        ProblemType.WRONG_TYPE,
        node.position(),
        what + " should be " + expected + ", but is " + node.describe(),
        "");
  }

  /**
   * Every problem so far in the order of their places in the file, each grouped not-mapped warning
   * with the count of others like it.
   */
  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>(problems);
    for (NotMapped group : groups.values()) {
      if (group.more > 0) {
        String others = group.more == 1 ? "1 more like it" : group.more + " more like it";
        out.set(
            group.index,
            new Problem(ProblemType.NOT_MAPPED, group.at, group.message + " (and " + others + ")"));
      }
    }
    out.sort(Problem.BY_POSITION);
    return out;
  }

  /** A key or name in quotes, for messages; very long ones cut. */
  public static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return "'" + shown + "'";
  }

  /** A text and where it is written. */
  public record Text(String value, Position position) {}

  /** The first warning of a group, and how many followed it. */
  private static final class NotMapped {
    final int index;
    final Position at;
    final String message;
    int more;

    NotMapped(int index, Position at, String message) {
      this.index = index;
      this.at = at;
      this.message = message;
    }
  }
}
