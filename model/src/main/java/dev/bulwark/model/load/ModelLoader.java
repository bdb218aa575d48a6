package dev.bulwark.model.load;

import dev.bulwark.model.Import;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.Zone;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseResult;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.validate.ModelValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads a model file with the sub-models it imports, composes them into one model and validates it.
 * Imports are resolved against the importing file; an absolute path, a path leaving the project
 * root (also through a symbolic link), a missing file and an import cycle are errors at the
 * import's line. An imported model's ids become {@code <import-id>/<element-id>}.
 */
public final class ModelLoader {
  private final LoadOptions options;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> files = new ArrayList<>();
  private final Set<String> unboundIds = new HashSet<>();
  private Path projectRoot = Path.of("");
  private Path realProjectRoot = Path.of("");

  private ModelLoader(LoadOptions options) {
    this.options = options;
  }

  /** Loads, composes and validates the model in {@code file}. */
  public static LoadResult load(Path file, LoadOptions options) {
    return new ModelLoader(options).run(file);
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

  private LoadResult run(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    projectRoot = projectRoot(file, options);
    realProjectRoot = realPath(projectRoot).orElse(projectRoot);
    SequencedSet<Path> chain = new LinkedHashSet<>();
    chain.add(absolute);
    Optional<Model> model = visit(absolute, file.toString(), chain, unboundIds);
    model.ifPresent(composed -> problems.addAll(ModelValidator.validate(composed, unboundIds)));
    return new LoadResult(model, problems, files);
  }

  /**
   * Reads one file and, depth first, what it imports; returns it composed with them. The ids of
   * elements dropped for their problems go to {@code unbound}, prefixed like the elements would
   * have been.
   */
  private Optional<Model> visit(
      Path file, String displayName, SequencedSet<Path> chain, Set<String> unbound) {
    files.add(displayName);
    Optional<byte[]> bytes = read(file, displayName);
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
    Map<String, String> placements = new LinkedHashMap<>();
    for (Import imported : model.imports()) {
      Set<String> subUnbound = new HashSet<>();
      Optional<Model> sub = resolve(imported, file, displayName, chain, subUnbound);
      if (sub.isPresent()) {
        String id = imported.id().orElse(sub.get().id());
        model = merge(model, Prefixer.prefix(sub.get(), id));
        subUnbound.forEach(unboundId -> unbound.add(id + "/" + unboundId));
        imported.zone().ifPresent(zone -> placements.put(id, zone));
      }
    }
    // Placed once everything is merged, so that a zone of another import can be named; a zone
    // that exists nowhere is reported once, at the import.
    for (Map.Entry<String, String> placement : placements.entrySet()) {
      Set<String> zones = model.zones().stream().map(Zone::id).collect(Collectors.toSet());
      if (zones.contains(placement.getValue())) {
        model = Prefixer.place(model, placement.getKey(), placement.getValue());
      }
    }
    return Optional.of(model);
  }

  private Optional<Model> resolve(
      Import imported,
      Path importer,
      String importerName,
      SequencedSet<Path> chain,
      Set<String> unbound) {
    Position at = imported.positions().of("model");
    String raw = imported.model();
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
    if (chain.contains(target)) {
      String cycle =
          Stream.concat(chain.stream().dropWhile(path -> !path.equals(target)), Stream.of(target))
              .map(path -> projectRoot.relativize(path).toString())
              .collect(Collectors.joining(" → "));
      return fail(
          ProblemType.IMPORT_CYCLE,
          at,
          "models import each other in a cycle: " + cycle,
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
    chain.addLast(target);
    try {
      return visit(target, displayName, chain, unbound);
    } finally {
      chain.removeLast();
    }
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
