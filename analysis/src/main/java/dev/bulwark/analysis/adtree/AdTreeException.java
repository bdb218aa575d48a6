package dev.bulwark.analysis.adtree;

import java.util.List;

/**
 * A tree that cannot be built or a tree file that cannot be read. Each problem is one line that
 * says what is wrong and where: the node's id, and {@code file:line:col} when read from a file.
 */
public final class AdTreeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public AdTreeException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public AdTreeException(String problem) {
    this(List.of(problem));
  }

  /** Every problem found, one per line, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
