package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Decision;
import dev.bulwark.risk.RiskWeight;
import java.util.Objects;

/**
 * A threat of one assessment, as far as the diff compares it.
 *
 * @param status the effective status: an expired acceptance is {@code open}
 * @param acceptanceExpired whether it is open again because its acceptance expired
 */
public record ThreatState(
    String title, Severity severity, TriageStatus status, boolean acceptanceExpired) {
  public ThreatState {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(status, "status");
  }

  public static ThreatState of(AssessedThreat threat) {
    return new ThreatState(
        threat.title(),
        threat.score().severity(),
        threat.status(),
        threat.decision().map(Decision::expired).orElse(false));
  }

  /** Whether it still needs work: open or in progress, as {@link AssessedThreat#isOpen()}. */
  public boolean isOpen() {
    return status == TriageStatus.OPEN || status == TriageStatus.IN_PROGRESS;
  }

  /** What it adds to the model's risk: its {@link RiskWeight} while open, else nothing. */
  public int risk() {
    return isOpen() ? RiskWeight.of(severity) : 0;
  }
}
