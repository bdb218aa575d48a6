package dev.bulwark.lifecycle.diff;

import java.util.List;
import java.util.Objects;

/**
 * How the threats of two assessments differ.
 *
 * @param changes appeared, then resolved, then changed; within each the most severe first, then by
 *     fingerprint
 */
public record ThreatDiff(List<ThreatChange> changes, RiskTotals before, RiskTotals after) {
  public ThreatDiff {
    changes = List.copyOf(changes);
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** The change in risk: positive when the newer version is riskier. */
  public int riskDelta() {
    return after.risk() - before.risk();
  }

  public long count(ThreatChange.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  public ThreatDiff reversed() {
    return new ThreatDiff(
        ThreatChanges.ordered(changes.stream().map(ThreatChange::reversed).toList()),
        after,
        before);
  }
}
