package dev.bulwark.report.html;

import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.TextRenderer;
import dev.bulwark.report.attack.AttackSection;
import dev.bulwark.report.chart.HeatMapChart;
import dev.bulwark.report.chart.ParetoChart;
import dev.bulwark.report.chart.SeverityBar;
import dev.bulwark.report.diagram.DiagramOptions;
import dev.bulwark.report.diagram.Diagrams;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The HTML report: one self-contained file (style sheet and SVG inline, no script, a Content
 * Security Policy that forbids fetching anything), with an executive view for business readers and
 * an engineering view per zone and element. Written as well-formed XHTML so that the PDF printer
 * can read the same file. Templates are compiled at build time (src/main/jte).
 */
public final class HtmlReport implements TextRenderer {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          HtmlReport.class.getClassLoader(),
          "dev.bulwark.report.html.templates");

  private static final String CSS = resource("report.css");

  @Override
  public ReportFormat format() {
    return ReportFormat.HTML;
  }

  @Override
  public void render(Digest digest, Writer out) throws IOException {
    TEMPLATES.render("report.jte", page(digest), new WriterOutput(out));
  }

  /** The page with its pictures drawn. */
  static HtmlPage page(Digest digest) {
    return new HtmlPage(
        digest,
        Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS),
        Diagrams.dataAssets(digest, DiagramOptions.DEFAULTS.withIdPrefix("assets")),
        AttackSection.of(digest, DiagramOptions.DEFAULTS),
        SeverityBar.render(digest, "severity-bar"),
        HeatMapChart.render(digest, "heat-map"),
        ParetoChart.render(digest, "pareto-chart"),
        CSS);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
