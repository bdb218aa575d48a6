package dev.bulwark.cli;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.lifecycle.gate.Baseline;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The base of {@code gate --base}: a file when the argument names one, otherwise a git revision of
 * the model file. The base is assessed with the same rules, matrix and date as the model, so that a
 * threat is new only because the model changed.
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
    Optional<LoadResult> loaded;
    Optional<Path> file = asFile(base);
    if (file.isPresent()) {
      loaded = Optional.of(ModelLoader.load(file.get(), options));
    } else {
      Path absolute = modelFile.toAbsolutePath().normalize();
      Path repository =
          repository(absolute)
              .orElseThrow(() ->
                  new BaseRevisions.RevisionException(
                      false,
                      "--base "
                          + base
                          + ": no such file, and "
                          + modelFile
                          + " is not in a git repository"));
      String path = repository.relativize(absolute).toString().replace('\\', '/');
      loaded = revisions.load(repository, base, path, options);
    }
    if (loaded.isEmpty()) {
      return new Baseline.Known(base, Set.of()); // the model did not exist then
    }
    LoadResult result = loaded.get();
    if (!result.valid()) {
      return new Baseline.Unknown(
          base,
          "is an invalid model ("
              + result.errors().size()
              + (result.errors().size() == 1 ? " error" : " errors")
              + "); new threats cannot be told apart");
    }
    return new Baseline.Known(
        base,
        new Assessor(rules, matrix, date)
            .assess(result.model().orElseThrow()).threats().stream()
                .map(AssessedThreat::fingerprint)
                .collect(Collectors.toSet()));
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
