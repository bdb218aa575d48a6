package dev.bulwark.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

/** What prints with the built-in PDF fonts, and what a fallback font adds. */
class PdfFontsTest {
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>fonts</title></head>
      <body style="font-family: Helvetica, sans-serif">
      <p>Latin-1: Zürich, Málaga, Øresund, Straße – “quoted” € … •</p>
      <p>Beyond: Ωμέγα Жук ✓ → 東京</p>
      </body></html>
      """;
  private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private static byte[] print(List<Path> fonts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport(new SampleXhtml(), fonts)
        .print(PAGE, new PdfReport.Info("fonts", Optional.empty()), out);
    return out.toByteArray();
  }

  @Test
  void builtInFontsPrintLatin1AndWindowsPunctuationAndAHashForTheRest() throws IOException {
    try (PDDocument pdf = Pdfs.load(print(List.of()))) {
      String text = Pdfs.text(pdf);
      assertThat(text).contains("Latin-1: Zürich, Málaga, Øresund, Straße – “quoted” € … •");
      assertThat(text).contains("Beyond: ##### ### # # ##");
      assertThat(fonts(pdf)).allMatch(name -> !name.contains("+"), "no font embedded");
    }
  }

  @Test
  void aFallbackFontFillsInWhatItHasAndIsEmbeddedAsASubsetTheSameEveryTime() throws IOException {
    assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu Sans is not installed (fonts-dejavu-core)");
    byte[] pdf = print(List.of(DEJAVU));
    assertThat(print(List.of(DEJAVU))).isEqualTo(pdf);
    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(Pdfs.text(document)).contains("Beyond: Ωμέγα Жук ✓ → ##");
      assertThat(fonts(document)).anyMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans"));
    }
  }

  private static List<String> fonts(PDDocument pdf) throws IOException {
    List<String> names = new ArrayList<>();
    PDResources resources = pdf.getPage(0).getResources();
    for (COSName name : resources.getFontNames()) {
      names.add(resources.getFont(name).getName());
    }
    return names;
  }
}
