package dev.bulwark.lifecycle.git;

/**
 * A repository, revision or path that cannot be used: not a repository, an unknown revision, a path
 * missing at a revision, a revision too large to read. The message says which and what to do.
 */
public final class GitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }

  public GitException(String message, Throwable cause) {
    super(message, cause);
  }
}
