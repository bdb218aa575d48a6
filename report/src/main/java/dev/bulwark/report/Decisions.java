package dev.bulwark.report;

import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Wire;
import dev.bulwark.risk.AssessedThreat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a threat is no longer open, in plain text (callers escape it for their format): the triage
 * entry's reason, or, for a threat closed by the model's own mitigations rather than by a triage
 * entry, which mitigations and where they stand.
 */
public final class Decisions {
  private Decisions() {}

  /** The triage entry that decided the threat, also an acceptance that has since expired. */
  public static Optional<TriageEntry> entry(AssessedThreat threat) {
    return threat.decision().map(d -> d.entry());
  }

  /**
   * The reason the triage entry gives, or for a threat that the model's own mitigations closed or
   * are closing (mitigated, in progress), those mitigations; empty for an undecided threat.
   */
  public static String why(Model model, AssessedThreat threat) {
    Optional<TriageEntry> entry = entry(threat);
    if (entry.isPresent()) {
      return entry.get().why().orElse("");
    }
    if (threat.status() != TriageStatus.MITIGATED && threat.status() != TriageStatus.IN_PROGRESS) {
      return "";
    }
    List<String> applied = new ArrayList<>();
    for (String id : threat.mitigations()) {
      model.mitigations().stream()
          .filter(m -> m.id().equals(id))
          .findFirst()
          .ifPresent(m -> applied.add(describe(m)));
    }
    return applied.isEmpty() ? "" : "Mitigations in the model: " + String.join("; ", applied);
  }

  /**
   * The reason with who decided, until when, and the ticket, as one sentence for formats that have
   * a single field for it (SARIF's justification, the Markdown table).
   */
  public static String justification(Model model, AssessedThreat threat) {
    String why = why(model, threat);
    List<String> parts = new ArrayList<>();
    entry(threat)
        .ifPresent(e -> {
          e.by().ifPresent(by -> parts.add("decided by " + by));
          e.date().ifPresent(date -> parts.add("on " + date));
          e.until().ifPresent(until -> parts.add("until " + until));
          e.ticket().ifPresent(ticket -> parts.add("ticket " + ticket));
        });
    if (parts.isEmpty()) {
      return why;
    }
    String details = String.join(", ", parts);
    return why.isEmpty()
        ? Character.toUpperCase(details.charAt(0)) + details.substring(1)
        : why + " (" + details + ")";
  }

  private static String describe(Mitigation m) {
    return m.title() + " (" + m.id() + ", " + Wire.name(m.status()) + ")";
  }
}
