package dev.bulwark.cli;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.lifecycle.gate.Baseline;
import dev.bulwark.lifecycle.git.AbsentPathException;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The base of {@code gate --base}: a file when the argument names one, otherwise a git revision of
 * the model file. The base is assessed with the same rules, matrix and date as the model, so that a
 * threat is new only because the model changed. A revision without the model file (a change that
 * adds the model) is {@link Baseline.Absent}: every open threat is new.
 */
final class GateBase {
  private GateBase() {}

  static Baseline resolve(
      String base,
      Path modelFile,
      LoadOptions options,
      BaseRevisions revisions,
      RuleSet rules,
      RiskMatrix matrix,
      LocalDate date) {
    LoadResult loaded;
    Optional<Path> file = asFile(base);
    if (file.isPresent()) {
      loaded = ModelFiles.load(file.get(), options);
    } else {
      Path absolute = modelFile.toAbsolutePath().normalize();
      Path repository =
          repository(absolute)
              .orElseThrow(() ->
                  new BaseRevisions.RevisionException(
                      "--base "
                          + base
                          + ": no such file, and "
                          + modelFile
                          + " is not in a git repository"));
      try {
        loaded = atRevision(revisions, repository, base, absolute, options);
      } catch (AbsentPathException e) {
        return new Baseline.Absent(base, e.getMessage());
      }
    }
    if (!loaded.valid()) {
      return new Baseline.Unknown(
          base,
          "is an invalid model ("
              + loaded.errors().size()
              + (loaded.errors().size() == 1 ? " error" : " errors")
              + "); new threats cannot be told apart");
    }
    return new Baseline.Known(
        base,
        new Assessor(rules, matrix, date)
            .assess(loaded.model().orElseThrow()).threats().stream()
                .map(AssessedThreat::fingerprint)
                .collect(Collectors.toSet()));
  }

  /**
   * The git reader's result. A file the revision lacks is passed on: the model is new. Its other
   * exceptions (an unknown revision, an unreadable repository) become one that the command shows,
   * since they come from outside Bulwark's model code.
   */
  private static LoadResult atRevision(
      BaseRevisions revisions, Path repository, String base, Path model, LoadOptions options) {
    try {
      return revisions.load(repository, base, model, options);
    } catch (BaseRevisions.RevisionException | AbsentPathException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BaseRevisions.RevisionException(
          "--base " + base + ": cannot read the model at that revision: " + e.getMessage());
    }
  }

  private static Optional<Path> asFile(String base) {
    try {
      Path path = Path.of(base);
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** The nearest folder upwards that holds {@code .git} (a folder, or a file in a worktree). */
  static Optional<Path> repository(Path file) {
    for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }
}
