package dev.bulwark.report.markdown;

import static dev.bulwark.model.write.Markdown.code;
import static dev.bulwark.model.write.Markdown.text;

import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.write.Markdown;
import dev.bulwark.report.Decisions;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.SourcePaths;
import dev.bulwark.report.TextRenderer;
import dev.bulwark.report.diagram.MermaidReport;
import dev.bulwark.report.money.MoneySection;
import dev.bulwark.risk.AssessedThreat;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * The report as GitHub-flavoured Markdown, for wikis and pull-request comments: the posture,
 * counts, top risks, acceptances and what to fund, then the open threats per zone and element with
 * why they fired and what to do, the decided threats, and the model's quality warnings. Short when
 * there is little to say; for large models the detail stops at a fixed number of threats (a
 * pull-request comment holds 65,536 characters) and the rest are counted, pointing to the HTML and
 * JSON reports.
 */
public final class MarkdownReport implements TextRenderer {
  /**
   * How many open threats, highest risk first, are described in detail by default: about 900
   * characters each, so that the whole report stays well inside a pull-request comment.
   */
  public static final int DETAILED = 30;

  /** How many rows the decided-threats table and the quality list show before counting the rest. */
  public static final int ROWS = 50;

  private final int detailed;

  public MarkdownReport() {
    this(DETAILED);
  }

  /** A report that describes at most {@code detailed} open threats in detail. */
  public MarkdownReport(int detailed) {
    if (detailed < 0) {
      throw new IllegalArgumentException("detailed threats cannot be negative: " + detailed);
    }
    this.detailed = detailed;
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.MD;
  }

  @Override
  public void render(Digest digest, Writer out) throws IOException {
    StringBuilder md = new StringBuilder(16_384);
    header(digest, md);
    if (!digest.input().assessment().threats().isEmpty()) {
      counts(digest, md);
      topRisks(digest, md);
      accepted(digest, md);
      fundNext(digest, md);
      MoneySection.of(digest.input()).ifPresent(money -> MoneyMarkdown.write(money, md));
    }
    diagram(digest).ifPresent(block -> md.append("\n## Data-flow diagram\n\n").append(block));
    List<AssessedThreat> open = digest.open();
    ThreatSections.write(digest, open.subList(0, Math.min(detailed, open.size())), md);
    decided(digest, md);
    quality(digest, md);
    if (open.size() > detailed) {
      md.append("\n---\n\n")
          .append("This summary describes the ")
          .append(detailed)
          .append(" highest-risk open threats of ")
          .append(open.size())
          .append(". The HTML report and the JSON analysis")
          .append(" (`bulwark report --format html,json`) list every threat in full.\n");
    }
    out.write(md.toString());
  }

  /**
   * The data-flow diagram as a fenced Mermaid block, which GitHub and GitLab draw in place; none
   * beyond {@link #DIAGRAM_FLOWS} flows, where Mermaid's default limits refuse to draw and a
   * pull-request comment would be mostly diagram (the HTML report draws any size).
   */
  Optional<String> diagram(Digest digest) {
    if (digest.input().model().flows().size() > DIAGRAM_FLOWS) {
      return Optional.empty();
    }
    return Optional.of("```mermaid\n" + new MermaidReport().renderToString(digest) + "```\n");
  }

  /** The most flows a Markdown report draws a diagram of. */
  public static final int DIAGRAM_FLOWS = 150;

  private static void header(Digest digest, StringBuilder md) {
    ReportInput input = digest.input();
    md.append("# Threat model: ").append(text(input.model().title())).append("\n\n");
    input.model().description().ifPresent(d -> md.append(text(d)).append("\n\n"));
    md.append(text(digest.posture())).append("\n\n");
    md.append("Model ").append(code(input.modelFile())).append(", assessed ").append(input.date());
    input.generatedAt().ifPresent(at -> md.append(", generated ").append(at));
    md.append(" by Bulwark.\n");
  }

  private static void counts(Digest digest, StringBuilder md) {
    List<Severity> severities = List.of(Severity.values()).reversed();
    md.append("\n## Summary\n\n| Open threats |");
    for (Severity s : severities) {
      md.append(' ').append(Labels.severity(s)).append(" |");
    }
    md.append("\n| --- |").append(" ---: |".repeat(severities.size())).append("\n|");
    md.append(" by severity |");
    for (Severity s : severities) {
      md.append(' ').append(digest.openBySeverity().get(s)).append(" |");
    }
    md.append("\n\n| All threats |");
    for (TriageStatus s : TriageStatus.values()) {
      md.append(' ').append(Labels.status(s)).append(" |");
    }
    md.append("\n| --- |").append(" ---: |".repeat(TriageStatus.values().length)).append("\n|");
    md.append(" by status |");
    for (TriageStatus s : TriageStatus.values()) {
      md.append(' ').append(digest.byStatus().get(s)).append(" |");
    }
    md.append('\n');
  }

  private static void topRisks(Digest digest, StringBuilder md) {
    if (digest.topRisks().isEmpty()) {
      return;
    }
    md.append("\n## Top risks\n\n| # | Severity | Threat | Element | Fingerprint |\n");
    md.append("| ---: | --- | --- | --- | --- |\n");
    int rank = 1;
    for (AssessedThreat t : digest.topRisks()) {
      md.append("| ")
          .append(rank++)
          .append(" | ")
          .append(Labels.severity(t.score().severity()))
          .append(" | ")
          .append(text(t.title()))
          .append(" | ")
          .append(t.elements().isEmpty() ? "" : code(t.elements().getFirst()))
          .append(" | ")
          .append(code(t.fingerprint()))
          .append(" |\n");
    }
  }

  private static void accepted(Digest digest, StringBuilder md) {
    if (digest.accepted().isEmpty()) {
      return;
    }
    md.append("\n## Accepted risks\n\n");
    long expired =
        digest.accepted().stream().filter(a -> a.threat().decision().get().expired()).count();
    if (expired > 0) {
      md.append("**")
          .append(expired)
          .append(expired == 1 ? " acceptance has" : " acceptances have")
          .append(" expired:** those threats count as open again until someone decides anew.\n\n");
    }
    md.append("| Severity | Threat | Fingerprint | Accepted by | Until | Why |\n");
    md.append("| --- | --- | --- | --- | --- | --- |\n");
    for (Digest.Acceptance a : digest.accepted()) {
      boolean isExpired = a.threat().decision().get().expired();
      md.append("| ")
          .append(Labels.severity(a.threat().score().severity()))
          .append(" | ")
          .append(text(a.threat().title()))
          .append(" | ")
          .append(code(a.threat().fingerprint()))
          .append(" | ")
          .append(a.entry().by().map(Markdown::text).orElse(""))
          .append(" | ")
          .append(a.until().map(String::valueOf).orElse("no end date"))
          .append(isExpired ? " **expired**" : "")
          .append(" | ")
          .append(text(a.entry().why().orElse("")))
          .append(" |\n");
    }
  }

  private static void fundNext(Digest digest, StringBuilder md) {
    if (digest.fundNext().isEmpty()) {
      return;
    }
    md.append("\n## What to fund next\n\n")
        .append("Countermeasures ranked by the open risk they address, each severity weighing")
        .append(" twice the one below.\n\n")
        .append("| Countermeasure | Category | Open threats | Worst | Already planned |\n")
        .append("| --- | --- | ---: | --- | --- |\n");
    for (Digest.Fund f : digest.fundNext()) {
      md.append("| ")
          .append(text(f.countermeasure().title()))
          .append(' ')
          .append(code(f.countermeasure().id()))
          .append(" | ")
          .append(Labels.wire(f.countermeasure().category()))
          .append(" | ")
          .append(f.threats())
          .append(" | ")
          .append(Labels.severity(f.worst()))
          .append(" | ")
          .append(f.planned() ? "yes" : "no")
          .append(" |\n");
    }
  }

  private static void decided(Digest digest, StringBuilder md) {
    List<AssessedThreat> decided =
        digest.input().assessment().threats().stream().filter(t -> !t.isOpen()).toList();
    if (decided.isEmpty()) {
      return;
    }
    md.append("\n## Decided threats\n\n| Status | Severity | Threat | Fingerprint | Decision |\n");
    md.append("| --- | --- | --- | --- | --- |\n");
    for (AssessedThreat t : decided.subList(0, Math.min(ROWS, decided.size()))) {
      md.append("| ")
          .append(Labels.status(t.status()))
          .append(" | ")
          .append(Labels.severity(t.score().severity()))
          .append(" | ")
          .append(text(t.title()))
          .append(" | ")
          .append(code(t.fingerprint()))
          .append(" | ")
          .append(text(Decisions.justification(digest.input().model(), t)))
          .append(" |\n");
    }
    if (decided.size() > ROWS) {
      md.append("\n")
          .append(decided.size() - ROWS)
          .append(" more decided threats are listed in the HTML report and the JSON analysis.\n");
    }
  }

  private static void quality(Digest digest, StringBuilder md) {
    if (digest.quality().isEmpty()) {
      return;
    }
    md.append("\n## Model quality\n\n");
    List<Digest.Quality> items = digest.quality();
    for (Digest.Quality q : items.subList(0, Math.min(ROWS, items.size()))) {
      md.append("- ")
          .append(Labels.wire(q.level()))
          .append(' ')
          .append(code(q.code()))
          .append(" at ")
          .append(code(SourcePaths.place(digest.input().sourceRoot(), q.position())))
          .append(": ")
          .append(text(q.message()))
          .append('\n');
    }
    if (items.size() > ROWS) {
      md.append("- and ")
          .append(items.size() - ROWS)
          .append(" more (`bulwark validate` lists all)\n");
    }
  }
}
