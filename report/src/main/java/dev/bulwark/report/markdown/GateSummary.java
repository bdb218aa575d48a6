package dev.bulwark.report.markdown;

import dev.bulwark.lifecycle.gate.CheckResult;
import dev.bulwark.lifecycle.gate.GateFinding;
import dev.bulwark.lifecycle.gate.GateResult;
import dev.bulwark.lifecycle.gate.Outcome;
import dev.bulwark.model.write.Markdown;
import dev.bulwark.report.SourcePaths;
import java.nio.file.Path;
import java.util.List;

/**
 * The gate's verdict in GitHub-flavoured Markdown, for {@code $GITHUB_STEP_SUMMARY} or a merge
 * request note: a headline, one table row per check, then the findings of each failed check (the
 * first {@link #SHOWN} of them). All model text is escaped ({@link Markdown}).
 */
public final class GateSummary {
  /** Findings listed per failed check; the rest are counted. */
  public static final int SHOWN = 20;

  private GateSummary() {}

  public static String render(GateResult result, Path sourceRoot) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(headline(result)).append("\n\n");
    md.append("Model ")
        .append(Markdown.code(result.model()))
        .append(" (")
        .append(Markdown.code(SourcePaths.relative(sourceRoot, result.file())))
        .append("), policy: ")
        .append(Markdown.text(result.policy()));
    result.base().ifPresent(b -> md.append(", base: ").append(Markdown.code(b)));
    md.append(".\n\n| | check | result |\n| --- | --- | --- |\n");
    for (CheckResult check : result.checks()) {
      md.append("| ")
          .append(mark(check.outcome()))
          .append(" | ")
          .append(Markdown.code(check.id()))
          .append(" | ")
          .append(Markdown.text(check.summary()))
          .append(" |\n");
    }
    for (CheckResult check : result.checks()) {
      if (!check.failed()) {
        continue;
      }
      md.append("\n### ")
          .append(mark(Outcome.FAILED))
          .append(' ')
          .append(Markdown.text(check.id()))
          .append(": ")
          .append(Markdown.text(check.summary()))
          .append("\n\n")
          .append(Markdown.text(check.description()))
          .append("\n\n");
      List<GateFinding> findings = check.findings();
      for (GateFinding finding : findings.subList(0, Math.min(SHOWN, findings.size()))) {
        md.append("- ")
            .append(Markdown.code(SourcePaths.place(sourceRoot, finding.position())))
            .append(' ')
            .append(Markdown.text(finding.message()))
            .append('\n');
      }
      if (findings.size() > SHOWN) {
        md.append("- … and ")
            .append(findings.size() - SHOWN)
            .append(" more (the SARIF and JUnit files list them all)\n");
      }
    }
    return md.toString();
  }

  private static String headline(GateResult result) {
    String model = Markdown.text(result.model());
    return switch (result.verdict()) {
      case PASSED -> "✅ Bulwark gate passed: " + model;
      case VIOLATED -> {
        long failed = result.checks().stream().filter(CheckResult::failed).count();
        yield "❌ Bulwark gate failed: "
            + model
            + " ("
            + failed
            + (failed == 1 ? " check" : " checks")
            + " failed)";
      }
      case INVALID -> "⛔ Bulwark gate: " + model + " could not be analysed";
    };
  }

  private static String mark(Outcome outcome) {
    return switch (outcome) {
      case PASSED -> "✅";
      case FAILED -> "❌";
      case SKIPPED -> "⏭️";
    };
  }
}
