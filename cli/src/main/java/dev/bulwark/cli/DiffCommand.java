package dev.bulwark.cli;

import dev.bulwark.lifecycle.diff.DiffFormat;
import dev.bulwark.lifecycle.diff.Differ;
import dev.bulwark.lifecycle.diff.ModelDiff;
import dev.bulwark.lifecycle.diff.Snapshot;
import dev.bulwark.lifecycle.git.AbsentPathException;
import dev.bulwark.lifecycle.git.Checkout;
import dev.bulwark.lifecycle.git.GitException;
import dev.bulwark.lifecycle.git.RevisionRange;
import dev.bulwark.lifecycle.git.Revisions;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark diff OLD NEW}, {@code bulwark diff --git A..B FILE}: the semantic diff. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two versions of a model: elements, flows, zones, data, triage and suppressions"
          + " added, removed or changed field by field, elements moved between zones, and the"
          + " threats that appeared, were resolved, or changed severity or status, with the risk"
          + " delta. Blind to ordering, formatting and comments.",
      "",
      "With --git, the versions are revisions of one file, read from the repository with their"
          + " imports (no git binary needed): A..B, A...B (since B forked from A), or A alone"
          + " (A against the working tree). Both versions are analysed with the same options. A"
          + " version without the file (a model added or deleted) is compared as an empty model.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:compared (whatever changed; `bulwark gate` judges changes)",
      "2:a version is invalid, or a rule pack or vector in it is",
      "3:the command line is wrong: arguments, unknown revision, a path at neither version, not"
          + " a repository",
      "4:a file could not be read or written"
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..2",
      paramLabel = "FILE",
      description = "OLD and NEW model files; with --git, the one model file.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--git",
      paramLabel = "REVS",
      description =
          "Compare revisions of FILE: A..B, A...B, or A (against the working tree), e.g."
              + " main..HEAD.")
  Optional<String> git;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text, markdown (a pull-request comment) or json (default: text).")
  DiffFormat format;

  @Option(
      names = "-o",
      paramLabel = "PATH",
      description = "Write the output to this file (atomically) instead of standard output.")
  Optional<Path> output;

  @Option(
      names = "--no-threats",
      description = "Compare the models only: no analysis, no threat changes (faster).")
  boolean noThreats;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    analysis.noKb = true; // a diff shows no catalogue entries; opening the store only costs time
    List<Version> versions;
    try {
      versions = versions();
    } catch (GitException e) {
      err.println("bulwark diff: " + e.getMessage());
      return ExitCode.USAGE;
    }
    try {
      versions.get(0).absent().ifPresent(why -> err.println(note(why, "added")));
      versions.get(1).absent().ifPresent(why -> err.println(note(why, "removed")));
      List<Side> sides = bothSides(versions);
      for (Side side : sides) {
        err.print(side.messages());
      }
      err.flush();
      for (Side side : sides) {
        if (side.exitCode() != ExitCode.OK) {
          return side.exitCode();
        }
      }
      ModelDiff diff = Differ.diff(snapshot(sides, 0), snapshot(sides, 1));
      String rendered = format.render(diff);
      if (output.isPresent()) {
        Outputs.writeAtomically(output.get(), rendered);
      } else {
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        out.flush();
      }
      return sides.stream().anyMatch(Side::broken) ? ExitCode.INVALID_MODEL : ExitCode.OK;
    } finally {
      versions.forEach(Version::close);
    }
  }

  /** "note: shop/bulwark.yaml does not exist at revision main (1a2b3c4): …". */
  private static String note(String why, String change) {
    return "note: " + why + ": compared with an empty model, everything is " + change;
  }

  /**
   * The snapshot of side {@code index}; a side whose file does not exist is the other side's model
   * emptied ({@link Snapshot#absent}).
   */
  private static Snapshot snapshot(List<Side> sides, int index) {
    Side side = sides.get(index);
    return side.snapshot() != null
        ? side.snapshot()
        : Snapshot.absent(side.label(), sides.get(1 - index).snapshot());
  }

  /** The two versions to compare, their git files written out where they come from revisions. */
  private List<Version> versions() {
    LoadOptions options = analysis.limits.loadOptions();
    if (git.isEmpty()) {
      if (files.size() != 2) {
        throw new ParameterException(
            spec.commandLine(), "Expected two model files, OLD and NEW (or --git REVS FILE)");
      }
      return List.of(Version.file(files.get(0), options), Version.file(files.get(1), options));
    }
    if (files.size() != 1) {
      throw new ParameterException(
          spec.commandLine(), "With --git, give one model file: bulwark diff --git A..B FILE");
    }
    Path file = files.getFirst();
    RevisionRange range = RevisionRange.parse(git.get());
    List<Version> versions = new ArrayList<>();
    try (Revisions revisions = Revisions.open(file)) {
      String path = revisions.pathInRepository(file);
      String root = revisions.projectRoot(path, options);
      String base = revisions.base(range);
      String before = range.mergeBase() ? base.substring(0, 12) : base;
      versions.add(Version.revision(revisions, before, path, root, options));
      versions.add(
          range.after().isPresent()
              ? Version.revision(revisions, range.after().get(), path, root, options)
              : Version.workingFile(file, options));
      if (versions.stream().allMatch(v -> v.absent().isPresent())) {
        throw new GitException(
            path
                + " exists at neither version: "
                + String.join("; ", versions.stream().map(v -> v.absent().get()).toList()));
      }
      return versions;
    } catch (RuntimeException e) {
      versions.forEach(Version::close);
      throw e;
    }
  }

  private Side side(Version version) {
    if (version.absent().isPresent()) {
      return new Side(version.label(), null, "", ExitCode.OK, false);
    }
    StringWriter messages = new StringWriter();
    PrintWriter err = new PrintWriter(messages);
    LoadResult loaded = version.relabel(ModelLoader.load(version.file(), version.options()));
    if (!loaded.valid()) {
      for (Problem problem : loaded.errors()) {
        err.println(
            problem.position() + ": error [" + problem.type().code() + "] " + problem.message());
      }
      err.println(version.label() + ": invalid model; nothing compared (see `bulwark validate`)");
      return Side.failed(version.label(), messages, ExitCode.INVALID_MODEL);
    }
    if (noThreats) {
      return new Side(
          version.label(),
          new Snapshot(version.label(), loaded.model().orElseThrow(), Optional.empty()),
          messages.toString(),
          ExitCode.OK,
          false);
    }
    try {
      Analysis run = Analysis.of(version.file(), loaded, version.projectRoot(), analysis, err);
      err.flush();
      return new Side(
          version.label(),
          new Snapshot(version.label(), run.model(), Optional.of(run.assessment())),
          messages.toString(),
          ExitCode.OK,
          run.broken());
    } catch (Analysis.Failed e) {
      return Side.failed(version.label(), messages, e.exitCode);
    }
  }

  /** Both versions loaded and analysed at once: on two cores a diff takes the time of one. */
  private List<Side> bothSides(List<Version> versions) throws InterruptedException {
    try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
      Future<Side> before = threads.submit(() -> side(versions.get(0)));
      Side after = side(versions.get(1));
      try {
        return List.of(before.get(), after);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /**
   * One side compared, or why it could not be; {@code snapshot} is null when the side failed or its
   * file does not exist.
   */
  private record Side(
      String label, Snapshot snapshot, String messages, int exitCode, boolean broken) {
    static Side failed(String label, StringWriter messages, int exitCode) {
      return new Side(label, null, messages.toString(), exitCode, true);
    }
  }

  /**
   * A version to load: a file as it is, or a file at a revision written to a temporary checkout;
   * or, with {@code absent} saying why, a version in which the file does not exist (a model the
   * change adds or removes), compared as an empty model.
   */
  private record Version(
      String label,
      Path file,
      LoadOptions options,
      Path projectRoot,
      Optional<Checkout> checkout,
      Optional<String> absent)
      implements AutoCloseable {
    static Version file(Path file, LoadOptions options) {
      return new Version(
          file.toString(),
          file,
          options,
          ModelLoader.projectRoot(file, options),
          Optional.empty(),
          Optional.empty());
    }

    /** The working tree's file, which the change may have deleted. */
    static Version workingFile(Path file, LoadOptions options) {
      if (Files.exists(file)) {
        return file(file, options);
      }
      return new Version(
          file + " (absent)",
          file,
          options,
          file.toAbsolutePath().getParent(),
          Optional.empty(),
          Optional.of(file + " does not exist in the working tree"));
    }

    static Version revision(
        Revisions revisions, String revision, String path, String root, LoadOptions options) {
      Checkout checkout;
      try {
        checkout = revisions.checkout(revision, root, path, Revisions.Limits.DEFAULTS);
      } catch (AbsentPathException e) {
        return new Version(
            revision + ":" + path + " (absent)",
            Path.of(path),
            options,
            Path.of(root),
            Optional.empty(),
            Optional.of(e.getMessage()));
      }
      Path projectRoot = checkout.file(root);
      return new Version(
          checkout.label(path),
          checkout.file(path),
          options.withProjectRoot(projectRoot),
          projectRoot,
          Optional.of(checkout),
          Optional.empty());
    }

    LoadResult relabel(LoadResult loaded) {
      return checkout.map(c -> Revisions.relabel(loaded, c)).orElse(loaded);
    }

    @Override
    public void close() {
      try {
        checkout.ifPresent(Checkout::close);
      } catch (UncheckedIOException e) {
        // a temporary folder left behind is not worth failing the diff for
      }
    }
  }
}
