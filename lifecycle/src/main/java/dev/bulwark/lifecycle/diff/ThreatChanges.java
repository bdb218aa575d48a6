package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Severity;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Decision;
import dev.bulwark.risk.RiskWeight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The threat half of the diff: two assessments matched by fingerprint. */
final class ThreatChanges {
  private static final Comparator<ThreatChange> ORDER =
      Comparator.comparing(ThreatChange::kind)
          .thenComparing(ThreatChanges::worst, Comparator.reverseOrder())
          .thenComparing(ThreatChange::fingerprint);

  private ThreatChanges() {}

  static ThreatDiff of(Assessment before, Assessment after) {
    Map<String, AssessedThreat> old = byFingerprint(before);
    Map<String, AssessedThreat> current = byFingerprint(after);
    Set<String> suppressedBefore = suppressed(before);
    Set<String> suppressedAfter = suppressed(after);
    List<ThreatChange> changes = new ArrayList<>();
    for (Map.Entry<String, AssessedThreat> entry : old.entrySet()) {
      AssessedThreat then = entry.getValue();
      AssessedThreat now = current.get(entry.getKey());
      if (now == null) {
        changes.add(
            new ThreatChange(
                entry.getKey(),
                Optional.of(ThreatState.of(then)),
                Optional.empty(),
                suppressedAfter.contains(entry.getKey())));
      } else if (!sameState(then, now)) {
        changes.add(
            new ThreatChange(
                entry.getKey(),
                Optional.of(ThreatState.of(then)),
                Optional.of(ThreatState.of(now)),
                false));
      }
    }
    for (Map.Entry<String, AssessedThreat> entry : current.entrySet()) {
      if (!old.containsKey(entry.getKey())) {
        changes.add(
            new ThreatChange(
                entry.getKey(),
                Optional.empty(),
                Optional.of(ThreatState.of(entry.getValue())),
                suppressedBefore.contains(entry.getKey())));
      }
    }
    return new ThreatDiff(ordered(changes), totals(before), totals(after));
  }

  /** Appeared, resolved, changed; the most severe first, then by fingerprint. */
  static List<ThreatChange> ordered(List<ThreatChange> changes) {
    return changes.stream().sorted(ORDER).toList();
  }

  static RiskTotals totals(Assessment assessment) {
    int open = 0;
    int risk = 0;
    for (AssessedThreat threat : assessment.threats()) {
      if (threat.isOpen()) {
        open++;
        risk += RiskWeight.of(threat.score().severity());
      }
    }
    return new RiskTotals(assessment.threats().size(), open, risk);
  }

  private static Set<String> suppressed(Assessment assessment) {
    Set<String> out = new HashSet<>();
    assessment.suppressed().forEach(s -> out.add(s.fingerprint()));
    return out;
  }

  /** Whether the diff has nothing to say about a threat on both sides (most of them). */
  private static boolean sameState(AssessedThreat then, AssessedThreat now) {
    return then.score().severity() == now.score().severity()
        && then.status() == now.status()
        && expired(then) == expired(now);
  }

  private static boolean expired(AssessedThreat threat) {
    return threat.decision().map(Decision::expired).orElse(false);
  }

  private static Severity worst(ThreatChange change) {
    Severity before = change.before().map(ThreatState::severity).orElse(Severity.LOW);
    Severity after = change.after().map(ThreatState::severity).orElse(Severity.LOW);
    return before.compareTo(after) >= 0 ? before : after;
  }

  /** Fingerprints are unique in an assessment; should one repeat, the first (riskiest) counts. */
  private static Map<String, AssessedThreat> byFingerprint(Assessment assessment) {
    Map<String, AssessedThreat> map = new HashMap<>(assessment.threats().size() * 2);
    for (AssessedThreat threat : assessment.threats()) {
      map.putIfAbsent(threat.fingerprint(), threat);
    }
    return map;
  }
}
