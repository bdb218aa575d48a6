package dev.bulwark.interop;

import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.Trees;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A peer tool's YAML or JSON file read into positioned nodes, with readers for its fields that
 * report wrong types and missing fields at their place instead of throwing. It also collects the
 * {@code not-mapped} warnings, one per kind of thing left out: the first place is reported, with a
 * count of the others, so that a diagram position on each of 300 elements gives one warning.
 */
public final class PeerFile {
  private final String file;
  private final Optional<Node> root;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, NotMapped> notMapped = new LinkedHashMap<>();

  private PeerFile(String file, Optional<Node> root, List<Problem> problems) {
    this.file = file;
    this.root = root;
    this.problems.addAll(problems);
  }

  /** Reads the source with the model's limits; {@link #root()} is empty when it could not. */
  public static PeerFile parse(Source source, ParseLimits limits) {
    Trees.TreeResult tree = Trees.read(source.file(), source.bytes(), limits);
    return new PeerFile(source.file(), tree.root(), tree.problems());
  }

  /** The file's name as positions show it. */
  public String file() {
    return file;
  }

  /** The document, unless the file could not be read. */
  public Optional<Node> root() {
    return root;
  }

  /** Where the document starts: for problems about the whole file. */
  public Position start() {
    return Position.startOf(file);
  }

  /** The node as a mapping; nothing for an absent (null) node; a wrong-type error otherwise. */
  public Optional<Node.Mapping> mapping(Node node, String what) {
    return switch (node) {
      case Node.Mapping mapping -> Optional.of(mapping);
      case Node.Scalar scalar when scalar.isNull() -> Optional.empty();
      default -> {
        wrongType(node, what, "a mapping");
        yield Optional.empty();
      }
    };
  }

  /** The value of a key, unless it is absent or null. */
  public static Optional<Node> field(Node.Mapping mapping, String key) {
    for (Node.Entry entry : mapping.entries()) {
      if (entry.key().value().equals(key)) {
        Node value = entry.value();
        return value instanceof Node.Scalar scalar && scalar.isNull()
            ? Optional.empty()
            : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Whether the mapping has the key with a value that is not null. */
  public static boolean has(Node.Mapping mapping, String key) {
    return field(mapping, key).isPresent();
  }

  /** A nested mapping field. */
  public Optional<Node.Mapping> mapping(Node.Mapping mapping, String key, String owner) {
    return field(mapping, key).flatMap(node -> mapping(node, "'" + key + "' of " + owner));
  }

  /** A scalar field as text (numbers and booleans as written); blank text counts as absent. */
  public Optional<String> text(Node.Mapping mapping, String key, String owner) {
    Optional<Node> node = field(mapping, key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof Node.Scalar scalar) {
      return scalar.value().isBlank() ? Optional.empty() : Optional.of(scalar.value());
    }
    wrongType(node.get(), "'" + key + "' of " + owner, "text");
    return Optional.empty();
  }

  /** A text field the file must have: a missing-field error when it is absent or blank. */
  public Optional<String> required(Node.Mapping mapping, String key, String owner) {
    Optional<Node> node = field(mapping, key);
    Optional<String> value = text(mapping, key, owner);
    // a collection was already reported as the wrong type
    if (value.isEmpty() && (node.isEmpty() || node.get() instanceof Node.Scalar)) {
      error(ProblemType.MISSING_FIELD, mapping.position(), owner + " has no '" + key + "'", "");
    }
    return value;
  }

  /** A boolean field; text {@code "true"} or {@code "false"} is accepted too. */
  public Optional<Boolean> flag(Node.Mapping mapping, String key, String owner) {
    Optional<Node> node = field(mapping, key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof Node.Scalar scalar
        && (scalar.value().equalsIgnoreCase("true") || scalar.value().equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(scalar.value()));
    }
    wrongType(node.get(), "'" + key + "' of " + owner, "true or false");
    return Optional.empty();
  }

  /** A number field; a number written as text is accepted too. */
  public OptionalDouble number(Node.Mapping mapping, String key, String owner) {
    Optional<Node> node = field(mapping, key);
    if (node.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (node.get() instanceof Node.Scalar scalar) {
      try {
        double value = Double.parseDouble(scalar.value().strip());
        if (Double.isFinite(value)) {
          return OptionalDouble.of(value);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    wrongType(node.get(), "'" + key + "' of " + owner, "a number");
    return OptionalDouble.empty();
  }

  /** The items of a list field; an absent or null list is empty. */
  public List<Node> list(Node.Mapping mapping, String key, String owner) {
    Optional<Node> node = field(mapping, key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof Node.Sequence sequence) {
      return sequence.items();
    }
    wrongType(node.get(), "'" + key + "' of " + owner, "a list");
    return List.of();
  }

  /** The mapping items of a list field; other items (except nulls) are wrong-type errors. */
  public List<Node.Mapping> mappings(Node.Mapping mapping, String key, String owner) {
    List<Node.Mapping> items = new ArrayList<>();
    for (Node item : list(mapping, key, owner)) {
      mapping(item, "an item of '" + key + "' of " + owner).ifPresent(items::add);
    }
    return items;
  }

  /** The text items of a list field; nulls are skipped, collections are wrong-type errors. */
  public List<String> texts(Node.Mapping mapping, String key, String owner) {
    List<String> items = new ArrayList<>();
    for (Node item : list(mapping, key, owner)) {
      if (item instanceof Node.Scalar scalar) {
        if (!scalar.isNull() && !scalar.value().isBlank()) {
          items.add(scalar.value());
        }
      } else {
        wrongType(item, "an item of '" + key + "' of " + owner, "text");
      }
    }
    return items;
  }

  /**
   * Reports, as not mapped, every key of the mapping outside {@code handled} whose value is not
   * empty. {@code kind} groups the warnings (one per kind and key).
   */
  public void otherKeys(Node.Mapping mapping, String kind, String owner, Set<String> handled) {
    for (Node.Entry entry : mapping.entries()) {
      String key = entry.key().value();
      if (!handled.contains(key) && !empty(entry.value())) {
        notMapped(
            kind + "." + key,
            entry.key().position(),
            "'" + key + "' of " + owner + " has no place in a Bulwark model; left out");
      }
    }
  }

  /** Whether a value carries nothing: null, blank text, an empty list or mapping. */
  public static boolean empty(Node node) {
    return switch (node) {
      case Node.Scalar scalar -> scalar.isNull() || scalar.value().isBlank();
      case Node.Sequence sequence -> sequence.items().isEmpty();
      case Node.Mapping mapping -> mapping.entries().isEmpty();
    };
  }

  /**
   * A {@code not-mapped} warning; later ones of the same group only add to the count shown with the
   * first.
   */
  public void notMapped(String group, Position at, String message) {
    NotMapped first = notMapped.get(group);
    if (first == null) {
      notMapped.put(group, new NotMapped(problems.size(), at, message));
      problems.add(new Problem(ProblemType.NOT_MAPPED, at, message));
    } else {
      first.more++;
    }
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

  /** Every problem so far, each not-mapped warning with the count of others like it. */
  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>(problems);
    for (NotMapped group : notMapped.values()) {
      if (group.more > 0) {
        String others = group.more == 1 ? "1 more like it" : group.more + " more like it";
        out.set(
            group.index,
            new Problem(ProblemType.NOT_MAPPED, group.at, group.message + " (and " + others + ")"));
      }
    }
    return out;
  }

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
