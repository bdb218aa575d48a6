package dev.bulwark.analysis.cel;

import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.problem.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stacks rule packs on the built-in catalogue: organisation packs in the order given, then the
 * model's own packs ({@code rules:} in the model, relative to the model file). Each pack is a
 * layer: it may disable a rule in force, replace one ({@code replaces:}) or add new ones; defining
 * an id already in force without {@code replaces} is an error. A pack with any problem is left out
 * whole, so that a broken pack never silently weakens the analysis.
 */
public final class RuleLayers {
  private static final String BUILT_IN = "the built-in catalogue";

  private final List<PackProblem> problems = new ArrayList<>();
  private final List<Removal> overrides = new ArrayList<>();
  private final Map<String, String> origins = new HashMap<>();
  private final Map<String, Removal> removed = new HashMap<>();
  private final Set<Path> applied = new HashSet<>();
  private final Evaluations evaluations = new Evaluations();
  private final ForeignPacks foreign;
  private RuleSet rules;

  private RuleLayers(RuleSet builtIn, ForeignPacks foreign) {
    this.rules = builtIn;
    this.foreign = foreign;
    builtIn.rules().forEach(rule -> origins.put(rule.meta().id(), BUILT_IN));
  }

  /**
   * The rules in force for a model.
   *
   * @param builtIn the built-in catalogue
   * @param organisationPacks pack files, or folders whose {@code *.yaml} and {@code *.yml} files
   *     are read in name order; applied in the order given
   * @param model the model, whose {@code rules} entries name its own packs
   * @param modelFile where the model was read from; its folder anchors the model's pack paths
   * @param projectRoot the model's packs must lie inside this folder
   */
  public static Resolution resolve(
      RuleSet builtIn,
      List<Path> organisationPacks,
      Model model,
      Path modelFile,
      Path projectRoot) {
    return resolve(builtIn, organisationPacks, model, modelFile, projectRoot, ForeignPacks.NONE);
  }

  /**
   * The rules in force for a model, where packs may also be in the foreign formats {@code foreign}
   * reads (files named one by one; a folder's packs are YAML).
   */
  public static Resolution resolve(
      RuleSet builtIn,
      List<Path> organisationPacks,
      Model model,
      Path modelFile,
      Path projectRoot,
      ForeignPacks foreign) {
    RuleLayers layers = new RuleLayers(builtIn, foreign);
    for (Path pack : organisationPacks) {
      layers.applyAll(pack, Optional.empty());
    }
    Path folder = Optional.ofNullable(modelFile.toAbsolutePath().getParent()).orElse(Path.of("/"));
    for (int i = 0; i < model.rules().size(); i++) {
      Position at = model.positions().of("rules[" + i + "]");
      PackProblem here = new PackProblem(modelFile, at.line(), at.column(), "", "", "");
      layers.local(model.rules().get(i), folder, projectRoot, here);
    }
    return new Resolution(layers.rules, layers.problems, layers.overrides, layers.evaluations);
  }

  /** Checks a model's {@code rules} entry and applies the packs it names. */
  private void local(String entry, Path folder, Path projectRoot, PackProblem at) {
    Path relative;
    try {
      relative = Path.of(entry);
    } catch (InvalidPathException e) {
      problems.add(at(at, "invalid-path", "'" + entry + "' is not a valid path", e.getReason()));
      return;
    }
    if (relative.isAbsolute()
        || entry.startsWith("/")
        || entry.startsWith("\\")
        || entry.matches("^[A-Za-z]:.*")) {
      problems.add(
          at(
              at,
              "absolute-path",
              "pack path '" + entry + "' is absolute",
              "write it relative to the model file, inside the project"));
      return;
    }
    Path root = projectRoot.toAbsolutePath().normalize();
    Path resolved = folder.resolve(relative).normalize();
    if (!resolved.startsWith(root) || escapesThroughLink(resolved, root)) {
      problems.add(
          at(
              at,
              "path-escapes-project",
              "pack path '" + entry + "' leads outside the project folder " + root,
              "keep the model's packs inside the project; pass others with --rules"));
      return;
    }
    applyAll(resolved, Optional.of(at));
  }

  private static boolean escapesThroughLink(Path resolved, Path root) {
    try {
      return Files.exists(resolved) && !resolved.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false; // unreadable: reported when the pack is read
    }
  }

  /** Applies a pack file, or every pack in a folder. */
  private void applyAll(Path path, Optional<PackProblem> named) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        files
            .filter(f -> {
              String name = f.getFileName().toString();
              return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(f);
            })
            .sorted()
            .toList()
            .forEach(this::apply);
      } catch (IOException e) {
        problems.add(
            PackProblem.ofFile(
                path,
                "unreadable-file",
                "the folder of packs cannot be read: " + e.getMessage(),
                ""));
      }
    } else if (Files.isRegularFile(path)) {
      apply(path);
    } else {
      String message = "no pack file or folder at " + path;
      problems.add(
          named
              .map(at -> at(at, "pack-not-found", message, "check the path"))
              .orElseGet(
                  () -> PackProblem.ofFile(path, "pack-not-found", message, "check the path")));
    }
  }

  private void apply(Path file) {
    Path key = file.toAbsolutePath().normalize();
    if (!applied.add(key)) {
      return; // named twice: once is enough
    }
    Optional<ForeignPacks.Pack> other = foreign.read(file);
    if (other.isPresent()) {
      if (other.get().problems().isEmpty()) {
        List<PackParser.Definition> rules =
            other.get().rules().stream()
                .map(e ->
                    new PackParser.Definition(e.rule(), Optional.empty(), e.line(), e.column()))
                .toList();
        layer(new PackParser.Pack(file, "", List.of(), rules));
      }
      problems.addAll(other.get().problems());
      return;
    }
    byte[] bytes;
    try {
      if (Files.size(file) > YamlTree.MAX_BYTES) {
        problems.add(
            PackProblem.ofFile(
                file,
                "file-too-large",
                "the pack has "
                    + Files.size(file)
                    + " bytes, more than the limit of "
                    + YamlTree.MAX_BYTES,
                "split it into several packs"));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(
          PackProblem.ofFile(
              file, "unreadable-file", "the pack cannot be read: " + e.getMessage(), ""));
      return;
    }
    PackParser.parse(file, bytes, evaluations, problems).ifPresent(this::layer);
  }

  /** Checks a pack against the rules in force, then applies it whole or not at all. */
  private void layer(PackParser.Pack pack) {
    List<PackProblem> found = new ArrayList<>();
    RuleSet next = rules;
    List<Removal> done = new ArrayList<>();
    for (PackParser.Disable disable : pack.disables()) {
      if (next.find(disable.rule()).isPresent()) {
        next = next.without(disable.rule());
        done.add(
            new Removal(
                disable.rule(),
                Action.DISABLED,
                Optional.empty(),
                pack.file(),
                disable.line(),
                disable.column(),
                disable.why()));
      } else if (!removed.containsKey(disable.rule())) {
        found.add(
            new PackProblem(
                pack.file(),
                disable.line(),
                disable.column(),
                "unknown-rule",
                "cannot disable " + disable.rule() + ": no rule in force has this id",
                Suggestions.hint(disable.rule(), ids(next))));
      }
    }
    for (PackParser.Definition definition : pack.rules()) {
      Rule rule = definition.rule();
      String id = rule.meta().id();
      if (definition.replaces().isPresent()) {
        String old = definition.replaces().get();
        if (next.find(old).isEmpty()) {
          found.add(
              new PackProblem(
                  pack.file(),
                  definition.line(),
                  definition.column(),
                  "unknown-rule",
                  id
                      + " replaces "
                      + old
                      + ", which is not in force"
                      + Optional.ofNullable(removed.get(old))
                          .map(o -> " (" + o.action().word() + " by " + o.pack() + ")")
                          .orElse(""),
                  Suggestions.hint(old, ids(next))));
          continue;
        }
        next = next.without(old);
        done.add(
            new Removal(
                old,
                Action.REPLACED,
                Optional.of(id),
                pack.file(),
                definition.line(),
                definition.column(),
                rule.meta().title()));
      }
      if (next.find(id).isPresent()) {
        found.add(
            new PackProblem(
                pack.file(),
                definition.line(),
                definition.column(),
                "rule-exists",
                "rule "
                    + id
                    + " is already defined by "
                    + origins.getOrDefault(id, "an earlier pack"),
                "add 'replaces: " + id + "' to override it, or choose another id"));
        continue;
      }
      next = next.with(rule);
    }
    if (!found.isEmpty()) {
      problems.addAll(found);
      return;
    }
    rules = next;
    for (Removal override : done) {
      overrides.add(override);
      removed.put(override.rule(), override);
    }
    for (PackParser.Definition definition : pack.rules()) {
      String id = definition.rule().meta().id();
      origins.put(id, "pack " + pack.file());
      removed.remove(id);
    }
  }

  private static List<String> ids(RuleSet set) {
    return set.rules().stream().map(r -> r.meta().id()).toList();
  }

  private static PackProblem at(PackProblem at, String code, String message, String hint) {
    return new PackProblem(at.file(), at.line(), at.column(), code, message, hint);
  }

  /** What a pack did to a rule of an earlier layer. */
  public enum Action {
    DISABLED("disabled"),
    REPLACED("replaced");

    private final String word;

    Action(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /**
   * A rule of an earlier layer that a pack took out of force.
   *
   * @param rule the id of the rule taken out
   * @param action disabled, or replaced
   * @param replacement the id of the rule that replaced it
   * @param pack the pack that did it
   * @param line where in the pack (the disable entry, or the {@code replaces} key)
   * @param column where in the pack
   * @param reason the {@code why} of a disable entry; for a replacement, the new rule's title
   */
  public record Removal(
      String rule,
      Action action,
      Optional<String> replacement,
      Path pack,
      int line,
      int column,
      String reason) {
    public Removal {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(replacement, "replacement");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The outcome of stacking the layers: the rules in force, the problems of the packs, and which
   * rules the packs took out of force.
   */
  public static final class Resolution {
    private final RuleSet rules;
    private final List<PackProblem> problems;
    private final List<Removal> overrides;
    private final Evaluations evaluations;

    private Resolution(
        RuleSet rules,
        List<PackProblem> problems,
        List<Removal> overrides,
        Evaluations evaluations) {
      this.rules = rules;
      this.problems = problems.stream().sorted(PackProblem.BY_POSITION).toList();
      this.overrides = List.copyOf(overrides);
      this.evaluations = evaluations;
    }

    /** The rules in force: built-in ones less those disabled or replaced, plus the packs'. */
    public RuleSet rules() {
      return rules;
    }

    /** Problems of the packs and of the model's {@code rules} entries, in file order. */
    public List<PackProblem> problems() {
      return problems;
    }

    public boolean hasProblems() {
      return !problems.isEmpty();
    }

    /** The rules that packs disabled or replaced, in the order it happened. */
    public List<Removal> overrides() {
      return overrides;
    }

    /**
     * Problems of pack rules whose expression failed while analysing {@code system} (after {@link
     * dev.bulwark.analysis.Engine#run} on it): one per rule, naming the first element it failed on.
     */
    public List<PackProblem> evaluationProblems(SystemView system) {
      return evaluations.failures(system);
    }
  }
}
