package dev.bulwark.model.load;

import dev.bulwark.model.Import;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.Zone;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseResult;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.problem.Suggestions;
import dev.bulwark.model.template.Template;
import dev.bulwark.model.template.TemplateReader;
import dev.bulwark.model.template.TemplateSource;
import dev.bulwark.model.template.Templates;
import dev.bulwark.model.validate.ModelValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads a model file with the sub-models and templates it imports, composes them into one model and
 * validates it. Imports are resolved against the importing file; an absolute path, a path leaving
 * the project root (also through a symbolic link), a missing file and an import cycle are errors at
 * the import's line. Templates are found by name ({@link Templates}) and expanded with the import's
 * parameters. An imported model's ids become {@code <import-id>/<element-id>}.
 */
public final class ModelLoader {
  private final LoadOptions options;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> files = new ArrayList<>();
  private final Set<String> unboundIds = new HashSet<>();
  private final Map<String, TemplateReader.Result> templatesRead = new HashMap<>();
  private final List<Moves> moves = new ArrayList<>();
  private Templates templates = Templates.shipped();
  private Path projectRoot = Path.of("");
  private Path realProjectRoot = Path.of("");

  /** Text to read for the root file instead of its content on disk: an edit being checked. */
  private Optional<byte[]> rootText = Optional.empty();

  /**
   * Where a template instance's values came from, kept to move the problems validation finds at
   * those places to the import that gave the values.
   *
   * @param prefix the instance's ids' prefix in the composed model, e.g. {@code shop/web/}
   */
  private record Moves(String prefix, Template.Instance instance) {}

  /** The files and templates being imported, outermost first: key → how messages name it. */
  private static final class Chain {
    private final SequencedMap<String, String> entries = new LinkedHashMap<>();

    boolean contains(String key) {
      return entries.containsKey(key);
    }

    /** "a.yaml → template b → a.yaml", from {@code key}'s first entry. */
    String cycle(String key, String label) {
      return Stream.concat(
              entries.sequencedEntrySet().stream()
                  .dropWhile(entry -> !entry.getKey().equals(key))
                  .map(Map.Entry::getValue),
              Stream.of(label))
          .collect(Collectors.joining(" → "));
    }

    void push(String key, String label) {
      entries.putLast(key, label);
    }

    void pop() {
      entries.pollLastEntry();
    }
  }

  private ModelLoader(LoadOptions options) {
    this.options = options;
  }

  /** Loads, composes and validates the model in {@code file}. */
  public static LoadResult load(Path file, LoadOptions options) {
    return new ModelLoader(options).run(file);
  }

  /**
   * Loads the model as if {@code file} held {@code text}: an edit of the file is checked, with its
   * imports and project, before it is written.
   */
  public static LoadResult load(Path file, byte[] text, LoadOptions options) {
    ModelLoader loader = new ModelLoader(options);
    loader.rootText = Optional.of(text.clone());
    return loader.run(file);
  }

  /**
   * Loads a template file on its own, expanded with its parameters' defaults (or the first allowed
   * values), with the templates it imports, and validates it: how a template's author checks it.
   * Its ids are not prefixed; a parameter without a default is an error.
   */
  public static LoadResult loadTemplate(Path file, LoadOptions options) {
    return new ModelLoader(options).runTemplate(file);
  }

  /** Loads with the default limits and project root. */
  public static LoadResult load(Path file) {
    return load(file, LoadOptions.DEFAULTS);
  }

  /**
   * The project root a model is loaded against: {@code options}' root, else the nearest folder at
   * or above the model's that holds {@code .git}, else the model's folder. Paths a model names
   * (imports, rule packs) must stay inside it.
   */
  public static Path projectRoot(Path file, LoadOptions options) {
    return options
        .projectRoot()
        .map(root -> root.toAbsolutePath().normalize())
        .orElseGet(() -> discoverRoot(file.toAbsolutePath().normalize()));
  }

  /**
   * The templates a model in {@code file} can import: its project's {@code .bulwark/templates/},
   * then {@code options}' folders, then the shipped ones.
   */
  public static Templates templates(Path file, LoadOptions options) {
    Path root = projectRoot(file, options);
    Path folder = file.toAbsolutePath().normalize().getParent();
    Path shown = file.getParent() == null ? Path.of("") : file.getParent();
    // named like the model file is, relative when it was given relative
    Path project =
        (folder.startsWith(root) ? shown.resolve(folder.relativize(root)) : root)
            .resolve(Templates.PROJECT_FOLDER)
            .normalize();
    List<Path> folders = new ArrayList<>();
    folders.add(project);
    folders.addAll(options.templates());
    return Templates.of(folders);
  }

  private LoadResult run(Path file) {
    Path absolute = start(file);
    Chain chain = new Chain();
    chain.push(absolute.toString(), label(absolute));
    return validated(visit(absolute, file.toString(), chain, unboundIds, Optional.empty(), ""));
  }

  private LoadResult runTemplate(Path file) {
    Path absolute = start(file);
    String display = file.toString();
    files.add(display);
    Optional<Model> model = Optional.empty();
    Optional<byte[]> bytes = read(absolute, display);
    if (bytes.isPresent()) {
      TemplateReader.Result read =
          TemplateReader.read(display, bytes.get(), options.limits(), Optional.empty());
      problems.addAll(read.problems());
      model = read.template().flatMap(template -> expandAlone(template, absolute, display));
    }
    return validated(model);
  }

  /** Settles the project root and the templates for a model in {@code file}; its absolute path. */
  private Path start(Path file) {
    projectRoot = projectRoot(file, options);
    realProjectRoot = realPath(projectRoot).orElse(projectRoot);
    templates = templates(file, options);
    return file.toAbsolutePath().normalize();
  }

  /** The composed model validated, with every problem found on the way. */
  private LoadResult validated(Optional<Model> model) {
    model.ifPresent(composed ->
        ModelValidator.validate(composed, unboundIds).stream()
            .filter(
                p -> moves.stream().noneMatch(m -> m.instance().silenced().contains(p.position())))
            .forEach(p -> problems.add(moved(p))));
    // a template used twice reports a problem of its own text twice, identically
    List<Problem> distinct = List.copyOf(new LinkedHashSet<>(problems));
    return new LoadResult(model, distinct, files);
  }

  /** A template with its defaults, composed with what it imports, its ids unprefixed. */
  private Optional<Model> expandAlone(Template template, Path absolute, String display) {
    Template.Instance instance =
        template.instantiate(
            Map.of(), parameter -> Position.startOf(display), Position.startOf(display));
    problems.addAll(instance.problems());
    unboundIds.addAll(instance.parsed().unboundIds());
    if (instance.model().isEmpty()) {
      return Optional.empty();
    }
    moves.add(new Moves("", instance));
    Chain chain = new Chain();
    chain.push("template:" + template.name(), "template " + template.name());
    return Optional.of(
        compose(instance.model().get(), Optional.of(absolute), display, chain, unboundIds, ""));
  }

  /**
   * A problem validation found where a template used an import's value, moved to that value. When
   * two instances of a template share the place, the one whose ids the message names is meant.
   */
  private Problem moved(Problem problem) {
    List<Moves> candidates =
        moves.stream().filter(m -> m.instance().moves().containsKey(problem.position())).toList();
    if (candidates.size() > 1) {
      candidates =
          candidates.stream()
              .filter(m -> problem.message().contains("'" + m.prefix()))
              .sorted(Comparator.comparingInt((Moves m) -> m.prefix().length()).reversed())
              .limit(1)
              .toList();
    }
    return candidates.size() == 1 ? candidates.getFirst().instance().moved(problem) : problem;
  }

  /**
   * Reads one file and, depth first, what it imports; returns it composed with them. The ids of
   * elements dropped for their problems go to {@code unbound}, prefixed like the elements would
   * have been.
   *
   * @param via the import that leads here; empty for the root file
   * @param outer the prefix of the importing model's ids in the composed model
   */
  private Optional<Model> visit(
      Path file,
      String displayName,
      Chain chain,
      Set<String> unbound,
      Optional<Import> via,
      String outer) {
    files.add(displayName);
    Optional<byte[]> bytes =
        via.isEmpty() && rootText.isPresent() ? rootText : read(file, displayName);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    ParseResult parsed = ModelParser.parse(displayName, bytes.get(), options.limits());
    problems.addAll(parsed.problems());
    unbound.addAll(parsed.unboundIds());
    if (parsed.model().isEmpty()) {
      return Optional.empty();
    }
    Model model = parsed.model().get();
    String prefix = via.map(i -> outer + i.id().orElse(model.id()) + "/").orElse("");
    return Optional.of(compose(model, Optional.of(file), displayName, chain, unbound, prefix));
  }

  /**
   * The model with what it imports merged in.
   *
   * @param file the model's file, against which model imports resolve; empty for a template, which
   *     may import only templates
   * @param prefix the prefix of the model's ids in the composed model
   */
  private Model compose(
      Model model,
      Optional<Path> file,
      String displayName,
      Chain chain,
      Set<String> unbound,
      String prefix) {
    Map<String, Position> prefixes = new HashMap<>();
    Map<String, String> placements = new LinkedHashMap<>();
    for (Import imported : model.imports()) {
      Set<String> subUnbound = new HashSet<>();
      Optional<Model> sub = importOf(imported, file, displayName, chain, subUnbound, prefix);
      if (sub.isEmpty()) {
        continue;
      }
      String id = imported.id().orElse(sub.get().id());
      Position first = prefixes.putIfAbsent(id, imported.position());
      if (first != null) {
        problems.add(
            new Problem(
                ProblemType.DUPLICATE_ID,
                imported.positions().of("id"),
                "the import's ids would start with '"
                    + id
                    + "/', like those of the import at "
                    + first,
                "give each import its own 'id:'"));
        // its elements are left out; references to them are not reported again
        sub.get().elements().forEach(element -> unbound.add(id + "/" + element.id()));
        continue;
      }
      model = merge(model, Prefixer.prefix(sub.get(), id));
      subUnbound.forEach(unboundId -> unbound.add(id + "/" + unboundId));
      imported.zone().ifPresent(zone -> placements.put(id, zone));
    }
    // Placed once everything is merged, so that a zone of another import can be named; a zone
    // that exists nowhere is reported once, at the import.
    for (Map.Entry<String, String> placement : placements.entrySet()) {
      Set<String> zones = model.zones().stream().map(Zone::id).collect(Collectors.toSet());
      if (zones.contains(placement.getValue())) {
        model = Prefixer.place(model, placement.getKey(), placement.getValue());
      }
    }
    return model;
  }

  /** The model an import brings, not yet prefixed; empty when it cannot be used. */
  private Optional<Model> importOf(
      Import imported,
      Optional<Path> importer,
      String importerName,
      Chain chain,
      Set<String> unbound,
      String outer) {
    if (imported.model().isPresent() && imported.template().isPresent()) {
      return fail(
          ProblemType.AMBIGUOUS_IMPORT,
          imported.position(),
          "the import names both a model file ('"
              + imported.model().get()
              + "') and a template ('"
              + imported.template().get()
              + "')",
          "write one import for each");
    }
    if (imported.template().isPresent()) {
      return expand(imported, chain, unbound, outer);
    }
    if (imported.model().isEmpty()) {
      return fail(
          ProblemType.MISSING_FIELD,
          imported.position(),
          "the import names neither a model file nor a template",
          "write 'model: path/to/bulwark.yaml' for a sub-model, or 'template: NAME' for a"
              + " template (bulwark templates lists them)");
    }
    if (importer.isEmpty()) {
      return fail(
          ProblemType.INVALID_TEMPLATE,
          imported.positions().of("model"),
          "a template can import only templates, not the model file '"
              + imported.model().get()
              + "'",
          "make the sub-model a template too, or import it from the model that uses this one");
    }
    if (!imported.with().isEmpty()) {
      problems.add(
          new Problem(
              ProblemType.TEMPLATE_PARAMETER,
              imported.positions().of("with"),
              "'with' gives values to a template's parameters; the model file '"
                  + imported.model().get()
                  + "' takes none",
              "remove 'with', or import a template with 'template: NAME'"));
    }
    return resolve(imported, importer.get(), importerName, chain, unbound, outer);
  }

  /** A template import: the template found, read once, and expanded with the import's values. */
  private Optional<Model> expand(Import imported, Chain chain, Set<String> unbound, String outer) {
    String name = imported.template().orElseThrow();
    Position at = imported.positions().of("template");
    if (!Templates.NAME.matcher(name).matches()) {
      return fail(
          ProblemType.UNKNOWN_TEMPLATE,
          at,
          "'" + name + "' is not a template name",
          Templates.NAME_RULE
              + "; templates are found by name in the project's .bulwark/templates/, the"
              + " organisation's folders and Bulwark's own");
    }
    Optional<TemplateSource> source = templates.find(name);
    if (source.isEmpty()) {
      return fail(
          ProblemType.UNKNOWN_TEMPLATE,
          at,
          "there is no template named '" + name + "'",
          Suggestions.hint(name, templates.names()) + "; bulwark templates lists them");
    }
    String key = "template:" + name;
    if (chain.contains(key)) {
      return fail(
          ProblemType.IMPORT_CYCLE,
          at,
          "templates import each other in a cycle: " + chain.cycle(key, "template " + name),
          "a template cannot import itself, directly or through others");
    }
    if (files.size() >= options.limits().maxFiles()) {
      return fail(
          ProblemType.TOO_MANY_FILES,
          at,
          "imports pull in more than " + options.limits().maxFiles() + " files (file limit)",
          "raise it with --max-files");
    }
    files.add(source.get().file());
    TemplateReader.Result read =
        templatesRead.computeIfAbsent(
            name,
            unused -> {
              TemplateReader.Result result = Templates.read(source.get(), options.limits());
              problems.addAll(result.problems());
              return result;
            });
    if (read.template().isEmpty()) {
      return Optional.empty();
    }
    Template template = read.template().get();
    Template.Instance instance =
        template.instantiate(
            imported.with(), parameter -> imported.positions().of("with[" + parameter + "]"), at);
    problems.addAll(instance.problems());
    unbound.addAll(instance.parsed().unboundIds());
    if (instance.model().isEmpty()) {
      return Optional.empty();
    }
    Model model = instance.model().get();
    String prefix = outer + imported.id().orElse(model.id()) + "/";
    moves.add(new Moves(prefix, instance));
    chain.push(key, "template " + name);
    try {
      return Optional.of(compose(model, Optional.empty(), template.file(), chain, unbound, prefix));
    } finally {
      chain.pop();
    }
  }

  private Optional<Model> resolve(
      Import imported,
      Path importer,
      String importerName,
      Chain chain,
      Set<String> unbound,
      String outer) {
    Position at = imported.positions().of("model");
    String raw = imported.model().orElseThrow();
    Path relative;
    try {
      relative = Path.of(raw);
    } catch (InvalidPathException e) {
      return fail(
          ProblemType.IMPORT_MISSING,
          at,
          "import '" + raw + "' is not a valid path",
          e.getReason());
    }
    if (relative.isAbsolute()
        || raw.startsWith("/")
        || raw.startsWith("\\")
        || raw.matches("^[A-Za-z]:.*")) {
      return fail(
          ProblemType.IMPORT_ABSOLUTE_PATH,
          at,
          "import '" + raw + "' is an absolute path",
          "write the path relative to "
              + importerName
              + ", so that the model works on every checkout");
    }
    Path target = importer.getParent().resolve(relative).normalize();
    if (!target.startsWith(projectRoot)) {
      return fail(
          ProblemType.IMPORT_OUTSIDE_PROJECT,
          at,
          "import '" + raw + "' leads outside the project root " + projectRoot,
          "keep imported models inside the project, or set the root with --project-root");
    }
    if (!Files.isRegularFile(target)) {
      return fail(
          ProblemType.IMPORT_MISSING,
          at,
          "import '" + raw + "' names no file (looked for " + projectRoot.relativize(target) + ")",
          "check the path; it is relative to " + importerName);
    }
    Optional<Path> real = realPath(target);
    if (real.isPresent() && !real.get().startsWith(realProjectRoot)) {
      return fail(
          ProblemType.IMPORT_OUTSIDE_PROJECT,
          at,
          "import '" + raw + "' is a symbolic link to " + real.get() + ", outside the project root",
          "keep imported models inside the project");
    }
    if (chain.contains(target.toString())) {
      return fail(
          ProblemType.IMPORT_CYCLE,
          at,
          "models import each other in a cycle: " + chain.cycle(target.toString(), label(target)),
          "a model cannot import itself, directly or through others");
    }
    if (files.size() >= options.limits().maxFiles()) {
      return fail(
          ProblemType.TOO_MANY_FILES,
          at,
          "imports pull in more than " + options.limits().maxFiles() + " files (file limit)",
          "raise it with --max-files");
    }
    Path parentName = Path.of(importerName).getParent();
    String displayName =
        (parentName == null ? relative : parentName.resolve(relative)).normalize().toString();
    chain.push(target.toString(), label(target));
    try {
      return visit(target, displayName, chain, unbound, Optional.of(imported), outer);
    } finally {
      chain.pop();
    }
  }

  /** How a cycle message names a model file: relative to the project root. */
  private String label(Path file) {
    return projectRoot.relativize(file).toString();
  }

  private Optional<byte[]> read(Path file, String displayName) {
    try {
      long size = Files.size(file);
      if (size > options.limits().maxFileBytes()) {
        problems.add(
            new Problem(
                ProblemType.FILE_TOO_LARGE,
                Position.startOf(displayName),
                "the file has "
                    + size
                    + " bytes, more than the limit of "
                    + options.limits().maxFileBytes(),
                "raise it with --max-file-size, or split the model with imports"));
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return fail(
          ProblemType.FILE_UNREADABLE,
          Position.startOf(displayName),
          "no such file",
          "check the path");
    } catch (IOException e) {
      String reason =
          Files.isDirectory(file) ? "it is a folder, not a file" : String.valueOf(e.getMessage());
      return fail(
          ProblemType.FILE_UNREADABLE,
          Position.startOf(displayName),
          "cannot read the file: " + reason,
          "check the path and its permissions");
    }
  }

  private <T> Optional<T> fail(ProblemType type, Position at, String message, String hint) {
    problems.add(new Problem(type, at, message, hint));
    return Optional.empty();
  }

  /** The importing model with the (prefixed) imported one's parts appended. */
  private static Model merge(Model into, Model sub) {
    return new Model(
        into.formatVersion(),
        into.id(),
        into.title(),
        into.description(),
        into.owner(),
        into.business(),
        concat(into.imports(), sub.imports()),
        concat(into.zones(), sub.zones()),
        concat(into.actors(), sub.actors()),
        concat(into.components(), sub.components()),
        concat(into.data(), sub.data()),
        concat(into.flows(), sub.flows()),
        concat(into.threats(), sub.threats()),
        concat(into.mitigations(), sub.mitigations()),
        concat(into.triage(), sub.triage()),
        into.rules(), // a sub-model's own packs apply when it is analysed alone
        concat(into.suppressions(), sub.suppressions()),
        concat(into.scenarios(), sub.scenarios()),
        into.sources(), // paths relative to the importing model; a sub-model names its own
        into.reviewed(),
        into.positions());
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    return second.isEmpty() ? first : Stream.concat(first.stream(), second.stream()).toList();
  }

  /** The nearest folder at or above the model's that holds .git, else the model's folder. */
  private static Path discoverRoot(Path file) {
    Path folder = file.getParent();
    for (Path candidate = folder; candidate != null; candidate = candidate.getParent()) {
      if (Files.exists(candidate.resolve(".git"))) {
        return candidate;
      }
    }
    return folder;
  }

  private static Optional<Path> realPath(Path path) {
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
