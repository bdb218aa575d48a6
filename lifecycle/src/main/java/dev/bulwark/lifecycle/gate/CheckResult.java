package dev.bulwark.lifecycle.gate;

import java.util.List;
import java.util.Objects;

/**
 * A check's verdict.
 *
 * @param summary one line: what was found ("3 open threats are high or worse") or why the check was
 *     skipped
 * @param findings where, in a stable order; empty for a pass or a skip
 */
public record CheckResult(
    String id, String description, Outcome outcome, String summary, List<GateFinding> findings) {
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(summary, "summary");
    findings = List.copyOf(findings);
    if (outcome != Outcome.FAILED && !findings.isEmpty()) {
      throw new IllegalArgumentException("only a failed check has findings: " + id);
    }
  }

  /** A pass of {@code check}. */
  static CheckResult passed(Check check, String summary) {
    return new CheckResult(check.id(), check.description(), Outcome.PASSED, summary, List.of());
  }

  /** A failure of {@code check}; the findings are sorted by position. */
  static CheckResult failed(Check check, String summary, List<GateFinding> findings) {
    List<GateFinding> sorted = findings.stream().sorted(GateFinding.BY_POSITION).toList();
    return new CheckResult(check.id(), check.description(), Outcome.FAILED, summary, sorted);
  }

  /** {@code check} not judged, and why. */
  static CheckResult skipped(Check check, String why) {
    return new CheckResult(check.id(), check.description(), Outcome.SKIPPED, why, List.of());
  }

  /** Whether the check failed. */
  public boolean failed() {
    return outcome == Outcome.FAILED;
  }
}
