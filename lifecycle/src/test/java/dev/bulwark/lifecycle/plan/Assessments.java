package dev.bulwark.lifecycle.plan;

import dev.bulwark.model.Position;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Impact;
import dev.bulwark.risk.Likelihood;
import dev.bulwark.risk.RiskMatrix;
import dev.bulwark.risk.Score;
import java.util.List;
import java.util.Optional;

/** Assessments built by hand, so that plan tests do not change when a rule does. */
final class Assessments {
  private Assessments() {}

  static AssessedThreat threat(
      String fingerprint,
      Severity severity,
      TriageStatus status,
      List<String> countermeasures,
      List<String> mitigations,
      List<String> elements) {
    Score score =
        new Score(
            Likelihood.POSSIBLE, List.of(), Impact.MEDIUM, List.of(), severity, List.of(), "test");
    return new AssessedThreat(
        fingerprint,
        "rule",
        fingerprint.split("@")[0],
        "Title of " + fingerprint,
        "message",
        elements,
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        score,
        status,
        Optional.empty(),
        countermeasures,
        mitigations,
        fingerprint,
        new Position("tiny.yaml", 1, 1));
  }

  /** An assessment of these threats, ranked by risk as the assessor ranks them. */
  static Assessment of(AssessedThreat... threats) {
    return new Assessment(
        "tiny",
        List.of(threats).stream().sorted(AssessedThreat.BY_RISK).toList(),
        List.of(),
        List.of(),
        List.of(),
        RiskMatrix.DEFAULT);
  }
}
