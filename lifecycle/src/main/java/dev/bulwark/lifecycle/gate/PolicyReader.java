package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.Position;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.Trees;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.problem.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a gate policy file (YAML or JSON) with the model's parser and limits, checking every key
 * and value; every problem names its place ({@code file:line:col}), its stable code, and what is
 * allowed. A file with any error yields no policy. The format is documented in docs/gate.md.
 */
public final class PolicyReader {
  /** The key that says a file is a gate policy, and its only version. */
  public static final String FORMAT_KEY = "bulwark-policy";

  /** A policy is a few lines: smaller limits than a model's. */
  static final ParseLimits LIMITS =
      ParseLimits.DEFAULTS.withMaxFileBytes(1 << 20).withMaxNodes(100_000).withMaxNesting(16);

  private static final List<String> FILE_KEYS = List.of(FORMAT_KEY, "checks");
  private static final int MAX_RISK = 1_000_000_000;

  /** Each check and the options it takes, in the order checks run. */
  static final Map<String, List<String>> OPTIONS = options();

  private static Map<String, List<String>> options() {
    Map<String, List<String>> options = new LinkedHashMap<>();
    options.put(ModelErrors.ID, List.of("warnings"));
    options.put(OpenThreats.ID, List.of("severity"));
    options.put(NewThreats.ID, List.of("severity"));
    options.put(ExpiredAcceptances.ID, List.of());
    options.put(StaleTriage.ID, List.of());
    options.put(MissingOwners.ID, List.of("of"));
    options.put(RiskBudget.ID, List.of("max", "max-annual-loss"));
    options.put(StaleSources.ID, List.of());
    return options;
  }

  /** What reading gave: a policy when the file has no error, and every problem found. */
  public record Read(Optional<Policy> policy, List<Problem> problems) {
    public Read {
      problems = problems.stream().sorted(Problem.BY_POSITION).toList();
    }
  }

  private final List<Problem> problems = new ArrayList<>();

  private PolicyReader() {}

  /**
   * Reads a policy file's bytes.
   *
   * @param file the name used in positions and as the policy's source
   */
  public static Read read(String file, byte[] bytes) {
    PolicyReader reader = new PolicyReader();
    Trees.TreeResult tree = Trees.read(file, bytes, LIMITS);
    reader.problems.addAll(tree.problems());
    Optional<Policy> policy = tree.root().flatMap(root -> reader.policy(file, root));
    boolean errors = reader.problems.stream().anyMatch(Problem::isError);
    return new Read(errors ? Optional.empty() : policy, reader.problems);
  }

  private Optional<Policy> policy(String file, Node root) {
    if (!(root instanceof Node.Mapping mapping)) {
      problem(
          ProblemType.WRONG_TYPE,
          root.position(),
          "a policy is a mapping with '"
              + FORMAT_KEY
              + ": 1' and 'checks', not "
              + root.describe());
      return Optional.empty();
    }
    Map<String, Node.Entry> keys = keys(mapping, FILE_KEYS, "a policy file");
    Node.Entry format = keys.get(FORMAT_KEY);
    if (format == null) {
      problem(
          ProblemType.MISSING_FIELD,
          mapping.position(),
          "'" + FORMAT_KEY + ": 1' is missing: it says the file is a gate policy, and its version");
    } else if (!(format.value() instanceof Node.Scalar s
        && s.isInteger()
        && s.value().equals("1"))) {
      problem(
          ProblemType.UNSUPPORTED_VERSION,
          format.value().position(),
          "'" + FORMAT_KEY + "' is " + shown(format.value()) + "; this build reads version 1");
    }
    Node.Entry checks = keys.get("checks");
    if (checks == null) {
      problem(
          ProblemType.MISSING_FIELD,
          mapping.position(),
          "'checks' is missing: list the checks that fail the build (docs/gate.md)");
      return Optional.empty();
    }
    if (!(checks.value() instanceof Node.Mapping list)) {
      problem(
          ProblemType.WRONG_TYPE,
          checks.value().position(),
          "'checks' is a mapping from check ids to their options, not "
              + checks.value().describe());
      return Optional.empty();
    }
    return Optional.of(checks(file, list));
  }

  private Policy checks(String file, Node.Mapping list) {
    Map<String, Node.Entry> checks = keys(list, List.copyOf(OPTIONS.keySet()), "'checks'");
    Map<String, Map<String, Node.Entry>> options = new LinkedHashMap<>();
    for (Map.Entry<String, Node.Entry> check : checks.entrySet()) {
      String id = check.getKey();
      Node value = check.getValue().value();
      if (value instanceof Node.Scalar s && s.isNull()) {
        options.put(id, Map.of());
      } else if (value instanceof Node.Mapping m) {
        List<String> allowed = OPTIONS.get(id);
        options.put(id, keys(m, allowed, "check '" + id + "'"));
      } else {
        problem(
            ProblemType.WRONG_TYPE,
            value.position(),
            "check '"
                + id
                + "' takes a mapping of options ('{}' for none), not "
                + value.describe());
        options.put(id, Map.of());
      }
    }
    Map<String, Node.Entry> none = Map.of();
    boolean warnings =
        bool(options.getOrDefault(ModelErrors.ID, none).get("warnings")).orElse(false);
    Optional<Severity> open =
        options.containsKey(OpenThreats.ID)
            ? Optional.of(
                severity(options.get(OpenThreats.ID).get("severity")).orElse(Severity.CRITICAL))
            : Optional.empty();
    Optional<Severity> added =
        options.containsKey(NewThreats.ID)
            ? Optional.of(
                severity(options.get(NewThreats.ID).get("severity")).orElse(Severity.HIGH))
            : Optional.empty();
    Set<OwnerField> owners =
        options.containsKey(MissingOwners.ID)
            ? owners(options.get(MissingOwners.ID).get("of"))
            : Set.of();
    OptionalInt maxRisk = OptionalInt.empty();
    OptionalDouble maxLoss = OptionalDouble.empty();
    if (options.containsKey(RiskBudget.ID)) {
      Map<String, Node.Entry> budget = options.get(RiskBudget.ID);
      maxRisk = integer(budget.get("max"));
      maxLoss = amount(budget.get("max-annual-loss"));
      if (!budget.containsKey("max") && !budget.containsKey("max-annual-loss")) {
        problem(
            ProblemType.MISSING_FIELD,
            checks.get(RiskBudget.ID).key().position(),
            "check 'risk-budget' needs 'max' (the residual risk allowed, a whole number),"
                + " 'max-annual-loss' (the mean annualised loss allowed, in the model's currency),"
                + " or both");
      }
    }
    return new Policy(
        file,
        warnings,
        open,
        added,
        options.containsKey(ExpiredAcceptances.ID),
        options.containsKey(StaleTriage.ID),
        owners,
        maxRisk,
        maxLoss,
        options.containsKey(StaleSources.ID));
  }

  /** The mapping's entries by key; a key not in {@code allowed} is reported. */
  private Map<String, Node.Entry> keys(Node.Mapping mapping, List<String> allowed, String where) {
    Map<String, Node.Entry> keys = new LinkedHashMap<>();
    for (Node.Entry entry : mapping.entries()) {
      String key = entry.key().value();
      if (allowed.contains(key)) {
        keys.put(key, entry);
      } else if (allowed.isEmpty()) {
        problem(
            ProblemType.UNKNOWN_FIELD,
            entry.key().position(),
            "unknown option '" + key + "': " + where + " takes no options",
            "write " + where.replace("check ", "").replace("'", "") + ": {}");
      } else {
        problem(
            ProblemType.UNKNOWN_FIELD,
            entry.key().position(),
            "unknown "
                + (where.equals("'checks'") ? "check" : "key")
                + " '"
                + key
                + "' in "
                + where,
            Suggestions.hintWithAllowed(key, allowed));
      }
    }
    return keys;
  }

  private Optional<Boolean> bool(Node.Entry entry) {
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.value() instanceof Node.Scalar s && s.isBoolean()) {
      return Optional.of(Boolean.parseBoolean(s.value().toLowerCase(java.util.Locale.ROOT)));
    }
    wrongType(entry, "true or false");
    return Optional.empty();
  }

  private Optional<Severity> severity(Node.Entry entry) {
    if (entry == null) {
      return Optional.empty();
    }
    List<String> allowed = Arrays.stream(Severity.values()).map(Wire::name).toList();
    if (entry.value() instanceof Node.Scalar s && !s.isNull()) {
      int index = allowed.indexOf(s.value());
      if (index >= 0) {
        return Optional.of(Severity.values()[index]);
      }
      problem(
          ProblemType.UNKNOWN_VALUE,
          s.position(),
          "'" + entry.key().value() + "' is '" + s.value() + "', not a severity",
          Suggestions.hintWithAllowed(s.value(), allowed));
      return Optional.empty();
    }
    wrongType(entry, "a severity (" + String.join(", ", allowed) + ")");
    return Optional.empty();
  }

  private Set<OwnerField> owners(Node.Entry entry) {
    if (entry == null) {
      return EnumSet.of(OwnerField.MODEL, OwnerField.ACCEPTANCES);
    }
    List<String> allowed = Arrays.stream(OwnerField.values()).map(OwnerField::wireName).toList();
    if (!(entry.value() instanceof Node.Sequence list)) {
      wrongType(entry, "a list of " + String.join(", ", allowed));
      return EnumSet.of(OwnerField.MODEL);
    }
    Set<OwnerField> owners = EnumSet.noneOf(OwnerField.class);
    for (Node item : list.items()) {
      if (!(item instanceof Node.Scalar s) || s.isNull()) {
        problem(
            ProblemType.WRONG_TYPE,
            item.position(),
            "an item of 'of' is " + item.describe() + ", not one of the owner fields",
            "allowed: " + String.join(", ", allowed));
        continue;
      }
      int index = allowed.indexOf(s.value());
      if (index < 0) {
        problem(
            ProblemType.UNKNOWN_VALUE,
            s.position(),
            "'" + s.value() + "' is not a field that names an owner",
            Suggestions.hintWithAllowed(s.value(), allowed));
      } else if (!owners.add(OwnerField.values()[index])) {
        problem(ProblemType.DUPLICATE_ENTRY, s.position(), "'of' names '" + s.value() + "' twice");
      }
    }
    if (list.items().isEmpty()) {
      problem(
          ProblemType.OUT_OF_RANGE,
          list.position(),
          "'of' is empty: name what must have an owner, or leave 'missing-owners' out",
          "allowed: " + String.join(", ", allowed));
    }
    return owners.isEmpty() ? EnumSet.of(OwnerField.MODEL) : owners;
  }

  private OptionalInt integer(Node.Entry entry) {
    if (entry == null) {
      return OptionalInt.empty();
    }
    if (entry.value() instanceof Node.Scalar s && s.isInteger()) {
      long value;
      try {
        value = Long.parseLong(s.value());
      } catch (NumberFormatException e) {
        value = Long.MAX_VALUE;
      }
      if (value >= 0 && value <= MAX_RISK) {
        return OptionalInt.of((int) value);
      }
      problem(
          ProblemType.OUT_OF_RANGE,
          s.position(),
          "'" + entry.key().value() + "' is " + s.value() + ", outside 0 to " + MAX_RISK);
      return OptionalInt.empty();
    }
    wrongType(entry, "a whole number from 0");
    return OptionalInt.empty();
  }

  private OptionalDouble amount(Node.Entry entry) {
    if (entry == null) {
      return OptionalDouble.empty();
    }
    if (entry.value() instanceof Node.Scalar s && s.describe().equals("a number")) {
      double value = Double.parseDouble(s.value());
      if (value >= 0 && Double.isFinite(value)) {
        return OptionalDouble.of(value);
      }
      problem(
          ProblemType.OUT_OF_RANGE,
          s.position(),
          "'" + entry.key().value() + "' is " + s.value() + "; an amount is 0 or more");
      return OptionalDouble.empty();
    }
    wrongType(entry, "an amount (a number from 0, in the model's currency)");
    return OptionalDouble.empty();
  }

  private void wrongType(Node.Entry entry, String expected) {
    problem(
        ProblemType.WRONG_TYPE,
        entry.value().position(),
        "'" + entry.key().value() + "' is " + shown(entry.value()) + "; expected " + expected);
  }

  private static String shown(Node node) {
    return node instanceof Node.Scalar s && !s.isNull() && s.value().length() <= 40
        ? "'" + s.value() + "'"
        : node.describe();
  }

  private void problem(ProblemType type, Position position, String message) {
    problems.add(new Problem(type, position, message));
  }

  private void problem(ProblemType type, Position position, String message, String hint) {
    problems.add(new Problem(type, position, message, hint));
  }
}
