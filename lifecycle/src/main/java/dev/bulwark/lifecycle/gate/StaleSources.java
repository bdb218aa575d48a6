package dev.bulwark.lifecycle.gate;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code stale-sources}: the sources the model describes must not have changed since its last
 * review. The verdict comes from a {@link StalenessProbe} (the CLI gives the one of {@code bulwark
 * check-stale}, reading git history); a caller that gives none gets the check skipped with the
 * reason, never passed by default.
 */
public record StaleSources(Optional<StalenessProbe> probe) implements Check {
  public static final String ID = "stale-sources";

  public StaleSources {
    Objects.requireNonNull(probe, "probe");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "No source the model describes changed after the model's last review.";
  }

  @Override
  public CheckResult run(GateInput input) {
    if (probe.isEmpty()) {
      return CheckResult.skipped(
          this, "no reader of the source history was given, so staleness cannot be judged");
    }
    StalenessProbe.Verdict verdict = probe.get().check(input);
    if (verdict.notJudged().isPresent()) {
      return CheckResult.skipped(this, verdict.notJudged().get());
    }
    return verdict.stale().isEmpty()
        ? CheckResult.passed(this, "no described source changed since the last review")
        : CheckResult.failed(
            this,
            Counting.of(verdict.stale().size(), "source changed", "sources changed")
                + " since the last review",
            verdict.stale());
  }
}
