package dev.bulwark.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printer reaches nothing outside the page, and nothing in the page becomes active. */
class PdfSafetyTest {
  private static final PdfReport.Info INFO = new PdfReport.Info("test", Optional.empty());
  private static final String SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><g id=\"icon\"/></svg>";
  private static final List<String> ACTIVE_KEYS =
      List.of("JS", "JavaScript", "AA", "OpenAction", "Launch", "AcroForm", "EmbeddedFiles", "EF");

  private static byte[] print(String xhtml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport(new SampleXhtml()).print(xhtml, INFO, out);
    return out.toByteArray();
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0xff0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void noResourceOutsideThePageIsEverFetched(@TempDir Path dir) throws IOException {
    byte[] png = png();
    List<String> hits = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.add(exchange.getRequestURI().toString());
          // Answers that parse, so that a leak shows as a hit and not as a broken page.
          String path = exchange.getRequestURI().getPath();
          byte[] body =
              path.endsWith(".png")
                  ? png
                  : path.endsWith(".svg") ? SVG.getBytes(StandardCharsets.UTF_8) : new byte[0];
          exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    Path local = Files.write(dir.resolve("local.png"), png);
    try {
      String at = "http://127.0.0.1:" + server.getAddress().getPort();
      String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
      String xhtml =
          """
          <!DOCTYPE html SYSTEM "{at}/doctype.dtd">
          <html xmlns="http://www.w3.org/1999/xhtml"><head><title>offline</title>
          <link rel="stylesheet" href="{at}/link.css"/>
          <style>
          @import url("{at}/import.css");
          @font-face { font-family: "Remote"; src: url("{at}/font.ttf"); }
          body { font-family: Remote, sans-serif; background-image: url("{at}/background.png"); }
          </style></head><body>
          <p>offline</p>
          <img src="{at}/img.png" width="10" height="10"/>
          <img src="{at}/drawing.svg" width="10" height="10"/>
          <img src="https://127.0.0.1:{port}/secure.png" width="10" height="10"/>
          <img src="//127.0.0.1:{port}/scheme-relative.png" width="10" height="10"/>
          <img src="relative.png" width="10" height="10"/>
          <img src="{local}" width="10" height="10"/>
          <iframe src="{at}/frame"></iframe>
          <object data="{at}/object.pdf" type="application/pdf"></object>
          <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="20">
          <image xlink:href="{at}/svg-image.png" width="20" height="20"/>
          <use xlink:href="{at}/sprite.svg#icon"/>
          </svg>
          <img src="{data}" width="10" height="10"/>
          </body></html>
          """
              .replace("{at}", at)
              .replace("{port}", Integer.toString(server.getAddress().getPort()))
              .replace("{local}", local.toUri().toString())
              .replace("{data}", data);
      byte[] pdf = print(xhtml);

      assertThat(hits).as("requests that reached the server").isEmpty();
      try (PDDocument document = Pdfs.load(pdf)) {
        assertThat(Pdfs.text(document)).contains("offline");
        PDPage page = document.getPage(0);
        long images = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
          images += page.getResources().isImageXObject(name) ? 1 : 0;
        }
        assertThat(images).as("only the data: image is drawn, not the local file").isEqualTo(1);
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  void scriptsHandlersFormsAndDownloadsLeaveNoTraceInThePdf() throws IOException {
    String xhtml =
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>active</title>
        <script>app.alert('head');</script></head>
        <body onload="app.alert('load')">
        <p id="top" onmouseover="app.alert('over')">Top</p>
        <p><a href="#top" onclick="app.alert('click')">anchor with a click handler</a></p>
        <p><a href="javascript:app.alert('href')">javascript link</a></p>
        <p><a href="  JaVaScRiPt:app.alert('case')">mixed-case javascript link</a></p>
        <p><a href="file:///etc/passwd">file link</a></p>
        <p><a href="http://example.com/ok">web link</a> <a href="mailto:security@example.com">mail</a></p>
        <p><a download="x.txt" href="data:text/plain,hi">download</a></p>
        <form action="http://example.com/"><input name="q" value="v"/><button>go</button><textarea>t</textarea></form>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20">
        <script>alert('svg')</script>
        <a xlink:href="javascript:app.alert('svg link')"><rect width="40" height="20" fill="#c00" onclick="app.alert('rect')"/></a>
        </svg>
        <script>app.alert('body');</script>
        <p>end</p>
        </body></html>
        """;
    try (PDDocument document = Pdfs.load(print(xhtml))) {
      assertThat(Pdfs.text(document)).contains("anchor with a click handler", "web link", "end");
      Pdfs.Reachable reachable = Pdfs.reachable(document);
      assertThat(reachable.keys()).doesNotContainAnyElementsOf(ACTIVE_KEYS);
      assertThat(reachable.names())
          .doesNotContain("JavaScript", "Launch", "FileAttachment", "Widget");
      assertThat(reachable.strings())
          .noneMatch(s -> s.strip().toLowerCase(Locale.ROOT).startsWith("javascript:"))
          .noneMatch(s -> s.contains("app.alert"))
          .noneMatch(s -> s.startsWith("file:"));
      assertThat(uris(document))
          .containsExactlyInAnyOrder("http://example.com/ok", "mailto:security@example.com");
    }
  }

  private static List<String> uris(PDDocument document) throws IOException {
    List<String> uris = new java.util.ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link
            && link.getAction() instanceof PDActionURI uri) {
          uris.add(uri.getURI());
        }
      }
    }
    return uris;
  }

  @Test
  void aHostileModelPrintsItsMarkupAsText() throws IOException {
    Digest hostile = Digest.of(ReportFixtures.hostile());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport(new SampleXhtml()).render(hostile, out);
    try (PDDocument document = Pdfs.load(out.toByteArray())) {
      String text = Pdfs.text(document).replace('\n', ' ');
      assertThat(text)
          .contains(
              "<script>alert('title')</script> & \"quoted\" | pipe",
              "<img src=x onerror=alert(1)> [click](javascript:alert(1)) ]]> --> <!--",
              "=HYPERLINK(\"http://evil.example\",\"owner\")",
              "<svg onload=alert(2)>",
              "</text><script>alert('zone')</script>",
              "<b onmouseover=alert(3)>visitor</b>",
              "</title><script>alert('tech')</script>",
              "<script>alert('threat')</script>",
              "<u>Escape</u> ${output}",
              "<a href=\"javascript:alert(5)\">check</a>",
              "\"><script>alert(6)</script>");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("<script>alert('title')</script> & \"quoted\" | pipe");
      Pdfs.Reachable reachable = Pdfs.reachable(document);
      assertThat(reachable.keys()).doesNotContainAnyElementsOf(ACTIVE_KEYS);
      assertThat(reachable.keys()).doesNotContain("URI", "Annots");
    }
  }
}
