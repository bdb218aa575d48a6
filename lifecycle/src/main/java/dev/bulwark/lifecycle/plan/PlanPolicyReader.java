package dev.bulwark.lifecycle.plan;

import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.Trees;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.problem.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a plan policy (YAML or JSON) with the model's parser and limits, checking every key and
 * value; each problem names its place ({@code file:line:col}), a stable code and what is allowed. A
 * file with any error yields no policy. The format is documented in docs/plan.md.
 */
public final class PlanPolicyReader {
  /** The key that says a file is a plan policy, and its only version. */
  public static final String FORMAT_KEY = "bulwark-plan";

  /** A policy is a page of text: smaller limits than a model's. */
  static final ParseLimits LIMITS =
      ParseLimits.DEFAULTS.withMaxFileBytes(1 << 20).withMaxNodes(100_000).withMaxNesting(16);

  static final int MAX_TIERS = 10;
  static final int MAX_POINTS = 1000;

  private static final Pattern ACTIVITY_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final List<String> FILE_KEYS =
      List.of(FORMAT_KEY, "points", "tiers", "activities");
  private static final List<String> WEIGHT_KEYS = List.of("points", "minimum-tier");
  private static final List<String> TIER_KEYS =
      List.of("tier", "title", "min-score", "description", "activities");
  private static final List<String> ACTIVITY_KEYS = List.of("id", "title", "description");

  /** What reading gave: a policy when the file has no error, and every problem, in file order. */
  public record Read(Optional<PlanPolicy> policy, List<Problem> problems) {
    public Read {
      problems = problems.stream().sorted(Problem.BY_POSITION).toList();
    }
  }

  private final List<Problem> problems = new ArrayList<>();

  /** Minimum tiers named by weights, checked once the number of tiers is known. */
  private final List<Node.Scalar> minimumTiers = new ArrayList<>();

  private PlanPolicyReader() {}

  /**
   * Reads a policy file's bytes.
   *
   * @param file the name used in positions and as the policy's source
   */
  public static Read read(String file, byte[] bytes) {
    PlanPolicyReader reader = new PlanPolicyReader();
    Trees.TreeResult tree = Trees.read(file, bytes, LIMITS);
    reader.problems.addAll(tree.problems());
    Optional<PlanPolicy> policy = tree.root().flatMap(root -> reader.policy(file, root));
    boolean errors = reader.problems.stream().anyMatch(Problem::isError);
    return new Read(errors ? Optional.empty() : policy, reader.problems);
  }

  private Optional<PlanPolicy> policy(String file, Node root) {
    if (!(root instanceof Node.Mapping mapping)) {
      problem(
          ProblemType.WRONG_TYPE,
          root.position(),
          "a plan policy is a mapping with '"
              + FORMAT_KEY
              + ": 1', 'points', 'tiers' and 'activities', not "
              + root.describe());
      return Optional.empty();
    }
    Map<String, Node.Entry> keys = keys(mapping, FILE_KEYS, "a plan policy");
    Node.Entry format = keys.get(FORMAT_KEY);
    if (format == null) {
      missing(mapping, FORMAT_KEY + ": 1", "it says the file is a plan policy, and its version");
    } else if (!(format.value() instanceof Node.Scalar s
        && s.isInteger()
        && s.value().equals("1"))) {
      problem(
          ProblemType.UNSUPPORTED_VERSION,
          format.value().position(),
          "'" + FORMAT_KEY + "' is " + shown(format.value()) + "; this build reads version 1");
    }
    Map<Factor, Map<String, Weight>> points = new EnumMap<>(Factor.class);
    required(keys, mapping, "points", "what each factor level is worth")
        .flatMap(entry -> mapping(entry, "a mapping from factors to their levels' points"))
        .ifPresent(m -> points.putAll(points(m)));
    List<Activity> activities =
        required(keys, mapping, "activities", "the security activities tiers require")
            .flatMap(entry -> sequence(entry, "a list of activities"))
            .map(this::activities)
            .orElse(List.of());
    List<Tier> tiers =
        required(keys, mapping, "tiers", "the risk tiers, from tier 1 up")
            .flatMap(entry -> sequence(entry, "a list of tiers"))
            .map(s -> tiers(s, activities))
            .orElse(List.of());
    for (Node.Scalar minimum : minimumTiers) {
      int value = Integer.parseInt(minimum.value());
      if (!tiers.isEmpty() && value > tiers.size()) {
        problem(
            ProblemType.OUT_OF_RANGE,
            minimum.position(),
            "minimum-tier " + value + " names no tier: the policy has tiers 1 to " + tiers.size());
      }
    }
    if (tiers.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PlanPolicy(file, points, tiers, activities));
  }

  private Map<Factor, Map<String, Weight>> points(Node.Mapping mapping) {
    List<String> factorKeys = Arrays.stream(Factor.values()).map(Factor::key).toList();
    Map<Factor, Map<String, Weight>> points = new EnumMap<>(Factor.class);
    for (Map.Entry<String, Node.Entry> entry : keys(mapping, factorKeys, "'points'").entrySet()) {
      Factor factor = Factor.values()[factorKeys.indexOf(entry.getKey())];
      Node value = entry.getValue().value();
      if (factor.scalar()) {
        weight(value, factor.key())
            .ifPresent(w -> points.put(factor, Map.of(factor.levels().getFirst(), w)));
        continue;
      }
      if (!(value instanceof Node.Mapping levels)) {
        problem(
            ProblemType.WRONG_TYPE,
            value.position(),
            "'"
                + factor.key()
                + "' maps its levels to points ("
                + (factor.levels().isEmpty()
                    ? "regime names and 'other'"
                    : String.join(", ", factor.levels()))
                + "), not "
                + value.describe());
        continue;
      }
      points.put(factor, levels(factor, levels));
    }
    return points;
  }

  private Map<String, Weight> levels(Factor factor, Node.Mapping mapping) {
    Map<String, Weight> levels = new LinkedHashMap<>();
    for (Node.Entry entry : mapping.entries()) {
      String level = entry.key().value();
      if (factor == Factor.COMPLIANCE) {
        level = level.strip().toLowerCase(Locale.ROOT);
        if (level.isEmpty()) {
          problem(ProblemType.UNKNOWN_VALUE, entry.key().position(), "a regime name is empty");
          continue;
        }
        if (levels.containsKey(level)) {
          problem(
              ProblemType.DUPLICATE_KEY,
              entry.key().position(),
              "regime '" + level + "' is listed twice (names are compared without case)");
          continue;
        }
      } else if (!factor.levels().contains(level)) {
        problem(
            ProblemType.UNKNOWN_VALUE,
            entry.key().position(),
            "'" + level + "' is not a level of '" + factor.key() + "'",
            Suggestions.hintWithAllowed(level, factor.levels()));
        continue;
      }
      String name = level;
      weight(entry.value(), factor.key() + "." + level).ifPresent(w -> levels.put(name, w));
    }
    return levels;
  }

  /** A weight: a number of points, or a mapping with {@code points} and {@code minimum-tier}. */
  private Optional<Weight> weight(Node node, String where) {
    if (node instanceof Node.Scalar) {
      return count(node, where, MAX_POINTS).stream().boxed().findFirst().map(p -> new Weight(p, 0));
    }
    if (!(node instanceof Node.Mapping mapping)) {
      problem(
          ProblemType.WRONG_TYPE,
          node.position(),
          "'"
              + where
              + "' is a number of points, or a mapping with 'points' and 'minimum-tier', not "
              + node.describe());
      return Optional.empty();
    }
    Map<String, Node.Entry> keys = keys(mapping, WEIGHT_KEYS, "'" + where + "'");
    OptionalInt points =
        keys.containsKey("points")
            ? count(keys.get("points").value(), where + ".points", MAX_POINTS)
            : OptionalInt.of(0);
    OptionalInt minimum = OptionalInt.of(0);
    if (keys.containsKey("minimum-tier")) {
      Node value = keys.get("minimum-tier").value();
      minimum = count(value, where + ".minimum-tier", MAX_TIERS);
      if (minimum.isPresent() && minimum.getAsInt() < 1) {
        problem(ProblemType.OUT_OF_RANGE, value.position(), "minimum-tier counts from 1");
        return Optional.empty();
      }
      if (minimum.isPresent()) {
        minimumTiers.add((Node.Scalar) value);
      }
    }
    if (points.isEmpty() || minimum.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Weight(points.getAsInt(), minimum.getAsInt()));
  }

  private List<Activity> activities(Node.Sequence list) {
    List<Activity> activities = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : list.items()) {
      if (!(item instanceof Node.Mapping mapping)) {
        problem(
            ProblemType.WRONG_TYPE,
            item.position(),
            "an activity is a mapping with 'id', 'title' and 'description', not "
                + item.describe());
        continue;
      }
      Map<String, Node.Entry> keys = keys(mapping, ACTIVITY_KEYS, "an activity");
      Optional<String> id = requiredText(keys, mapping, "id", "an activity");
      Optional<String> title = requiredText(keys, mapping, "title", "an activity");
      String description = text(keys.get("description")).orElse("");
      if (id.isEmpty() || title.isEmpty()) {
        continue;
      }
      Position at = keys.get("id").value().position();
      if (!ACTIVITY_ID.matcher(id.get()).matches()) {
        problem(
            ProblemType.INVALID_ID,
            at,
            "activity id '" + id.get() + "' is not lower-case words joined by '-'",
            "for example dependency-scanning");
      } else if (!ids.add(id.get())) {
        problem(ProblemType.DUPLICATE_ID, at, "a second activity with id '" + id.get() + "'");
      } else {
        activities.add(new Activity(id.get(), title.get(), description));
      }
    }
    return activities;
  }

  private List<Tier> tiers(Node.Sequence list, List<Activity> activities) {
    if (list.items().isEmpty()) {
      problem(
          ProblemType.MISSING_FIELD, list.position(), "'tiers' lists no tier: give at least one");
      return List.of();
    }
    if (list.items().size() > MAX_TIERS) {
      problem(
          ProblemType.OUT_OF_RANGE,
          list.items().get(MAX_TIERS).position(),
          "at most " + MAX_TIERS + " tiers");
      return List.of();
    }
    List<String> known = activities.stream().map(Activity::id).toList();
    Set<String> used = new HashSet<>();
    List<Tier> tiers = new ArrayList<>();
    int previousScore = -1;
    for (Node item : list.items()) {
      int expected = tiers.size() + 1;
      if (!(item instanceof Node.Mapping mapping)) {
        problem(
            ProblemType.WRONG_TYPE,
            item.position(),
            "a tier is a mapping with 'tier', 'title', 'min-score' and 'activities', not "
                + item.describe());
        return List.of();
      }
      Map<String, Node.Entry> keys = keys(mapping, TIER_KEYS, "a tier");
      OptionalInt number = requiredCount(keys, mapping, "tier", MAX_TIERS);
      Optional<String> title = requiredText(keys, mapping, "title", "a tier");
      OptionalInt minScore = requiredCount(keys, mapping, "min-score", Integer.MAX_VALUE);
      String description = text(keys.get("description")).orElse("");
      List<String> ids = words(keys.get("activities"));
      if (number.isEmpty() || title.isEmpty() || minScore.isEmpty()) {
        return List.of();
      }
      if (number.getAsInt() != expected) {
        problem(
            ProblemType.OUT_OF_RANGE,
            keys.get("tier").value().position(),
            "tier "
                + number.getAsInt()
                + " is out of order: tiers are numbered 1, 2, 3… in"
                + " order, so this one is tier "
                + expected);
      }
      Position scoreAt = keys.get("min-score").value().position();
      if (expected == 1 && minScore.getAsInt() != 0) {
        problem(
            ProblemType.OUT_OF_RANGE,
            scoreAt,
            "the first tier starts at min-score 0, so that every model has a tier");
      } else if (minScore.getAsInt() <= previousScore) {
        problem(
            ProblemType.OUT_OF_RANGE,
            scoreAt,
            "min-score "
                + minScore.getAsInt()
                + " is not above the previous tier's ("
                + previousScore
                + "): each tier starts at a higher score");
      }
      previousScore = minScore.getAsInt();
      Node.Entry activityList = keys.get("activities");
      for (int i = 0; i < ids.size(); i++) {
        Position at = ((Node.Sequence) activityList.value()).items().get(i).position();
        String id = ids.get(i);
        if (id.isEmpty()) {
          continue; // not text: reported by words()
        }
        if (!known.contains(id)) {
          problem(
              ProblemType.DANGLING_REFERENCE,
              at,
              "tier "
                  + expected
                  + " names activity '"
                  + id
                  + "', which 'activities' does not define",
              known.isEmpty() ? "define it under 'activities'" : Suggestions.hint(id, known));
        } else if (!used.add(id)) {
          problem(
              ProblemType.DUPLICATE_ID,
              at,
              "activity '"
                  + id
                  + "' is in two tiers: a tier keeps the activities of the tiers"
                  + " below, so name it once, in the lowest tier that needs it");
        }
      }
      tiers.add(new Tier(expected, title.get(), minScore.getAsInt(), description, ids));
    }
    return tiers;
  }

  /** A list of words; problems for anything else. */
  private List<String> words(Node.Entry entry) {
    if (entry == null) {
      return List.of();
    }
    if (!(entry.value() instanceof Node.Sequence list)) {
      wrongType(entry, "a list of activity ids");
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (Node item : list.items()) {
      if (item instanceof Node.Scalar s && !s.isNull()) {
        words.add(s.value());
      } else {
        problem(
            ProblemType.WRONG_TYPE,
            item.position(),
            "'" + entry.key().value() + "' lists activity ids, not " + item.describe());
        words.add("");
      }
    }
    return words;
  }

  private OptionalInt requiredCount(
      Map<String, Node.Entry> keys, Node.Mapping mapping, String key, int max) {
    Node.Entry entry = keys.get(key);
    if (entry == null) {
      missing(mapping, key, "a tier needs it");
      return OptionalInt.empty();
    }
    return count(entry.value(), key, max);
  }

  /** A whole number from 0 to {@code max}. */
  private OptionalInt count(Node node, String where, int max) {
    if (!(node instanceof Node.Scalar s && s.isInteger())) {
      problem(
          ProblemType.WRONG_TYPE,
          node.position(),
          "'" + where + "' is a whole number, not " + shown(node));
      return OptionalInt.empty();
    }
    long value;
    try {
      value = Long.parseLong(s.value());
    } catch (NumberFormatException e) {
      value = Long.MAX_VALUE;
    }
    if (value < 0 || value > max) {
      problem(
          ProblemType.OUT_OF_RANGE,
          node.position(),
          "'" + where + "' is " + s.value() + "; it must lie between 0 and " + max);
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) value);
  }

  private Optional<String> requiredText(
      Map<String, Node.Entry> keys, Node.Mapping mapping, String key, String what) {
    Node.Entry entry = keys.get(key);
    if (entry == null) {
      missing(mapping, key, what + " needs it");
      return Optional.empty();
    }
    Optional<String> text = text(entry);
    if (text.isPresent() && text.get().isBlank()) {
      problem(ProblemType.MISSING_FIELD, entry.value().position(), "'" + key + "' is empty");
      return Optional.empty();
    }
    return text;
  }

  private Optional<String> text(Node.Entry entry) {
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.value() instanceof Node.Scalar s && !s.isNull()) {
      return Optional.of(s.value().strip());
    }
    wrongType(entry, "text");
    return Optional.empty();
  }

  private Optional<Node.Entry> required(
      Map<String, Node.Entry> keys, Node.Mapping mapping, String key, String what) {
    Node.Entry entry = keys.get(key);
    if (entry == null) {
      missing(mapping, key, what);
    }
    return Optional.ofNullable(entry);
  }

  private Optional<Node.Mapping> mapping(Node.Entry entry, String expected) {
    if (entry.value() instanceof Node.Mapping m) {
      return Optional.of(m);
    }
    wrongType(entry, expected);
    return Optional.empty();
  }

  private Optional<Node.Sequence> sequence(Node.Entry entry, String expected) {
    if (entry.value() instanceof Node.Sequence s) {
      return Optional.of(s);
    }
    wrongType(entry, expected);
    return Optional.empty();
  }

  /** The mapping's entries by key; a problem for each key not allowed. */
  private Map<String, Node.Entry> keys(Node.Mapping mapping, List<String> allowed, String where) {
    Map<String, Node.Entry> keys = new LinkedHashMap<>();
    for (Node.Entry entry : mapping.entries()) {
      String key = entry.key().value();
      if (allowed.contains(key)) {
        keys.put(key, entry);
      } else {
        problem(
            ProblemType.UNKNOWN_FIELD,
            entry.key().position(),
            "'" + key + "' is not a key of " + where,
            Suggestions.hintWithAllowed(key, allowed));
      }
    }
    return keys;
  }

  private void missing(Node.Mapping mapping, String key, String why) {
    problem(ProblemType.MISSING_FIELD, mapping.position(), "'" + key + "' is missing: " + why);
  }

  private void wrongType(Node.Entry entry, String expected) {
    problem(
        ProblemType.WRONG_TYPE,
        entry.value().position(),
        "'" + entry.key().value() + "' is " + expected + ", not " + entry.value().describe());
  }

  private static String shown(Node node) {
    return node instanceof Node.Scalar s && !s.isNull() && s.value().length() <= 40
        ? "'" + s.value() + "'"
        : node.describe();
  }

  private void problem(ProblemType type, Position position, String message) {
    problem(type, position, message, "");
  }

  private void problem(ProblemType type, Position position, String message, String hint) {
    problems.add(new Problem(type, position, message, hint));
  }
}
