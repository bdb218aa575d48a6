package dev.bulwark.risk.fair;

import java.util.List;
import java.util.stream.Collectors;

/**
 * FAIR inputs or settings that cannot be simulated. It carries every problem found, not only the
 * first, each with the subject it is about.
 */
public final class FairException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param subject what it is about: a {@link Factor#key()}, a setting such as {@code iterations},
   *     or empty when the caller knows (a distribution being built does not know its factor)
   * @param message what is wrong and what is allowed
   */
  public record Problem(String subject, String message) {
    @Override
    public String toString() {
      return subject.isEmpty() ? message : subject + ": " + message;
    }
  }

  private final List<Problem> problems;

  /** An exception for these problems; there must be at least one. */
  public FairException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a FairException needs a problem");
    }
    this.problems = List.copyOf(problems);
  }

  static FairException of(String subject, String message) {
    return new FairException(List.of(new Problem(subject, message)));
  }

  /** Every problem, in the order found. */
  public List<Problem> problems() {
    return problems;
  }
}
