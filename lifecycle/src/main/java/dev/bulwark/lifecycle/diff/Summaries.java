package dev.bulwark.lifecycle.diff;

import java.util.ArrayList;
import java.util.List;

/** The one-line summaries text and Markdown share. */
final class Summaries {
  private Summaries() {}

  /** "Threats: 2 appeared, 1 resolved, 1 changed; risk 40 → 52 (+12)". */
  static String threats(ThreatDiff threats) {
    List<String> parts = new ArrayList<>();
    count(parts, threats.count(ThreatChange.Kind.APPEARED), "appeared");
    count(parts, threats.count(ThreatChange.Kind.RESOLVED), "resolved");
    count(parts, threats.count(ThreatChange.Kind.CHANGED), "changed");
    return "Threats: "
        + (parts.isEmpty() ? "no change" : String.join(", ", parts))
        + "; risk "
        + threats.before().risk()
        + " → "
        + threats.after().risk()
        + " ("
        + Phrases.signed(threats.riskDelta())
        + ")";
  }

  /** "Model: 1 added, 1 removed, 3 changed (1 moved between zones)". */
  static String model(ModelDiff diff) {
    List<String> parts = new ArrayList<>();
    count(parts, diff.count(Change.ADDED), "added");
    count(parts, diff.count(Change.REMOVED), "removed");
    count(parts, diff.count(Change.CHANGED), "changed");
    long moves = diff.moves();
    return "Model: "
        + (parts.isEmpty() ? "no change" : String.join(", ", parts))
        + (moves > 0 ? " (" + moves + " moved between zones)" : "");
  }

  private static void count(List<String> parts, long count, String what) {
    if (count > 0) {
      parts.add(count + " " + what);
    }
  }
}
