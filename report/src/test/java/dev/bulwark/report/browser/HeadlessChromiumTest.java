package dev.bulwark.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The harness itself, on pages made to trip it. */
class HeadlessChromiumTest {
  private static HeadlessChromium chromium;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    chromium = HeadlessChromium.launch();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private Path page(String name, String body) throws IOException {
    return Files.writeString(
        dir.resolve(name),
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + name
            + "</title></head><body>\n"
            + body
            + "\n</body></html>\n");
  }

  @Test
  void catchesConsoleErrorsUncaughtExceptionsAndRequestsWithoutLettingThemOut() throws IOException {
    List<String> hits = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.add(exchange.getRequestURI().toString());
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    try {
      String image = "http://127.0.0.1:" + server.getAddress().getPort() + "/pixel.png";
      Path dirty =
          page(
              "dirty.html",
              "<img src=\""
                  + image
                  + "\" alt=\"\">\n<script>console.error('broken on purpose');"
                  + " notDefinedAnywhere();</script>");
      try (Visit visit = chromium.open(dirty)) {
        assertThat(visit.requests()).containsExactly(image);
        assertThat(visit.consoleErrors())
            .anyMatch(e -> e.equals("broken on purpose"))
            .anyMatch(e -> e.startsWith("uncaught: ") && e.contains("notDefinedAnywhere"));
      }
      assertThat(hits).as("requests that reached the server").isEmpty();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aCleanPageHasNoErrorsNoRequestsAndItsDiagramNodesMeasured() throws IOException {
    Path clean =
        page(
            "clean.html",
            """
            <h1>Clean</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
            <svg class="bw-diagram" id="flows" xmlns="http://www.w3.org/2000/svg"
                 width="400" height="200" viewBox="0 0 200 100">
              <g class="bw-node" data-node="web"><rect x="10" y="10" width="50" height="30"/></g>
              <g class="bw-node" id="db"><rect x="100" y="50" width="60" height="40"/></g>
              <g class="edge"><line x1="60" y1="25" x2="100" y2="70" stroke="black"/></g>
            </svg>
            """);
    try (Visit visit = chromium.open(clean)) {
      assertThat(visit.consoleErrors()).isEmpty();
      assertThat(visit.requests()).isEmpty();
      List<Diagram> diagrams = visit.diagrams();
      assertThat(diagrams).hasSize(1);
      Diagram flows = diagrams.getFirst();
      assertThat(flows.id()).isEqualTo("flows");
      assertThat(flows.viewport()).isEqualTo(new Diagram.Box(0, 0, 400, 200));
      // The view box halves the size: user units count twice in CSS pixels.
      assertThat(flows.nodes())
          .containsExactly(
              new Diagram.Node("web", new Diagram.Box(20, 20, 100, 60)),
              new Diagram.Node("db", new Diagram.Box(200, 100, 120, 80)));
      assertThat(flows.outside()).isEmpty();
      assertThat(flows.overlapping()).isEmpty();

      Path png = visit.screenshot(dir.resolve("shots/clean.png"));
      BufferedImage shot = ImageIO.read(png.toFile());
      assertThat(shot.getWidth()).isEqualTo(1280);
      assertThat(shot.getHeight()).isGreaterThanOrEqualTo(200);
    }
  }

  @Test
  void findsNodesOutsideTheirDiagramAndNodesOnTopOfEachOther() throws IOException {
    Path messy =
        page(
            "messy.html",
            """
            <svg class="bw-diagram" xmlns="http://www.w3.org/2000/svg" width="100" height="100">
              <rect class="bw-node" id="a" x="10" y="10" width="40" height="40"/>
              <rect class="bw-node" id="b" x="30" y="30" width="40" height="40"/>
              <rect class="bw-node" id="c" x="80" y="80" width="40" height="40"/>
              <rect class="bw-node" id="d" x="50" y="10" width="20" height="25"/>
            </svg>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
              <rect class="bw-node" x="0" y="0" width="90" height="90"/>
            </svg>
            """);
    try (Visit visit = chromium.open(messy)) {
      List<Diagram> diagrams = visit.diagrams();
      assertThat(diagrams).as("only SVGs marked bw-diagram").hasSize(1);
      Diagram diagram = diagrams.getFirst();
      assertThat(diagram.id()).isEqualTo("diagram-0");
      assertThat(diagram.outside()).extracting(Diagram.Node::id).containsExactly("c");
      assertThat(diagram.overlapping())
          .extracting(pair -> pair.get(0).id() + "+" + pair.get(1).id())
          .as("a and d only touch")
          .containsExactly("a+b", "b+d");
    }
  }

  @Test
  void aMissingBrowserSkipsButFailsOnCi() {
    var missing = assertThatThrownBy(() -> HeadlessChromium.launch(dir.resolve("no-chromium")));
    if (System.getenv("CI") == null) {
      missing
          .isInstanceOf(TestAbortedException.class)
          .hasMessageContaining("apt-get install chromium");
    } else {
      missing
          .isInstanceOf(AssertionFailedError.class)
          .hasMessageContaining("apt-get install chromium");
    }
  }
}
