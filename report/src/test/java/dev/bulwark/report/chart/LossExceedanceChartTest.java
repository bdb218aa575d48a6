package dev.bulwark.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.money.MoneySection;
import dev.bulwark.risk.fair.Summary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LossExceedanceChartTest {
  private static Summary summary(double... losses) {
    return Summary.of(losses);
  }

  @Test
  void theOnlineShopChartMatchesItsGoldenFile() {
    MoneySection section = MoneySection.of(ReportFixtures.example("online-shop")).orElseThrow();
    Golden.assertMatches("chart/loss-exceedance-online-shop.svg", section.chart());
  }

  @Test
  void isPlainWellFormedSvgWithPrefixedIdsTitlesAndNothingActive() {
    String svg =
        LossExceedanceChart.render(
            List.of(
                new LossExceedanceChart.Series(
                    "All <scenarios> & \"more\"", summary(10, 100, 1000, 5000)),
                new LossExceedanceChart.Series("One", summary(0, 50, 700))),
            "EUR",
            "lec");
    Document document = SvgDocuments.parse(svg);
    Element root = document.getDocumentElement();
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label")).contains("EUR", "mean 1,528");
    Set<String> ids = new HashSet<>();
    for (Element e : SvgDocuments.elements(document)) {
      assertThat(e.getLocalName()).isIn("svg", "title", "g", "line", "polyline", "text");
      if (e.hasAttribute("id")) {
        assertThat(e.getAttribute("id")).startsWith("lec");
        assertThat(ids.add(e.getAttribute("id"))).isTrue();
      }
    }
    List<Element> curves = SvgDocuments.withClass(document, "curve");
    assertThat(SvgDocuments.byId(document, "lec-curve-1")).isNotNull();
    assertThat(SvgDocuments.byId(document, "lec-curve-2")).isNotNull();
    assertThat(
            SvgDocuments.children(SvgDocuments.byId(document, "lec-curve-1"), "title")
                .getFirst()
                .getTextContent())
        .startsWith("All <scenarios> & \"more\": mean 1,528");
    assertThat(svg).doesNotContain("<script", "NaN", "Infinity", "style=");
    assertThat(curves).isNotNull();
  }

  @Test
  void lossesGoRightOnAPowerOfTenScaleAndProbabilitiesFall() {
    String svg =
        LossExceedanceChart.render(
            List.of(new LossExceedanceChart.Series("All", summary(10, 100, 1000, 10000))),
            "USD",
            "l");
    Document document = SvgDocuments.parse(svg);
    String points =
        SvgDocuments.children(SvgDocuments.byId(document, "l-curve-1"), "polyline")
            .getFirst()
            .getAttribute("points");
    double lastX = -1;
    double lastY = -1;
    for (String point : points.split(" ")) {
      double x = Double.parseDouble(point.split(",")[0]);
      double y = Double.parseDouble(point.split(",")[1]);
      assertThat(x).isGreaterThanOrEqualTo(lastX);
      assertThat(y).isGreaterThanOrEqualTo(lastY); // SVG y grows downwards: probability falls
      lastX = x;
      lastY = y;
    }
    assertThat(svg).contains(">10<", ">100<", ">1k<", ">10k<");
  }

  @Test
  void powersOfTenAreNamedShortly() {
    assertThat(LossExceedanceChart.power(0)).isEqualTo("1");
    assertThat(LossExceedanceChart.power(2)).isEqualTo("100");
    assertThat(LossExceedanceChart.power(3)).isEqualTo("1k");
    assertThat(LossExceedanceChart.power(7)).isEqualTo("10M");
    assertThat(LossExceedanceChart.power(9)).isEqualTo("1B");
    assertThat(LossExceedanceChart.power(-1)).isEqualTo("0.1");
  }

  @Test
  void aChartWithoutLossesSaysSo() {
    String svg =
        LossExceedanceChart.render(
            List.of(new LossExceedanceChart.Series("All", summary(0, 0, 0))), "USD", "z");
    assertThat(svg).contains("No simulated year lost anything");
    SvgDocuments.parse(svg);
  }

  @Test
  void everySeriesColourStandsOutOnWhite() {
    for (int n = 0; n < SeriesColours.count(); n++) {
      assertThat(SeverityColoursTest.contrast("#ffffff", SeriesColours.colour(n)))
          .as(SeriesColours.colour(n))
          .isGreaterThanOrEqualTo(3);
    }
    assertThat(SeverityColoursTest.contrast("#ffffff", SeriesColours.total()))
        .isGreaterThanOrEqualTo(4.5);
  }
}
