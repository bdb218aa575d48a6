package dev.bulwark.risk;

import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of assessing a model: its threats ranked by risk, the root-cause groups, findings
 * turned off by suppressions, and notices about the model's decisions.
 *
 * @param threats ranked by {@link AssessedThreat#BY_RISK}
 * @param groups root-cause groups with more than one threat, largest risk first
 */
public record Assessment(
    String modelId,
    List<AssessedThreat> threats,
    List<Group> groups,
    List<Suppressed> suppressed,
    List<Notice> notices,
    RiskMatrix matrix) {
  public Assessment {
    threats = List.copyOf(threats);
    groups = List.copyOf(groups);
    suppressed = List.copyOf(suppressed);
    notices = List.copyOf(notices);
  }

  /** Counts of threats by severity, every severity present. */
  public Map<Severity, Integer> bySeverity(boolean openOnly) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    threats.stream()
        .filter(t -> !openOnly || t.isOpen())
        .forEach(t -> counts.merge(t.score().severity(), 1, Integer::sum));
    return counts;
  }

  /**
   * The worst severity of the open threats on each element and flow they involve, by id: what
   * diagrams colour and what makes an attack-path step easier.
   */
  public Map<String, Severity> worstOpenSeverity() {
    Map<String, Severity> worst = new HashMap<>();
    for (AssessedThreat t : threats) {
      if (t.isOpen()) {
        for (String id : t.elements()) {
          worst.merge(id, t.score().severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
      }
    }
    return Map.copyOf(worst);
  }

  /** Counts of threats by triage status, every status present. */
  public Map<TriageStatus, Integer> byStatus() {
    Map<TriageStatus, Integer> counts = new EnumMap<>(TriageStatus.class);
    for (TriageStatus s : TriageStatus.values()) {
      counts.put(s, 0);
    }
    threats.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
    return counts;
  }

  /** Threats that one decision addresses: one rule, one root cause. */
  public record Group(
      String key, String rule, String cause, List<String> fingerprints, Severity worst) {
    public Group {
      fingerprints = List.copyOf(fingerprints);
    }
  }

  /** A finding a suppression turned off, and why. */
  public record Suppressed(String fingerprint, String rule, String why, String by) {}
}
