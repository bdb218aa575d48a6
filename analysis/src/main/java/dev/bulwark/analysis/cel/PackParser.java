package dev.bulwark.analysis.cel;

import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.cel.YamlTree.Entry;
import dev.bulwark.analysis.cel.YamlTree.Mapping;
import dev.bulwark.analysis.cel.YamlTree.Scalar;
import dev.bulwark.analysis.cel.YamlTree.Sequence;
import dev.bulwark.knowledge.Countermeasure;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.model.Control;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Wire;
import dev.bulwark.model.problem.Suggestions;
import dev.cel.runtime.CelRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one rule pack: checks its keys and values, builds each rule's metadata with {@link
 * RuleMeta}'s own validation, and compiles its condition and message. Every problem is reported
 * where it was written; a pack with any problem yields nothing.
 */
final class PackParser {
  static final int FORMAT_VERSION = 1;
  static final String FORMAT_KEY = "bulwark-rules";

  private static final List<String> PACK_KEYS =
      List.of(FORMAT_KEY, "id", "title", "description", "disable", "rules");
  private static final List<String> DISABLE_KEYS = List.of("rule", "why");
  private static final List<String> RULE_KEYS =
      List.of(
          "id",
          "title",
          "stride",
          "linddun",
          "goals",
          "cwe",
          "capec",
          "attack",
          "rationale",
          "mitigations",
          "reduced-by",
          "asvs",
          "since",
          "refines",
          "on",
          "when",
          "message",
          "replaces");
  private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final Path file;
  private final SourceMap source;
  private final List<PackProblem> problems;
  private final Evaluations evaluations;

  private PackParser(
      Path file, SourceMap source, List<PackProblem> problems, Evaluations evaluations) {
    this.file = file;
    this.source = source;
    this.problems = problems;
    this.evaluations = evaluations;
  }

  /** A pack as read: what it disables and the rules it defines, in file order. */
  record Pack(Path file, String id, List<Disable> disables, List<Definition> rules) {}

  /** A rule of an earlier layer turned off, with the reason, where it was written. */
  record Disable(String rule, String why, int line, int column) {}

  /** A rule, what it replaces, and where its id (or {@code replaces}) was written. */
  record Definition(Rule rule, Optional<String> replaces, int line, int column) {}

  /** Reads a pack file's bytes; empty when it has a problem (added to {@code problems}). */
  static Optional<Pack> parse(
      Path file, byte[] bytes, Evaluations evaluations, List<PackProblem> problems) {
    List<PackProblem> found = new ArrayList<>();
    YamlTree.Read read = YamlTree.read(file, bytes, found);
    Optional<Pack> pack =
        read.root()
            .flatMap(root -> new PackParser(file, read.source(), found, evaluations).pack(root));
    problems.addAll(found);
    return found.isEmpty() ? pack : Optional.empty();
  }

  private Optional<Pack> pack(YamlTree.Node root) {
    if (!(root instanceof Mapping top)) {
      problem(
          root,
          "wrong-type",
          "a rule pack is a mapping, not " + root.describe(),
          "start the file with 'bulwark-rules: 1'");
      return Optional.empty();
    }
    keys(top, PACK_KEYS, "a rule pack");
    Optional<Scalar> format = scalar(top, FORMAT_KEY, true, "the pack");
    if (format.isPresent() && !format.get().value().equals(String.valueOf(FORMAT_VERSION))) {
      problem(
          format.get(),
          "format-version",
          "rule pack format " + format.get().value() + " is not supported",
          "this build reads 'bulwark-rules: " + FORMAT_VERSION + "'");
    }
    Optional<Scalar> id = scalar(top, "id", true, "the pack");
    if (id.isPresent() && !PACK_ID.matcher(id.get().value()).matches()) {
      problem(
          id.get(),
          "invalid-value",
          "pack id '" + id.get().value() + "' is malformed",
          "lower case letters, digits, '.', '_' and '-', e.g. acme-baseline");
    }
    scalar(top, "title", false, "the pack");
    scalar(top, "description", false, "the pack");
    List<Disable> disables = new ArrayList<>();
    for (YamlTree.Node item : items(top, "disable", "the pack")) {
      disable(item).ifPresent(disables::add);
    }
    List<Definition> rules = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    for (YamlTree.Node item : items(top, "rules", "the pack")) {
      rule(item)
          .ifPresent(rule -> {
            Integer first = lines.putIfAbsent(rule.rule().meta().id(), rule.line());
            if (first != null) {
              problems.add(
                  new PackProblem(
                      file,
                      rule.line(),
                      rule.column(),
                      "duplicate-rule",
                      "rule "
                          + rule.rule().meta().id()
                          + " is defined twice in this pack; first at line "
                          + first,
                      "give each rule its own id"));
            } else {
              rules.add(rule);
            }
          });
    }
    return Optional.of(new Pack(file, id.map(Scalar::value).orElse(""), disables, rules));
  }

  private Optional<Disable> disable(YamlTree.Node item) {
    if (!(item instanceof Mapping entry)) {
      problem(
          item,
          "wrong-type",
          "a disable entry is a mapping, not " + item.describe(),
          "write { rule: BW-WEB-011, why: \"…\" }");
      return Optional.empty();
    }
    keys(entry, DISABLE_KEYS, "a disable entry");
    Optional<Scalar> rule = scalar(entry, "rule", true, "a disable entry");
    Optional<Scalar> why = scalar(entry, "why", true, "a disable entry");
    if (why.isPresent() && why.get().value().isBlank()) {
      problem(
          why.get(),
          "invalid-value",
          "the reason for disabling a rule is empty",
          "say why the rule does not apply; reviewers read it");
      return Optional.empty();
    }
    if (rule.isEmpty() || why.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Disable(
            rule.get().value(), why.get().value().strip(), rule.get().line(), rule.get().column()));
  }

  private Optional<Definition> rule(YamlTree.Node item) {
    if (!(item instanceof Mapping rule)) {
      problem(
          item,
          "wrong-type",
          "a rule is a mapping, not " + item.describe(),
          "see docs/rule-packs.md for the keys of a rule");
      return Optional.empty();
    }
    int before = problems.size();
    keys(rule, RULE_KEYS, "a rule");
    Optional<Scalar> idNode = scalar(rule, "id", true, "a rule");
    String what = idNode.map(s -> "rule " + s.value()).orElse("a rule");
    String id = idNode.map(Scalar::value).orElse("");

    RuleMeta.Builder meta = RuleMeta.builder(id).since("");
    scalar(rule, "title", true, what).ifPresent(s -> meta.title(s.value()));
    meta.stride(enums(rule, "stride", Stride.values(), what).toArray(Stride[]::new));
    scalar(rule, "linddun", false, what)
        .ifPresent(s -> oneOf(s, Linddun.values(), what).ifPresent(meta::linddun));
    if (rule.entry("goals").isEmpty()) {
      missing(rule, "goals", what);
    }
    meta.goals(enums(rule, "goals", Goal.values(), what).toArray(Goal[]::new));
    meta.cwe(texts(rule, "cwe", what));
    meta.capec(texts(rule, "capec", what));
    meta.attack(texts(rule, "attack", what));
    scalar(rule, "rationale", true, what).ifPresent(s -> meta.rationale(s.value()));
    meta.mitigations(mitigations(rule, what).toArray(String[]::new));
    meta.reducedBy(enums(rule, "reduced-by", Control.values(), what).toArray(Control[]::new));
    meta.asvs(texts(rule, "asvs", what));
    scalar(rule, "since", false, what).ifPresent(s -> meta.since(s.value()));
    meta.refines(texts(rule, "refines", what));
    Optional<Scalar> replaces = scalar(rule, "replaces", false, what);

    Optional<Scalar> on = scalar(rule, "on", true, what);
    Optional<Target> target =
        on.flatMap(s -> {
          Optional<Target> known = Target.ofWire(s.value());
          if (known.isEmpty()) {
            problem(
                s,
                "invalid-value",
                what + ": 'on: " + s.value() + "' is not a kind of element",
                Suggestions.hintWithAllowed(
                    s.value(), Arrays.stream(Target.values()).map(Target::wire).toList()));
          }
          return known;
        });
    Optional<Scalar> when = scalar(rule, "when", true, what);
    Optional<Scalar> message = scalar(rule, "message", false, what);
    Optional<CelRuntime.Program> condition =
        target.flatMap(t -> when.flatMap(w -> condition(t, w, what)));
    Optional<MessageTemplate> template =
        target.flatMap(t ->
            message.isEmpty()
                ? Optional.of(MessageTemplate.literal(""))
                : template(t, message.get(), what));

    if (idNode.isPresent()
        && id.startsWith("BW-")
        && !replaces.map(Scalar::value).orElse("").equals(id)) {
      problem(
          idNode.get(),
          "reserved-id",
          what + ": ids starting with BW- belong to built-in rules",
          "choose your own prefix, e.g. ACME-HTTP-001, or add 'replaces: " + id + "'");
    }
    RuleMeta built = null;
    // RuleMeta stops at its first complaint; after one of ours it would only repeat it
    if (idNode.isPresent() && problems.size() == before) {
      try {
        built = meta.build();
      } catch (IllegalArgumentException e) {
        metaProblem(rule, idNode.get(), e.getMessage());
      }
    }
    if (problems.size() > before || built == null || condition.isEmpty() || template.isEmpty()) {
      return Optional.empty();
    }
    MessageTemplate text =
        message.isEmpty() ? MessageTemplate.literal(built.title()) : template.get();
    Scalar whenNode = when.orElseThrow();
    CelRule celRule =
        new CelRule(
            built,
            target.orElseThrow(),
            whenNode.value().strip(),
            condition.get(),
            text,
            file,
            whenNode.line(),
            whenNode.column(),
            evaluations);
    Scalar at = replaces.orElse(idNode.get());
    return Optional.of(
        new Definition(celRule, replaces.map(Scalar::value), at.line(), at.column()));
  }

  private Optional<CelRuntime.Program> condition(Target target, Scalar when, String what) {
    CelEnvironment.Compiled compiled = CelEnvironment.condition(target, when.value());
    for (CelEnvironment.Issue issue : compiled.issues()) {
      celProblem(when, issue.offset(), issue, what, target);
    }
    return compiled.program();
  }

  private Optional<MessageTemplate> template(Target target, Scalar message, String what) {
    List<Object> parts = new ArrayList<>();
    boolean ok = true;
    for (Object part : MessageTemplate.split(message.value())) {
      if (part instanceof MessageTemplate.SyntaxError error) {
        SourceMap.Located at = source.locate(message, error.offset());
        problems.add(
            new PackProblem(
                file,
                at.line(),
                at.column(),
                "message-syntax",
                what + ": in the message, " + error.message(),
                "write {{ and }} for literal braces"));
        ok = false;
      } else if (part instanceof MessageTemplate.Placeholder placeholder) {
        CelEnvironment.Compiled compiled =
            CelEnvironment.template(target, placeholder.expression());
        for (CelEnvironment.Issue issue : compiled.issues()) {
          celProblem(message, placeholder.offset() + issue.offset(), issue, what, target);
        }
        if (compiled.program().isEmpty()) {
          ok = false;
        } else {
          parts.add(compiled.program().get());
        }
      } else {
        parts.add(part);
      }
    }
    return ok ? Optional.of(MessageTemplate.of(parts)) : Optional.empty();
  }

  private void celProblem(
      Scalar scalar, int offset, CelEnvironment.Issue issue, String what, Target target) {
    SourceMap.Located at = source.locate(scalar, offset);
    String message = what + ": " + issue.message();
    if (!at.exact()) {
      message +=
          " (shown at the start of the expression: the place inside it could not be traced"
              + " through this YAML scalar)";
    }
    String hint =
        issue.message().startsWith("undeclared reference")
            ? "variables for 'on: "
                + target.wire()
                + "': "
                + String.join(", ", target.variables().keySet())
            : issue.message().startsWith("undefined field")
                ? "see docs/rule-packs.md for the fields of each variable"
                : "";
    problems.add(new PackProblem(file, at.line(), at.column(), issue.code(), message, hint));
  }

  /** Reports RuleMeta's own validation message at the field it concerns. */
  private void metaProblem(Mapping rule, Scalar id, String message) {
    YamlTree.Node at = rule;
    String hint = "";
    if (message.startsWith("rule id must look like")) {
      at = id;
      hint = "capitals, digits and dashes in at least two parts, e.g. ACME-HTTP-001";
    } else if (message.contains("malformed reference ")) {
      String value = message.substring(message.indexOf("malformed reference ") + 20);
      for (String key : List.of("cwe", "capec", "attack")) {
        for (YamlTree.Node item : items(rule, key, "")) {
          if (item instanceof Scalar s && s.value().equals(value)) {
            at = s;
          }
        }
      }
      hint = "CWE-123, CAPEC-123, T1234 or T1234.001";
    } else if (message.contains("STRIDE or LINDDUN")) {
      hint = "add 'stride: [tampering]' or 'linddun: identifying'";
    } else {
      for (String key : List.of("title", "rationale", "goals")) {
        if (message.contains(key)) {
          at = rule.entry(key).<YamlTree.Node>map(Entry::value).orElse(rule);
        }
      }
    }
    problem(at, "invalid-rule", message, hint);
  }

  private List<String> mitigations(Mapping rule, String what) {
    List<String> ids = new ArrayList<>();
    for (Scalar s : scalars(rule, "mitigations", what)) {
      if (Countermeasures.builtIn().find(s.value()).isEmpty()) {
        problem(
            s,
            "unknown-countermeasure",
            what + ": '" + s.value() + "' is not in the countermeasure catalogue",
            Suggestions.hint(
                s.value(),
                Countermeasures.builtIn().all().stream().map(Countermeasure::id).toList()));
      } else {
        ids.add(s.value());
      }
    }
    return ids;
  }

  private <E extends Enum<E>> List<E> enums(Mapping rule, String key, E[] values, String what) {
    List<E> found = new ArrayList<>();
    for (Scalar s : scalars(rule, key, what)) {
      oneOf(s, values, what).ifPresent(found::add);
    }
    return found;
  }

  private <E extends Enum<E>> Optional<E> oneOf(Scalar s, E[] values, String what) {
    for (E value : values) {
      if (Wire.name(value).equals(s.value())) {
        return Optional.of(value);
      }
    }
    problem(
        s,
        "invalid-value",
        what + ": '" + s.value() + "' is not allowed here",
        Suggestions.hintWithAllowed(s.value(), Arrays.stream(values).map(Wire::name).toList()));
    return Optional.empty();
  }

  private String[] texts(Mapping rule, String key, String what) {
    return scalars(rule, key, what).stream().map(Scalar::value).toArray(String[]::new);
  }

  private List<Scalar> scalars(Mapping owner, String key, String what) {
    List<Scalar> found = new ArrayList<>();
    for (YamlTree.Node item : items(owner, key, what)) {
      if (item instanceof Scalar s && !s.isNull()) {
        found.add(s);
      } else {
        problem(
            item,
            "wrong-type",
            what + ": an item of '" + key + "' must be text, not " + item.describe(),
            "");
      }
    }
    return found;
  }

  private List<YamlTree.Node> items(Mapping owner, String key, String what) {
    Optional<Entry> entry = owner.entry(key);
    if (entry.isEmpty() || entry.get().value() instanceof Scalar s && s.isNull()) {
      return List.of();
    }
    if (entry.get().value() instanceof Sequence list) {
      return list.items();
    }
    if (!what.isEmpty()) {
      problem(
          entry.get().value(),
          "wrong-type",
          what + ": '" + key + "' must be a list, not " + entry.get().value().describe(),
          "write [a, b] or one '- item' per line");
    }
    return List.of();
  }

  private Optional<Scalar> scalar(Mapping owner, String key, boolean required, String what) {
    Optional<Entry> entry = owner.entry(key);
    if (entry.isEmpty()) {
      if (required) {
        missing(owner, key, what);
      }
      return Optional.empty();
    }
    YamlTree.Node value = entry.get().value();
    if (value instanceof Scalar s && !s.isNull()) {
      return Optional.of(s);
    }
    problem(
        value,
        "wrong-type",
        what + ": '" + key + "' must be text, not " + value.describe(),
        value instanceof Sequence ? "write a single value" : "");
    return Optional.empty();
  }

  private void missing(Mapping owner, String key, String what) {
    problem(
        owner,
        "missing-key",
        what + " has no '" + key + "'",
        key.equals(FORMAT_KEY) ? "a rule pack starts with 'bulwark-rules: 1'" : "add it");
  }

  private void keys(Mapping owner, List<String> allowed, String what) {
    for (Entry entry : owner.entries()) {
      if (!allowed.contains(entry.key().value())) {
        problem(
            entry.key(),
            "unknown-key",
            "'" + entry.key().value() + "' is not a key of " + what,
            Suggestions.hintWithAllowed(entry.key().value(), allowed));
      }
    }
  }

  private void problem(YamlTree.Node at, String code, String message, String hint) {
    problems.add(new PackProblem(file, at.line(), at.column(), code, message, hint));
  }
}
