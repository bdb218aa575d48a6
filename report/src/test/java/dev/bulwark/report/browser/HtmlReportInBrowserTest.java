package dev.bulwark.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.html.HtmlReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report of each example and of the hostile model in headless Chromium: nothing logged as
 * an error, nothing requested, nothing run, every diagram node inside its SVG and clear of the
 * others. Screenshots land in target/browser/ for people to look at.
 */
class HtmlReportInBrowserTest {
  private static HeadlessChromium chromium;

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

  @ParameterizedTest
  @ValueSource(strings = {"online-shop", "microservices-k8s", "iot-fleet", "hostile"})
  void opensCleanlyAndDrawsReadableDiagrams(String name) throws IOException {
    ReportInput input =
        name.equals("hostile") ? ReportFixtures.hostile() : ReportFixtures.example(name);
    Path page = Path.of("target/browser/report-" + name + ".html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, new HtmlReport().renderToString(Digest.of(input)));
    try (Visit visit = chromium.open(page)) {
      assertThat(visit.consoleErrors()).isEmpty();
      assertThat(visit.requests()).isEmpty();
      assertThat(visit.page().evaluate("() => document.scripts.length")).isEqualTo(0);
      assertThat(visit.page().evaluate("() => document.querySelector('h1').textContent"))
          .isEqualTo(input.model().title());
      List<Diagram> diagrams = visit.diagrams();
      assertThat(diagrams).as("diagrams drawn").isNotEmpty();
      for (Diagram diagram : diagrams) {
        assertThat(diagram.nodes()).as(diagram.id() + " nodes").isNotEmpty();
        assertThat(diagram.outside()).as(diagram.id() + " nodes outside the SVG").isEmpty();
        assertThat(diagram.overlapping()).as(diagram.id() + " overlapping nodes").isEmpty();
      }
      visit.screenshot(Path.of("target/browser/report-" + name + ".png"));
    }
  }
}
