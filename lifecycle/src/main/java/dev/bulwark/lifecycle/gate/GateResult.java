package dev.bulwark.lifecycle.gate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gate concluded about one model: every check of the policy with its verdict.
 *
 * @param model the model's id, or its file name when it could not be read
 * @param file the model file as the user named it
 * @param policy where the policy came from: its file, or {@link Policy#DEFAULT_SOURCE}
 * @param base how the base was named, when there was one
 * @param invalid the model could not be analysed: the verdict is {@link Verdict#INVALID} whatever
 *     the other checks say
 */
public record GateResult(
    String model,
    String file,
    String policy,
    Optional<String> base,
    List<CheckResult> checks,
    boolean invalid) {

  /** The gate's answer, which the command turns into its exit code. */
  public enum Verdict {
    /** Every check passed or was skipped: exit 0. */
    PASSED,
    /** A check failed: exit 1. */
    VIOLATED,
    /** The model is invalid or could not be analysed: exit 2. */
    INVALID
  }

  public GateResult {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(base, "base");
    checks = List.copyOf(checks);
  }

  public Verdict verdict() {
    if (invalid) {
      return Verdict.INVALID;
    }
    return checks.stream().anyMatch(CheckResult::failed) ? Verdict.VIOLATED : Verdict.PASSED;
  }

  /** The checks with this outcome, in the policy's order. */
  public List<CheckResult> withOutcome(Outcome outcome) {
    return checks.stream().filter(c -> c.outcome() == outcome).toList();
  }
}
