package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.problem.Level;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.risk.Notice;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code model-errors}: the model must be valid and fully analysed: no validation error, no rule
 * that failed while running, no notice that is an error (an unreadable CVSS vector). It always
 * runs. An error here is not a policy violation but a broken input: the gate exits with 2. With
 * {@code warnings: true}, validation warnings fail the check too, as a policy violation.
 */
public record ModelErrors(boolean warnings) implements Check {
  public static final String ID = "model-errors";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return warnings
        ? "The model is valid, fully analysed, and has no validation warning."
        : "The model is valid and fully analysed.";
  }

  @Override
  public CheckResult run(GateInput input) {
    List<GateFinding> findings = new ArrayList<>();
    int warningCount = 0;
    for (Problem problem : input.problems()) {
      if (problem.isError() || warnings) {
        findings.add(finding(problem));
      }
      warningCount += problem.isError() ? 0 : 1;
    }
    findings.addAll(input.ruleFailures());
    for (Notice notice : input.assessment().notices()) {
      if (notice.level() == Level.ERROR) {
        findings.add(
            new GateFinding(
                notice.position(),
                "error [" + notice.code() + "] " + notice.message(),
                notice.code() + ":" + notice.message()));
      }
    }
    if (findings.isEmpty()) {
      String ignored =
          warningCount == 0
              ? ""
              : " (" + Counting.of(warningCount, "warning", "warnings") + ", not counted)";
      return CheckResult.passed(this, "the model is valid" + ignored);
    }
    return CheckResult.failed(this, summary(findings.size(), input.broken()), findings);
  }

  /**
   * The result for a model that could not be analysed (it did not load, or a rule pack or the risk
   * matrix is invalid): the errors, and nothing else could be judged.
   */
  public CheckResult rejected(List<GateFinding> errors) {
    return CheckResult.failed(this, summary(errors.size(), true), errors);
  }

  private static String summary(int count, boolean broken) {
    return broken
        ? "the model is invalid: " + Counting.of(count, "problem", "problems")
        : Counting.of(count, "validation warning", "validation warnings");
  }

  /** A validation problem as a finding. */
  public static GateFinding finding(Problem problem) {
    String text =
        (problem.isError() ? "error" : "warning")
            + " ["
            + problem.type().code()
            + "] "
            + problem.message()
            + (problem.hint().isEmpty() ? "" : " (" + problem.hint() + ")");
    return new GateFinding(
        problem.position(), text, problem.type().code() + ":" + problem.message());
  }
}
