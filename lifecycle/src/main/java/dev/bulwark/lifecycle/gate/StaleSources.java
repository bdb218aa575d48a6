package dev.bulwark.lifecycle.gate;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code stale-sources}: the sources the model describes must not have changed since its last
 * review. A hook: the verdict comes from a {@link StalenessProbe} ({@code bulwark check-stale}, not
 * yet in this build). Without one the check is skipped and says that it is not available; it never
 * passes by default.
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
          this, "not available yet: this build cannot read the source history (check-stale)");
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
