package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Wire;
import dev.bulwark.model.write.Markdown;
import java.util.List;

/**
 * The diff as a pull-request comment: a heading, the two summaries, then the threats and the model
 * changes, each list capped (the count of the rest is given). Every value from a model is escaped.
 */
final class DiffMarkdown {
  /** Most threat lines and most model lines shown; a comment stays readable. */
  static final int MAX_LINES = 25;

  private static final Phrases SAY = new Phrases(Markdown::code, Markdown::text);

  private DiffMarkdown() {}

  static String render(ModelDiff diff) {
    StringBuilder out = new StringBuilder("### Threat model changes\n\n");
    out.append(Markdown.code(diff.before()))
        .append(" → ")
        .append(Markdown.code(diff.after()))
        .append("\n\n");
    if (diff.isEmpty()) {
      return out.append("No security-relevant changes.\n").toString();
    }
    diff.threats().ifPresent(threats -> out.append("**").append(summary(threats)).append("**\\\n"));
    out.append(Summaries.model(diff)).append('\n');
    diff.threats()
        .filter(threats -> !threats.changes().isEmpty())
        .ifPresent(threats -> {
          out.append("\n#### Threats\n\n");
          List<ThreatChange> changes = threats.changes();
          changes.stream().limit(MAX_LINES).forEach(c -> out.append(threat(c)).append('\n'));
          more(out, changes.size(), "threat changes");
        });
    if (!diff.changes().isEmpty()) {
      out.append("\n#### Model\n\n");
      diff.changes().stream()
          .limit(MAX_LINES)
          .forEach(c -> out.append("- ").append(SAY.entry(c)).append('\n'));
      more(out, diff.changes().size(), "model changes");
    }
    return out.toString();
  }

  private static String summary(ThreatDiff threats) {
    return Summaries.threats(threats);
  }

  private static String threat(ThreatChange change) {
    String what =
        switch (change.kind()) {
          case APPEARED ->
              (change.suppressed() ? "appeared (no longer suppressed), " : "appeared, ")
                  + Wire.name(change.after().orElseThrow().severity());
          case RESOLVED ->
              (change.suppressed() ? "suppressed, was " : "resolved, was ")
                  + Wire.name(change.before().orElseThrow().severity());
          case CHANGED -> SAY.threat(change);
        };
    return "- **"
        + Markdown.text(change.title())
        + "** "
        + Markdown.code(change.fingerprint())
        + ": "
        + what
        + " (risk "
        + Phrases.signed(change.riskDelta())
        + ")";
  }

  private static void more(StringBuilder out, int total, String what) {
    if (total > MAX_LINES) {
      out.append("- … and ")
          .append(total - MAX_LINES)
          .append(" more ")
          .append(what)
          .append(" (`bulwark diff` lists them all)\n");
    }
  }
}
