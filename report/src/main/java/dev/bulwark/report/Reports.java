package dev.bulwark.report;

import dev.bulwark.report.csv.CsvReport;
import dev.bulwark.report.diagram.DotReport;
import dev.bulwark.report.diagram.MermaidReport;
import dev.bulwark.report.html.HtmlReport;
import dev.bulwark.report.json.JsonReport;
import dev.bulwark.report.markdown.MarkdownReport;
import dev.bulwark.report.sarif.SarifReport;

/** The renderer of each format this module writes (PDF is printed by the report-pdf module). */
public final class Reports {
  private Reports() {}

  /**
   * The renderer of a format.
   *
   * @param version the Bulwark version SARIF names as its tool's version
   * @throws IllegalArgumentException for PDF, which needs the report-pdf module
   */
  public static Renderer renderer(ReportFormat format, String version) {
    return switch (format) {
      case HTML -> new HtmlReport();
      case MD -> new MarkdownReport();
      case JSON -> new JsonReport();
      case SARIF -> new SarifReport(version);
      case CSV -> new CsvReport();
      case DOT -> new DotReport();
      case MERMAID -> new MermaidReport();
      case PDF ->
          throw new IllegalArgumentException("PDF is printed by dev.bulwark.report.pdf.PdfReport");
    };
  }
}
