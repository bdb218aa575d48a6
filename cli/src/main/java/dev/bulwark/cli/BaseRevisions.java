package dev.bulwark.cli;

import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import java.nio.file.Path;

/**
 * Reads the model file as it was at a git revision, for {@code gate --base REV}: the contract of
 * the JGit reader {@code lifecycle.git.Revisions.load(repository, revision, model, options)}, wired
 * at {@link GateCommand#REVISIONS}; a seam so that tests can stand in for it.
 */
@FunctionalInterface
interface BaseRevisions {
  /**
   * The model at {@code revision}, with its imports from the same revision.
   *
   * @param repository the root of the working tree (the folder that holds {@code .git})
   * @param model the model file, an absolute path in the working tree
   * @return the load result, valid or not
   * @throws dev.bulwark.lifecycle.git.AbsentPathException when the revision exists but has no such
   *     file: the model is new, and every open threat counts as new
   * @throws RuntimeException the reader's own, when the repository or the revision cannot be read:
   *     the command shows its message and exits with 4
   */
  LoadResult load(Path repository, String revision, Path model, LoadOptions options);

  /** A revision that cannot be read: no repository, an unknown revision, an unreadable one. */
  final class RevisionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RevisionException(String message) {
      super(message);
    }
  }
}
