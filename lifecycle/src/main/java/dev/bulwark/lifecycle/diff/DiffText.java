package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import java.util.ArrayList;
import java.util.List;

/** The diff for a terminal: a summary line per half, then one line per change, nothing capped. */
final class DiffText {
  private DiffText() {}

  static String render(ModelDiff diff) {
    Phrases say = Phrases.PLAIN;
    StringBuilder out = new StringBuilder();
    out.append(diff.before()).append(" → ").append(diff.after()).append('\n');
    if (diff.isEmpty()) {
      return out.append("No security-relevant changes.\n").toString();
    }
    diff.threats()
        .ifPresent(threats -> {
          out.append('\n').append(Summaries.threats(threats)).append('\n');
          for (ThreatChange change : threats.changes()) {
            out.append(threatLine(change, say)).append('\n');
          }
        });
    if (diff.threats().isEmpty()) {
      out.append("\nThreats: not compared (the versions were not analysed).\n");
    }
    out.append('\n').append(Summaries.model(diff)).append('\n');
    for (EntryChange change : diff.changes()) {
      out.append("  ").append(mark(change.change())).append(' ');
      out.append(change.change() == Change.CHANGED ? say.entry(change) : say.subject(change));
      out.append('\n');
    }
    return out.toString();
  }

  private static String threatLine(ThreatChange change, Phrases say) {
    List<String> parts = new ArrayList<>();
    parts.add(
        switch (change.kind()) {
          case APPEARED -> "  + " + severity(change.after().orElseThrow().severity());
          case RESOLVED -> "  - " + severity(change.before().orElseThrow().severity());
          case CHANGED -> "  ~ " + severity(change.after().orElseThrow().severity());
        });
    parts.add(Phrases.shorten(change.title()));
    parts.add("[" + change.fingerprint() + "]");
    if (change.kind() == ThreatChange.Kind.CHANGED) {
      parts.add(say.threat(change));
    }
    if (change.suppressed()) {
      parts.add(
          change.kind() == ThreatChange.Kind.RESOLVED ? "suppressed" : "no longer suppressed");
    }
    parts.add("(risk " + Phrases.signed(change.riskDelta()) + ")");
    return String.join(" ", parts);
  }

  private static String severity(Severity severity) {
    return String.format("%-8s", Wire.name(severity));
  }

  private static char mark(Change change) {
    return switch (change) {
      case ADDED -> '+';
      case REMOVED -> '-';
      case CHANGED -> '~';
    };
  }
}
