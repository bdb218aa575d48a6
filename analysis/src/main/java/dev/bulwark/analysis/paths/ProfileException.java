package dev.bulwark.analysis.paths;

import java.util.List;

/** A profiles file that cannot be used: every problem found, each with file:line:col. */
public final class ProfileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  ProfileException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code file:line:col: what is wrong; what is allowed}, in file order. */
  public List<String> problems() {
    return problems;
  }
}
