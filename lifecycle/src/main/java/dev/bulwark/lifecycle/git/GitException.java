package dev.bulwark.lifecycle.git;

/**
 * A repository, revision or path that cannot be used: not a repository, an unknown revision, a
 * revision too large to read. The message says which and what to do. A path that the revision
 * simply does not have is the {@link AbsentPathException} subtype, since callers often have an
 * answer for it (a model added or removed by the change).
 */
public sealed class GitException extends RuntimeException permits AbsentPathException {
  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }

  public GitException(String message, Throwable cause) {
    super(message, cause);
  }
}
