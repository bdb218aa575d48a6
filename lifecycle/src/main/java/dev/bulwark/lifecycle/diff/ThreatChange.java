package dev.bulwark.lifecycle.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * A threat, matched by fingerprint, that appeared, was resolved (is gone), or changed severity or
 * status between two assessments.
 *
 * @param suppressed a resolved threat that a suppression now turns off, or an appeared one that a
 *     suppression turned off before: gone from view, not fixed
 */
public record ThreatChange(
    String fingerprint,
    Optional<ThreatState> before,
    Optional<ThreatState> after,
    boolean suppressed) {

  /** What happened to the threat. */
  public enum Kind {
    APPEARED,
    RESOLVED,
    CHANGED
  }

  public ThreatChange {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a threat change needs a side: " + fingerprint);
    }
  }

  public Kind kind() {
    return before.isEmpty() ? Kind.APPEARED : after.isEmpty() ? Kind.RESOLVED : Kind.CHANGED;
  }

  /** The threat's title, as the newer side gives it. */
  public String title() {
    return after.or(() -> before).orElseThrow().title();
  }

  public boolean severityChanged() {
    return kind() == Kind.CHANGED && before.get().severity() != after.get().severity();
  }

  public boolean statusChanged() {
    return kind() == Kind.CHANGED
        && (before.get().status() != after.get().status()
            || before.get().acceptanceExpired() != after.get().acceptanceExpired());
  }

  /** How much the model's risk moved through this threat (positive: riskier). */
  public int riskDelta() {
    return after.map(ThreatState::risk).orElse(0) - before.map(ThreatState::risk).orElse(0);
  }

  public ThreatChange reversed() {
    return new ThreatChange(fingerprint, after, before, suppressed);
  }
}
