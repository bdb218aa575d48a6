package dev.bulwark.cli;

import dev.bulwark.lifecycle.gate.CheckResult;
import dev.bulwark.lifecycle.gate.GateFinding;
import dev.bulwark.lifecycle.gate.GateResult;
import dev.bulwark.lifecycle.gate.Outcome;
import java.util.List;

/** The gate's verdict as the terminal shows it: one line per check, then its first findings. */
final class GateText {
  /** Findings printed per failed check; the output files hold them all. */
  static final int SHOWN = 10;

  private GateText() {}

  static String render(GateResult result, Style style) {
    StringBuilder out = new StringBuilder();
    String verdict =
        switch (result.verdict()) {
          case PASSED -> style.bold("passed");
          case VIOLATED -> style.error("failed");
          case INVALID -> style.error("could not be analysed");
        };
    out.append("bulwark gate: ")
        .append(style.bold(result.model()))
        .append(' ')
        .append(verdict)
        .append(" (policy: ")
        .append(result.policy())
        .append(result.base().map(b -> ", base: " + b).orElse(""))
        .append(")\n");
    int width = result.checks().stream().mapToInt(c -> c.id().length()).max().orElse(0);
    for (CheckResult check : result.checks()) {
      out.append("  ")
          .append(mark(check.outcome(), style))
          .append("  ")
          .append(String.format("%-" + width + "s", check.id()))
          .append("  ")
          .append(check.summary())
          .append('\n');
      List<GateFinding> findings = check.findings();
      for (GateFinding f : findings.subList(0, Math.min(SHOWN, findings.size()))) {
        out.append("        ")
            .append(style.dim(f.position().toString()))
            .append(' ')
            .append(f.message())
            .append('\n');
      }
      if (findings.size() > SHOWN) {
        out.append("        … ")
            .append(findings.size() - SHOWN)
            .append(" more (--sarif, --junit and --summary write them all)\n");
      }
    }
    return out.toString();
  }

  private static String mark(Outcome outcome, Style style) {
    return switch (outcome) {
      case PASSED -> "pass";
      case FAILED -> style.error("FAIL");
      case SKIPPED -> style.dim("skip");
    };
  }
}
