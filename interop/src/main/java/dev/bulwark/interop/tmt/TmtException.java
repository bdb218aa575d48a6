package dev.bulwark.interop.tmt;

import dev.bulwark.model.problem.Problem;

/** A file that cannot be read at all; carries the one problem that says where and why. */
final class TmtException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  TmtException(Problem problem) {
    super(problem.toString(), null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
