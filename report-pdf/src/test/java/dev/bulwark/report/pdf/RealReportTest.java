package dev.bulwark.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.html.HtmlReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The real HTML report, printed: the printer understands it, and hostile text stays text. */
class RealReportTest {
  @Test
  void theExamplesReportPrintsWithoutAPrinterWarning() throws IOException {
    Digest shop = Digest.of(ReportFixtures.example("online-shop"));
    HtmlReport html = new HtmlReport();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> warnings =
        new PdfReport(html)
            .print(
                html.renderToString(shop),
                new PdfReport.Info("Online shop", Optional.of("team-shop")),
                out);
    assertThat(warnings).isEmpty();
    Files.createDirectories(Path.of("target/pdf"));
    Files.write(Path.of("target/pdf/online-shop-report.pdf"), out.toByteArray());
    try (PDDocument document = Pdfs.load(out.toByteArray())) {
      assertThat(document.getNumberOfPages()).isGreaterThan(10);
      String first = Pdfs.text(document, 1, 2);
      assertThat(first).contains("Online shop", "Executive view", "At risk:");
      assertThat(Pdfs.text(document)).contains("BW-AUTH-002@customer-login", "Calibration");
    }
  }

  @Test
  void aHostileModelsReportKeepsItsMarkupAsTextAndLinksOnlyToMitre() throws IOException {
    Digest hostile = Digest.of(ReportFixtures.hostile());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport(new HtmlReport()).render(hostile, out);
    try (PDDocument document = Pdfs.load(out.toByteArray())) {
      String text = Pdfs.text(document).replaceAll("\\s+", " "); // lines wrap anywhere
      assertThat(text)
          .contains(
              "<script>alert('title')</script> & \"quoted\" | pipe",
              "=HYPERLINK(\"http://evil.example\",\"owner\")",
              "<script>alert('threat')</script>",
              "<u>Escape</u> ${output}",
              "<marquee>accepted</marquee>");
      Pdfs.Reachable reachable = Pdfs.reachable(document);
      assertThat(reachable.keys()).doesNotContain("JS", "JavaScript", "Launch", "SubmitForm");
      assertThat(reachable.strings())
          .filteredOn(s -> s.matches("(?i)\\s*(javascript|https?|file|data):.*"))
          .allMatch(s -> s.matches("https://(cwe|capec|attack)\\.mitre\\.org/.*"));
    }
  }
}
