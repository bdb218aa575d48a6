package dev.bulwark.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.ReportFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfReportTest {
  private static Digest shop;
  private static byte[] shopPdf;

  @BeforeAll
  static void printTheExample() throws IOException {
    shop = Digest.of(ReportFixtures.example("online-shop"));
    shopPdf = bytes(new PdfReport(new SampleXhtml()), shop);
    // For people to look at; nothing reads it back.
    Files.createDirectories(Path.of("target/pdf"));
    Files.write(Path.of("target/pdf/online-shop.pdf"), shopPdf);
  }

  static byte[] bytes(PdfReport report, Digest digest) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      report.render(digest, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void printsOnA4WithPageNumbersAndTheTableHeaderOnEveryPageItRunsOver() throws IOException {
    try (PDDocument pdf = Pdfs.load(shopPdf)) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(4);
      for (int i = 1; i <= pages; i++) {
        PDPage page = pdf.getPage(i - 1);
        assertThat(page.getMediaBox().getWidth())
            .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(page.getMediaBox().getHeight())
            .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(Pdfs.text(pdf, i, i)).contains("Page " + i + " of " + pages);
      }
      assertThat(Pdfs.text(pdf, 1, 1)).contains("Threat model: " + shop.input().model().title());
      assertThat(Pdfs.text(pdf, 1, 1)).doesNotContain("Shown on screen only");
      // The threats table starts after the model texts and runs over the last pages.
      assertThat(Pdfs.text(pdf, pages - 1, pages - 1))
          .contains("Fingerprint Threat Severity Status");
      assertThat(Pdfs.text(pdf, pages, pages)).contains("Fingerprint Threat Severity Status");
      String last = shop.input().assessment().threats().getLast().fingerprint();
      assertThat(Pdfs.text(pdf).replace("\n", "").replace(" ", "")).contains(last.replace(" ", ""));
    }
  }

  @Test
  void thePrinterUnderstandsAllOfTheRecommendedStyleSheet() throws IOException {
    String page = new SampleXhtml().renderToString(shop);
    List<String> warnings =
        new PdfReport(new SampleXhtml())
            .print(page, new PdfReport.Info("t", Optional.empty()), new ByteArrayOutputStream());
    assertThat(warnings).isEmpty();
  }

  @Test
  void theChartsAreDrawn() throws IOException {
    try (PDDocument pdf = Pdfs.load(shopPdf)) {
      BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 40);
      assertThat(hasColour(first, 0x7f1d1d)).as("critical red of the charts").isTrue();
      assertThat(hasColour(first, 0x475569)).as("Pareto bars").isTrue();
    }
  }

  private static boolean hasColour(BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int pixel = image.getRGB(x, y) & 0xffffff;
        boolean close = true;
        for (int shift = 0; shift <= 16; shift += 8) {
          close &= Math.abs((pixel >> shift & 0xff) - (rgb >> shift & 0xff)) <= 6;
        }
        if (close) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void theSamePageGivesTheSameBytesWithNoDatesAndTheModelsTitleAndOwner() throws IOException {
    assertThat(bytes(new PdfReport(new SampleXhtml()), shop)).isEqualTo(shopPdf);
    try (PDDocument pdf = Pdfs.load(shopPdf)) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo(shop.input().model().title());
      assertThat(Optional.ofNullable(info.getAuthor())).isEqualTo(shop.input().model().owner());
      assertThat(info.getProducer()).isEqualTo("Bulwark (openhtmltopdf, Apache PDFBox)");
      assertThat(info.getCOSObject().containsKey(COSName.CREATION_DATE)).isFalse();
      assertThat(info.getCOSObject().containsKey(COSName.MOD_DATE)).isFalse();
      assertThat(pdf.getDocumentCatalog().getMetadata()).as("XMP metadata").isNull();
      assertThat(Pdfs.reachable(pdf).keys()).doesNotContain("CreationDate", "ModDate", "Metadata");
    }
  }

  @Test
  void aDifferentPageGetsADifferentFileIdentifier() throws IOException {
    byte[] other =
        bytes(new PdfReport(new SampleXhtml()), Digest.of(ReportFixtures.example("iot-fleet")));
    try (PDDocument a = Pdfs.load(shopPdf);
        PDDocument b = Pdfs.load(other)) {
      assertThat(a.getDocument().getDocumentID().toString())
          .isNotEqualTo(b.getDocument().getDocumentID().toString());
    }
  }

  @Test
  void textOutsideLatin1PrintsAsHashesWithTheBuiltInFonts() throws IOException {
    try (PDDocument pdf = Pdfs.load(shopPdf)) {
      assertThat(Pdfs.text(pdf, 1, 1)).contains("Made in Zürich – ## office.");
    }
  }

  @Test
  void aNonXhtmlPageIsRefusedWithTheReasonAndWhereToRead() throws IOException {
    String nbsp =
        "<!DOCTYPE html>\n<html><head><title>t</title></head><body><p>a&nbsp;b</p></body></html>";
    assertThatThrownBy(() -> bytes(new PdfReport(new FixedPage(nbsp)), shop))
        .isInstanceOf(PdfPrintException.class)
        .hasMessageContaining("\"nbsp\"")
        .hasMessageContaining("report-pdf/README.md");
    String br =
        "<!DOCTYPE html>\n<html><head><title>t</title></head><body><p>a<br>b</p></body></html>";
    assertThatThrownBy(() -> bytes(new PdfReport(new FixedPage(br)), shop))
        .isInstanceOf(PdfPrintException.class)
        .hasMessageContaining("\"br\"");
  }

  @Test
  void printsOnlyHtmlAndOnlyFontsThatExist() throws IOException {
    assertThat(new PdfReport(new SampleXhtml()).format()).isEqualTo(ReportFormat.PDF);
    assertThatThrownBy(() -> new PdfReport(new OtherFormat()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not md");
    assertThatThrownBy(() -> new PdfReport(new SampleXhtml(), List.of(Path.of("no/such/font.ttf"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no/such/font.ttf");
  }

  private static final class OtherFormat implements dev.bulwark.report.TextRenderer {
    @Override
    public ReportFormat format() {
      return ReportFormat.MD;
    }

    @Override
    public void render(Digest digest, java.io.Writer out) {}
  }
}
