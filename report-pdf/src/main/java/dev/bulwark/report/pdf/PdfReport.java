package dev.bulwark.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRRuntimeException;
import dev.bulwark.model.Model;
import dev.bulwark.report.Digest;
import dev.bulwark.report.Renderer;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.TextRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The HTML report printed to PDF by openhtmltopdf: A4 unless the page's CSS says otherwise, SVG
 * drawn by Batik, with no network or file access at all (only {@code data:} URIs inside the page
 * load), nothing active in the result (no scripts, form fields or embedded files), and the same
 * bytes for the same page: no dates, a fixed producer, a document id derived from the page.
 *
 * <p>The printer reads XHTML, a subset of what browsers accept: report-pdf/README.md lists what the
 * HTML must do. Text in the built-in PDF fonts covers Latin-1 and common punctuation; other
 * characters print as {@code #} unless a fallback font that has them is given.
 */
public final class PdfReport implements Renderer {
  /** The producer every PDF names: no version, so that output does not change with the build. */
  static final String PRODUCER = "Bulwark (openhtmltopdf, Apache PDFBox)";

  /**
   * PDFBox logs through java.util.logging, e.g. which font stands in for Symbol; a report command's
   * output is not the place for it. Held here so the setting is not garbage collected.
   */
  private static final java.util.logging.Logger PDFBOX =
      java.util.logging.Logger.getLogger("org.apache.pdfbox");

  static {
    XRLog.setLoggerImpl(new QuietLog());
    PDFBOX.setLevel(java.util.logging.Level.SEVERE);
  }

  private final TextRenderer html;
  private final List<Path> fallbackFonts;

  /** Prints what {@code html} renders, with the built-in PDF fonts only. */
  public PdfReport(TextRenderer html) {
    this(html, List.of());
  }

  /**
   * Prints what {@code html} renders; characters the built-in fonts lack (Greek, Cyrillic, CJK…)
   * are taken from {@code fallbackFonts}, TrueType files tried in order and embedded as subsets.
   */
  public PdfReport(TextRenderer html, List<Path> fallbackFonts) {
    this.html = Objects.requireNonNull(html, "html");
    if (html.format() != ReportFormat.HTML) {
      throw new IllegalArgumentException(
          "the PDF report prints the HTML report, not " + html.format().label());
    }
    for (Path font : fallbackFonts) {
      if (!Files.isRegularFile(font)) {
        throw new IllegalArgumentException("fallback font " + font + " is not a file");
      }
    }
    this.fallbackFonts = List.copyOf(fallbackFonts);
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.PDF;
  }

  @Override
  public void render(Digest digest, OutputStream out) throws IOException {
    Model model = digest.input().model();
    print(html.renderToString(digest), new Info(model.title(), model.owner()), out);
  }

  /** The document information a PDF carries: the model's title and owner. */
  record Info(String title, Optional<String> author) {}

  /**
   * Prints one page of XHTML to {@code out}.
   *
   * @return the printer's warnings: CSS it ignored, resources it refused
   */
  List<String> print(String xhtml, Info info, OutputStream out) throws IOException {
    List<String> warnings = new ArrayList<>();
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .withHtmlContent(xhtml, null)
            .useDefaultPageSize(210, 297, PageSizeUnits.MM)
            .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
            .useUriResolver(Offline::resolve)
            .useExternalResourceAccessControl(
                Offline::allowed, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
            .useExternalResourceAccessControl(
                Offline::allowed, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
            .useProtocolsStreamImplementation(Offline::refuse, Offline.SCHEMES)
            .addDOMMutator(new Inert())
            .addDOMMutator(new SvgReferences())
            .withProducer(PRODUCER)
            .withDiagnosticConsumer(d -> {
              if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(d.getFormattedMessage());
              }
            });
    for (int i = 0; i < fallbackFonts.size(); i++) {
      builder.useFont(
          fallbackFonts.get(i).toFile(),
          "bulwark-fallback-" + i,
          400,
          FontStyle.NORMAL,
          true,
          EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
    }
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
        PDDocument document = renderer.createPDFKeepOpen()) {
      settle(document, info, xhtml);
      document.save(out, CompressParameters.DEFAULT_COMPRESSION);
    } catch (XRRuntimeException e) {
      throw new PdfPrintException(
          "cannot print the HTML report as PDF: "
              + rootMessage(e)
              + " (the printer reads XHTML; see report-pdf/README.md)",
          e);
    }
    return warnings;
  }

  /**
   * Replaces what the printer dates and names: document information from the model with no dates,
   * no XMP metadata, and a document id (which seeds the file identifier) from the page.
   */
  private static void settle(PDDocument document, Info info, String xhtml) {
    PDDocumentInformation information = new PDDocumentInformation();
    information.setTitle(info.title());
    info.author().ifPresent(information::setAuthor);
    information.setSubject("Threat model report");
    information.setCreator("Bulwark");
    information.setProducer(PRODUCER);
    document.setDocumentInformation(information);
    document.getDocumentCatalog().setMetadata(null);
    document.setDocumentId(seed(xhtml));
  }

  private static long seed(String xhtml) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(hash).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return Objects.requireNonNullElse(root.getMessage(), root.getClass().getSimpleName());
  }
}
