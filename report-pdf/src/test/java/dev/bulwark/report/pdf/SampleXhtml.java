package dev.bulwark.report.pdf;

import static dev.bulwark.report.Escape.xml;

import dev.bulwark.model.Model;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.TextRenderer;
import dev.bulwark.report.chart.HeatMapChart;
import dev.bulwark.report.chart.ParetoChart;
import dev.bulwark.report.chart.SeverityBar;
import dev.bulwark.risk.AssessedThreat;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the HTML report, until it exists: XHTML shaped like it (headings, the charts
 * inline, every free text of the model, a table of all threats long enough to run over pages),
 * written to the rules in report-pdf/README.md.
 */
final class SampleXhtml implements TextRenderer {
  /** The print style sheet the README recommends, used as is. */
  static final String CSS =
      """
      @page {
        size: A4;
        margin: 18mm 16mm 20mm 16mm;
        @top-left { content: "Threat model"; font-family: Helvetica, sans-serif; font-size: 8pt; color: #4b5563; }
        @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: Helvetica, sans-serif; font-size: 8pt; color: #4b5563; }
      }
      body { font-family: Helvetica, Arial, sans-serif; font-size: 10pt; color: #111827; line-height: 1.35; }
      h1 { font-size: 18pt; margin: 0 0 6pt 0; }
      h2 { font-size: 13pt; margin: 14pt 0 6pt 0; page-break-after: avoid; }
      h3 { font-size: 11pt; margin: 10pt 0 4pt 0; page-break-after: avoid; }
      .chart { margin: 6pt 0; page-break-inside: avoid; }
      table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
      thead { display: table-header-group; }
      tr { page-break-inside: avoid; }
      th, td { border: 1px solid #d1d5db; padding: 2pt 4pt; text-align: left; vertical-align: top; }
      th { background-color: #f3f4f6; }
      td.id { font-family: Courier, monospace; font-size: 8pt; word-wrap: break-word; }
      .engineering { page-break-before: always; }
      @media print { .screen { display: none; } }
      """;

  @Override
  public ReportFormat format() {
    return ReportFormat.HTML;
  }

  @Override
  public void render(Digest digest, Writer out) throws IOException {
    Model model = digest.input().model();
    out.write(
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n");
    out.write("<meta charset=\"utf-8\"/>\n<title>" + xml(model.title()) + "</title>\n");
    out.write("<style>\n" + CSS + "</style>\n</head>\n<body>\n");
    out.write("<h1>Threat model: " + xml(model.title()) + "</h1>\n");
    out.write("<p class=\"screen\">Shown on screen only.</p>\n");
    out.write("<p>" + xml(digest.posture()) + "</p>\n");
    out.write("<p>Made in Zürich – 東京 office.</p>\n");
    out.write("<h2>Open threats by severity</h2>\n");
    out.write("<div class=\"chart\">" + SeverityBar.render(digest, "severity") + "</div>\n");
    out.write("<h2>Likelihood and impact</h2>\n");
    out.write("<div class=\"chart\">" + HeatMapChart.render(digest, "heat") + "</div>\n");
    out.write("<h2>Risk by rule</h2>\n");
    out.write("<div class=\"chart\">" + ParetoChart.render(digest, "pareto") + "</div>\n");
    out.write("<h2 class=\"engineering\">What the model says</h2>\n<dl>\n");
    for (String[] text : texts(model)) {
      out.write("<dt>" + xml(text[0]) + "</dt><dd>" + xml(text[1]) + "</dd>\n");
    }
    out.write(
        "</dl>\n<h2>All threats</h2>\n<table>\n<thead><tr><th>Fingerprint</th><th>Threat</th>");
    out.write("<th>Severity</th><th>Status</th></tr></thead>\n<tbody>\n");
    for (AssessedThreat t : digest.input().assessment().threats()) {
      out.write("<tr><td class=\"id\">" + xml(t.fingerprint()) + "</td><td>" + xml(t.title()));
      out.write("<br/>" + xml(t.message()) + "</td><td>" + xml(t.score().severity().name()));
      out.write("</td><td>" + xml(t.status().name()) + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n</body>\n</html>\n");
  }

  /** Every free text of the model, labelled: where hostile models put their payloads. */
  private static List<String[]> texts(Model model) {
    List<String[]> texts = new ArrayList<>();
    texts.add(new String[] {"Title", model.title()});
    model.description().ifPresent(d -> texts.add(new String[] {"Description", d}));
    model.owner().ifPresent(o -> texts.add(new String[] {"Owner", o}));
    model
        .business()
        .flatMap(b -> b.description())
        .ifPresent(d -> texts.add(new String[] {"Business", d}));
    model.zones().forEach(z -> z.description().ifPresent(d -> texts.add(new String[] {z.id(), d})));
    model
        .actors()
        .forEach(a -> a.description().ifPresent(d -> texts.add(new String[] {a.id(), d})));
    model
        .components()
        .forEach(c -> {
          c.description().ifPresent(d -> texts.add(new String[] {c.id(), d}));
          c.technology().ifPresent(d -> texts.add(new String[] {c.id() + " technology", d}));
        });
    model.data().forEach(a -> a.description().ifPresent(d -> texts.add(new String[] {a.id(), d})));
    model.flows().forEach(f -> f.description().ifPresent(d -> texts.add(new String[] {f.id(), d})));
    model
        .mitigations()
        .forEach(m -> {
          texts.add(new String[] {m.id(), m.title()});
          m.verification().ifPresent(v -> texts.add(new String[] {m.id() + " verification", v}));
        });
    model
        .triage()
        .forEach(t -> {
          t.why().ifPresent(w -> texts.add(new String[] {t.threat() + " why", w}));
          t.by().ifPresent(b -> texts.add(new String[] {t.threat() + " by", b}));
        });
    return texts;
  }
}
