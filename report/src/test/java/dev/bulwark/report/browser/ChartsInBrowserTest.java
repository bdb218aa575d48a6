package dev.bulwark.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.chart.HeatMapChart;
import dev.bulwark.report.chart.ParetoChart;
import dev.bulwark.report.chart.SeverityBar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts of every example and of the hostile model, side by side in a real browser. */
class ChartsInBrowserTest {
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

  @Test
  void drawWithoutErrorsOrRequestsAtTheirDeclaredSize() throws IOException {
    StringBuilder body = new StringBuilder();
    int charts = 0;
    for (String name : List.of("online-shop", "microservices-k8s", "iot-fleet", "hostile")) {
      Digest digest =
          Digest.of(
              name.equals("hostile") ? ReportFixtures.hostile() : ReportFixtures.example(name));
      String prefix = name.replace("-", "");
      body.append("<h2>")
          .append(name)
          .append("</h2>\n")
          .append(SeverityBar.render(digest, prefix + "-severity"))
          .append(HeatMapChart.render(digest, prefix + "-heat"))
          .append(ParetoChart.render(digest, prefix + "-pareto"));
      charts += 3;
    }
    Path page = Path.of("target/browser/charts.html");
    Files.createDirectories(page.getParent());
    Files.writeString(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>charts</title>"
            + "</head><body>\n"
            + body
            + "</body></html>\n");
    try (Visit visit = chromium.open(page)) {
      assertThat(visit.consoleErrors()).isEmpty();
      assertThat(visit.requests()).isEmpty();
      List<?> sizes =
          (List<?>)
              visit
                  .page()
                  .evaluate(
                      "() => Array.from(document.querySelectorAll('svg.bulwark-chart')).map(s =>"
                          + " { const r = s.getBoundingClientRect(); return {w: r.width, h: r.height,"
                          + " dw: s.width.baseVal.value, dh: s.height.baseVal.value}; })");
      assertThat(sizes).hasSize(charts);
      for (Object size : sizes) {
        Map<?, ?> box = (Map<?, ?>) size;
        assertThat(((Number) box.get("w")).doubleValue())
            .isEqualTo(((Number) box.get("dw")).doubleValue());
        assertThat(((Number) box.get("h")).doubleValue())
            .isEqualTo(((Number) box.get("dh")).doubleValue());
      }
      visit.screenshot(Path.of("target/browser/charts.png"));
    }
  }
}
