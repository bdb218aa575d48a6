package dev.bulwark.cli;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Wire;
import dev.bulwark.model.problem.Level;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.AssessmentJson;
import dev.bulwark.risk.Notice;
import dev.bulwark.risk.References;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark analyze FILE}: validates, derives threats, scores, applies triage, ranks. */
@Command(
    name = "analyze",
    aliases = "analyse",
    mixinStandardHelpOptions = true,
    description = {
      "Derive the threats of a model: validate it, run the built-in and user rules, score each"
          + " threat from its context, apply triage and suppressions, and rank by risk.",
      "",
      "Text output is a ranked summary; --format json prints the complete analysis document"
          + " (docs/schema/bulwark-analysis-1.schema.json). The same input gives the same bytes.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the model was analysed (whatever threats it has; `bulwark gate` judges them)",
      "2:the model is invalid, or a rule pack or vector in it is",
      "3:the command line is wrong",
      "4:a file could not be read or written"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The model file (YAML or JSON).")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text or json (default: text).")
  OutputFormat format;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "Text output: how many open threats to list (0: all; default: 20).")
  int top;

  @Option(
      names = "-o",
      paramLabel = "PATH",
      description = "Write the output to this file (atomically) instead of standard output.")
  Optional<Path> output;

  @Option(
      names = {"--colour", "--color"},
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour the text output: auto, always or never (default: auto).")
  Terminal.ColourMode colour;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    Analysis run;
    try {
      run = Analysis.run(file, analysis, spec.commandLine().getErr());
    } catch (Analysis.Failed e) {
      return e.exitCode;
    }
    Assessment assessment = run.assessment();
    RuleSet rules = run.rules();
    KnowledgeBase kb = run.kb();
    LocalDate date = run.date();
    Outputs.Content rendered =
        format == OutputFormat.JSON
            ? writer ->
                AssessmentJson.write(assessment, date, Countermeasures.builtIn(), kb, writer)
            : writer ->
                writer.write(
                    text(
                        assessment,
                        rules,
                        kb,
                        new Style(output.isEmpty() && Terminal.colour(colour))));
    if (output.isPresent()) {
      Outputs.writeAtomically(output.get(), rendered);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      rendered.writeTo(out);
      out.flush();
    }
    return run.broken() ? ExitCode.INVALID_MODEL : ExitCode.OK;
  }

  private String text(Assessment assessment, RuleSet rules, KnowledgeBase kb, Style style) {
    StringBuilder out = new StringBuilder();
    List<AssessedThreat> open =
        assessment.threats().stream().filter(AssessedThreat::isOpen).toList();
    out.append(style.bold(assessment.modelId()))
        .append(": ")
        .append(assessment.threats().size())
        .append(assessment.threats().size() == 1 ? " threat, " : " threats, ")
        .append(open.size())
        .append(" open (")
        .append(counts(assessment.bySeverity(true)))
        .append("); ")
        .append(rules.rules().size())
        .append(" rules\n");
    int shown = top == 0 ? open.size() : Math.min(top, open.size());
    for (int i = 0; i < shown; i++) {
      AssessedThreat t = open.get(i);
      out.append('\n')
          .append(String.format("%3d ", i + 1))
          .append(severity(t.score().severity(), style))
          .append(' ')
          .append(style.bold(t.title()))
          .append("  ")
          .append(style.dim(t.fingerprint()))
          .append('\n');
      out.append("    ").append(t.message()).append('\n');
      out.append("    ")
          .append(
              style.dim(
                  "likelihood "
                      + Wire.name(t.score().likelihood())
                      + ", impact "
                      + Wire.name(t.score().impact())
                      + (t.status() == TriageStatus.OPEN ? "" : ", " + Wire.name(t.status()))
                      + " · "
                      + t.position()))
          .append('\n');
      for (String fact : t.facts()) {
        out.append("    - ").append(fact).append('\n');
      }
      if (!t.score().reducedBy().isEmpty()) {
        out.append("    - already reduced by: ")
            .append(String.join(", ", t.score().reducedBy()))
            .append('\n');
      }
      if (!t.countermeasures().isEmpty()) {
        out.append("    fix: ").append(String.join(", ", t.countermeasures())).append('\n');
      }
      String references = kb.isEmpty() ? "" : References.line(t, kb);
      if (!references.isEmpty()) {
        out.append("    see: ").append(references).append('\n');
      }
    }
    if (shown < open.size()) {
      out.append("\n… ")
          .append(open.size() - shown)
          .append(" more open threats (--top 0 lists all, --format json gives everything)\n");
    }
    if (!assessment.groups().isEmpty()) {
      out.append("\n").append(style.bold("Root causes")).append(" (one decision each):\n");
      for (Assessment.Group g : assessment.groups()) {
        out.append("  ")
            .append(g.rule())
            .append(" on ")
            .append(g.cause())
            .append(": ")
            .append(g.fingerprints().size())
            .append(" threats, worst ")
            .append(Wire.name(g.worst()))
            .append('\n');
      }
    }
    int closed = assessment.threats().size() - open.size();
    if (closed > 0 || !assessment.suppressed().isEmpty()) {
      out.append("\n")
          .append(closed)
          .append(" decided (")
          .append(
              assessment.byStatus().entrySet().stream()
                  .filter(e ->
                      e.getValue() > 0
                          && e.getKey() != TriageStatus.OPEN
                          && e.getKey() != TriageStatus.IN_PROGRESS)
                  .map(e -> Wire.name(e.getKey()) + " " + e.getValue())
                  .collect(Collectors.joining(", ")))
          .append("), ")
          .append(assessment.suppressed().size())
          .append(" suppressed\n");
    }
    for (Notice notice : assessment.notices()) {
      String level =
          notice.level() == Level.ERROR ? style.error("error") : style.warning("warning");
      out.append(notice.position())
          .append(": ")
          .append(level)
          .append(' ')
          .append(style.dim("[" + notice.code() + "]"))
          .append(' ')
          .append(notice.message())
          .append('\n');
    }
    return out.toString();
  }

  private static String counts(Map<Severity, Integer> bySeverity) {
    List<String> parts = new ArrayList<>();
    for (int i = Severity.values().length - 1; i >= 0; i--) {
      Severity s = Severity.values()[i];
      parts.add(Wire.name(s) + " " + bySeverity.get(s));
    }
    return String.join(", ", parts);
  }

  private static String severity(Severity severity, Style style) {
    String label = String.format("%-8s", Wire.name(severity));
    return switch (severity) {
      case CRITICAL, HIGH -> style.error(label);
      case ELEVATED, MEDIUM -> style.warning(label);
      case LOW -> style.dim(label);
    };
  }
}
