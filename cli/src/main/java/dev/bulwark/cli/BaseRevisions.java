package dev.bulwark.cli;

import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the model file as it was at a git revision, for {@code gate --base REV}. This build has no
 * git reader ({@link #UNAVAILABLE}): the JGit reader of the diff work plugs in at {@link
 * GateCommand#REVISIONS}, one line.
 */
@FunctionalInterface
interface BaseRevisions {
  /**
   * The model at {@code revision}.
   *
   * @param repository the root of the working tree (the folder that holds {@code .git})
   * @param modelPath the model file relative to it, with forward slashes
   * @return the load result, valid or not; empty when the file did not exist at that revision
   * @throws RevisionException when the repository or the revision cannot be read
   */
  Optional<LoadResult> load(
      Path repository, String revision, String modelPath, LoadOptions options);

  /** This build: no git reader. */
  BaseRevisions UNAVAILABLE =
      (repository, revision, modelPath, options) -> {
        throw new RevisionException(
            true,
            "--base "
                + revision
                + " is not a file, and reading the model at a git revision is not available in"
                + " this build yet; give the base as a file (for example: git show "
                + revision
                + ":"
                + modelPath
                + " > base.yaml)");
      };

  /** A revision that cannot be read; {@code unsupported} when this build cannot read any. */
  final class RevisionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean unsupported;

    RevisionException(boolean unsupported, String message) {
      super(message);
      this.unsupported = unsupported;
    }
  }
}
