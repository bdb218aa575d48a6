package dev.bulwark.lifecycle.git;

import java.util.Objects;

/**
 * The revision exists but has no file at the path: the model was added after it, or removed or
 * renamed before it. Not an error in itself: the gate takes it as "the model is new", the diff as
 * an empty version. An unknown revision is a plain {@link GitException}.
 */
public final class AbsentPathException extends GitException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String revision;
  private final String commit;

  /**
   * @param path the path in the repository, {@code /}-separated
   * @param revision the revision as the user named it
   * @param commit the abbreviated commit id it resolved to
   */
  public AbsentPathException(String path, String revision, String commit) {
    super(path + " does not exist at revision " + revision + " (" + commit + ")");
    this.path = Objects.requireNonNull(path, "path");
    this.revision = Objects.requireNonNull(revision, "revision");
    this.commit = Objects.requireNonNull(commit, "commit");
  }

  /** The path in the repository. */
  public String path() {
    return path;
  }

  /** The revision as the user named it. */
  public String revision() {
    return revision;
  }

  /** The abbreviated commit id the revision resolved to. */
  public String commit() {
    return commit;
  }
}
