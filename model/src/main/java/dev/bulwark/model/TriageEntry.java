package dev.bulwark.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A decision on a threat, keyed by the threat's fingerprint (which may use '*' wildcards). */
@Doc("A decision on a threat, keyed by its fingerprint; '*' matches any run of characters.")
public record TriageEntry(
    @Doc("The threat's fingerprint, e.g. BW-WEB-001@web, or a pattern with '*'.") String threat,
    @Doc("The decision.") TriageStatus status,
    @Doc("Why: the justification a reviewer reads.") Optional<String> why,
    @Doc("Who decided.") Optional<String> by,
    @Doc("When it was decided (YYYY-MM-DD).") Optional<LocalDate> date,
    @Doc("When an acceptance expires (YYYY-MM-DD); the threat reopens then.")
        Optional<LocalDate> until,
    @Doc("An issue-tracker reference.") Optional<String> ticket,
    Positions positions) {

  public TriageEntry {
    Objects.requireNonNull(threat, "threat");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(positions, "positions");
  }

  public Position position() {
    return positions.self();
  }
}
