package dev.bulwark.lifecycle.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a policy's checks over one model. Pure: the same policy, input and extensions give the same
 * result, checks in the policy's fixed order.
 */
public final class Gate {
  private Gate() {}

  /** The verdict on a model that loaded and was assessed. */
  public static GateResult run(Policy policy, GateInput input, GateExtensions extensions) {
    List<CheckResult> results = new ArrayList<>();
    for (Check check : policy.checks(extensions)) {
      results.add(check.run(input));
    }
    return new GateResult(
        input.model().id(),
        input.file().toString(),
        policy.source(),
        input.base().map(Baseline::label),
        results,
        input.broken());
  }

  /**
   * The verdict on a model that could not be analysed: {@code model-errors} fails with the errors,
   * and every other check is skipped, since nothing can be said about a model that is not there.
   */
  public static GateResult rejected(
      Policy policy, String file, List<GateFinding> errors, Optional<String> base) {
    List<CheckResult> results = new ArrayList<>();
    for (Check check : policy.checks(GateExtensions.NONE)) {
      results.add(
          check instanceof ModelErrors modelErrors
              ? modelErrors.rejected(errors)
              : CheckResult.skipped(check, "not judged: the model could not be analysed"));
    }
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    return new GateResult(name, file, policy.source(), base, results, true);
  }
}
