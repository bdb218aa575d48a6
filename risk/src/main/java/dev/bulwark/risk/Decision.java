package dev.bulwark.risk;

import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import java.util.Objects;

/**
 * The triage entry that decided a threat's status.
 *
 * @param expired an acceptance whose {@code until} date has passed: the threat is open again
 */
public record Decision(TriageEntry entry, boolean expired) {
  public Decision {
    Objects.requireNonNull(entry, "entry");
  }

  /** The status this decision gives the threat. */
  public TriageStatus status() {
    return expired ? TriageStatus.OPEN : entry.status();
  }
}
