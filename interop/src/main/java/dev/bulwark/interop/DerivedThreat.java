package dev.bulwark.interop;

import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.TriageStatus;
import java.util.List;
import java.util.Objects;

/**
 * A threat as an assessment reports it, in words any exporter understands. Interop may not depend
 * on the risk module, so the command line fills these from its assessment.
 *
 * @param fingerprint {@code RULE@element…} for a derived threat; the id of a hand-written one
 * @param rule the rule that derived it; for a hand-written threat, its id
 * @param description why it fired, in one sentence
 * @param elements ids of the elements and flows it concerns, primary first
 * @param likelihood in the risk module's words: unlikely, possible, likely, very-likely
 * @param impact in the risk module's words: low, medium, high, critical
 * @param countermeasures ids of suggested countermeasures in Bulwark's catalogue
 * @param mitigations ids of the model's mitigations that name it
 * @param cwe related CWE ids, e.g. CWE-89
 */
public record DerivedThreat(
    String fingerprint,
    String rule,
    String title,
    String description,
    List<String> elements,
    List<Stride> stride,
    Severity severity,
    String likelihood,
    String impact,
    TriageStatus status,
    List<String> countermeasures,
    List<String> mitigations,
    List<String> cwe) {
  public DerivedThreat {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    elements = List.copyOf(elements);
    stride = List.copyOf(stride);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(likelihood, "likelihood");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(status, "status");
    countermeasures = List.copyOf(countermeasures);
    mitigations = List.copyOf(mitigations);
    cwe = List.copyOf(cwe);
  }

  /** Whether the rules derived it, rather than someone writing it in the model. */
  public boolean derived() {
    return fingerprint.contains("@");
  }
}
