package dev.bulwark.risk;

import dev.bulwark.model.Position;
import dev.bulwark.model.TriageStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A threat as the assessment reports it: what, where, why it fired, how risky, and what was
 * decided.
 *
 * @param fingerprint {@code RULE@element…} for derived threats, the threat's id for hand-written
 * @param origin {@code rule} or {@code hand-written}
 * @param rule the rule id; for a hand-written threat, its id
 * @param stride STRIDE categories in the model's spelling
 * @param linddun the LINDDUN category in the model's spelling, if a privacy threat
 * @param facts why it fired (derived) or the threat statement (hand-written)
 * @param countermeasures ids in the knowledge catalogue suggested for it
 * @param mitigations ids of the model's own mitigations that name it
 * @param group root-cause key shared by threats one decision fixes
 * @param position where the primary element is written in the model
 */
public record AssessedThreat(
    String fingerprint,
    String origin,
    String rule,
    String title,
    String message,
    List<String> elements,
    List<String> stride,
    Optional<String> linddun,
    List<String> goals,
    List<String> cwe,
    List<String> capec,
    List<String> attack,
    List<String> facts,
    List<String> data,
    Score score,
    TriageStatus status,
    Optional<Decision> decision,
    List<String> countermeasures,
    List<String> mitigations,
    String group,
    Position position) {
  /** Highest risk first: severity, likelihood, impact, then fingerprint for a stable order. */
  public static final Comparator<AssessedThreat> BY_RISK =
      Comparator.comparing((AssessedThreat t) -> t.score().severity())
          .thenComparing(t -> t.score().likelihood())
          .thenComparing(t -> t.score().impact())
          .reversed()
          .thenComparing(AssessedThreat::fingerprint);

  public AssessedThreat {
    Objects.requireNonNull(fingerprint, "fingerprint");
    elements = List.copyOf(elements);
    stride = List.copyOf(stride);
    goals = List.copyOf(goals);
    cwe = List.copyOf(cwe);
    capec = List.copyOf(capec);
    attack = List.copyOf(attack);
    facts = List.copyOf(facts);
    data = List.copyOf(data);
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(status, "status");
    countermeasures = List.copyOf(countermeasures);
    mitigations = List.copyOf(mitigations);
  }

  /** Whether the threat still needs work: open or in progress. */
  public boolean isOpen() {
    return status == TriageStatus.OPEN || status == TriageStatus.IN_PROGRESS;
  }
}
