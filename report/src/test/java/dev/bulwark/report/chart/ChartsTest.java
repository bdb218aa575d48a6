package dev.bulwark.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.model.Golden;
import dev.bulwark.model.Severity;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Impact;
import dev.bulwark.risk.Likelihood;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {
  private static final List<String> CHARTS = List.of("heatmap", "pareto", "severity-bar");

  private static Digest shop;
  private static Digest hostile;
  private static Digest empty;

  @BeforeAll
  static void digests(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    shop = Digest.of(ReportFixtures.example("online-shop"));
    hostile = Digest.of(ReportFixtures.hostile());
    Path model = dir.resolve("bulwark.yaml");
    Files.writeString(model, "bulwark: 1\nid: empty\ntitle: Nothing yet\n");
    empty = Digest.of(ReportFixtures.analyse(model));
  }

  static String render(String chart, Digest digest, String prefix) {
    BiFunction<Digest, String, String> renderer =
        switch (chart) {
          case "heatmap" -> HeatMapChart::render;
          case "pareto" -> ParetoChart::render;
          case "severity-bar" -> SeverityBar::render;
          default -> throw new IllegalArgumentException(chart);
        };
    return renderer.apply(digest, prefix);
  }

  static Stream<Arguments> everyChartAndInput() {
    List<Arguments> cases = new ArrayList<>();
    for (String chart : CHARTS) {
      for (String example : ReportFixtures.EXAMPLES) {
        cases.add(Arguments.of(chart, example));
      }
      cases.add(Arguments.of(chart, "hostile"));
      cases.add(Arguments.of(chart, "empty"));
    }
    return cases.stream();
  }

  private static Digest digest(String name) {
    return switch (name) {
      case "hostile" -> hostile;
      case "empty" -> empty;
      case "online-shop" -> shop;
      default -> Digest.of(ReportFixtures.example(name));
    };
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("everyChartAndInput")
  void isPlainWellFormedSvgWithPrefixedIdsAndNothingActive(String chart, String input) {
    String svg = render(chart, digest(input), "c1");
    Document document = SvgDocuments.parse(svg);
    Element root = document.getDocumentElement();

    assertThat(root.getNamespaceURI()).isEqualTo(SvgDocuments.SVG);
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("viewBox"))
        .isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
    assertThat(root.getAttribute("width")).matches("[1-9][0-9]*");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label")).isNotBlank();
    assertThat(SvgDocuments.children(root, "title")).hasSize(1);

    Set<String> ids = new HashSet<>();
    for (Element e : SvgDocuments.elements(document)) {
      assertThat(e.getNamespaceURI())
          .as("namespace of <%s>", e.getTagName())
          .isEqualTo(SvgDocuments.SVG);
      assertThat(e.getLocalName())
          .isIn("svg", "title", "g", "rect", "line", "polyline", "circle", "text");
      for (int i = 0; i < e.getAttributes().getLength(); i++) {
        Attr attribute = (Attr) e.getAttributes().item(i);
        assertThat(attribute.getName()).doesNotStartWithIgnoringCase("on").doesNotContain("href");
        assertThat(attribute.getValue())
            .doesNotContainIgnoringCase("javascript:")
            .doesNotContain("var(");
      }
      if (e.hasAttribute("id")) {
        assertThat(e.getAttribute("id")).startsWith("c1");
        assertThat(ids.add(e.getAttribute("id"))).as("unique id " + e.getAttribute("id")).isTrue();
      }
    }
    assertThat(svg).doesNotContain("style", "<script", "NaN", "Infinity");
    for (Element e : SvgDocuments.elements(document)) {
      for (String number :
          List.of("x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r")) {
        if (e.hasAttribute(number)) {
          assertThat(e.getAttribute(number)).as(number).matches("-?[0-9]+(\\.[0-9])?");
        }
      }
    }
  }

  @Test
  void onlineShopChartsMatchTheirGoldenFiles() {
    for (String chart : CHARTS) {
      Golden.assertMatches(
          "chart/" + chart + "-online-shop.svg", render(chart, shop, "shop-" + chart));
    }
  }

  @Test
  void heatMapCellsHoldTheOpenThreatCountsAndTheMatrixTint() {
    Document document = SvgDocuments.parse(HeatMapChart.render(shop, "heat"));
    int[][] counted = new int[Likelihood.values().length][Impact.values().length];
    for (AssessedThreat t : shop.input().assessment().threats()) {
      if (t.isOpen()) {
        counted[t.score().likelihood().ordinal()][t.score().impact().ordinal()]++;
      }
    }
    int total = 0;
    for (Likelihood l : Likelihood.values()) {
      for (Impact i : Impact.values()) {
        int expected = counted[l.ordinal()][i.ordinal()];
        assertThat(shop.heat(l, i)).isEqualTo(expected);
        total += expected;
        Element cell =
            SvgDocuments.byId(
                document,
                "heat-cell-"
                    + l.name().toLowerCase().replace('_', '-')
                    + "-"
                    + i.name().toLowerCase());
        List<String> numbers =
            SvgDocuments.children(cell, "text").stream()
                .filter(t -> t.getAttribute("class").equals("count"))
                .map(Element::getTextContent)
                .toList();
        assertThat(numbers)
            .isEqualTo(expected == 0 ? List.of() : List.of(Integer.toString(expected)));
        assertThat(SvgDocuments.children(cell, "title").getFirst().getTextContent())
            .contains(": " + expected + " open threat");
        Severity severity = shop.input().assessment().matrix().severity(l, i);
        assertThat(SvgDocuments.children(cell, "rect").getFirst().getAttribute("fill"))
            .isEqualTo(
                expected == 0 ? SeverityColours.tint(severity) : SeverityColours.fill(severity));
      }
    }
    assertThat(total).as("the example has open threats").isPositive();
    assertThat(document.getDocumentElement().getAttribute("aria-label"))
        .startsWith("Heat map of " + total + " open threats");
  }

  @Test
  void heatMapPutsVeryLikelyOnTopAndCriticalImpactOnTheRight() {
    Document document = SvgDocuments.parse(HeatMapChart.render(shop, "heat"));
    Element topRight =
        SvgDocuments.children(SvgDocuments.byId(document, "heat-cell-very-likely-critical"), "rect")
            .getFirst();
    Element bottomLeft =
        SvgDocuments.children(SvgDocuments.byId(document, "heat-cell-unlikely-low"), "rect")
            .getFirst();
    assertThat(Double.parseDouble(topRight.getAttribute("y")))
        .isLessThan(Double.parseDouble(bottomLeft.getAttribute("y")));
    assertThat(Double.parseDouble(topRight.getAttribute("x")))
        .isGreaterThan(Double.parseDouble(bottomLeft.getAttribute("x")));
  }

  @Test
  void paretoBarsFallWhileTheCumulativeLineRisesToAHundredPercent() {
    Document document = SvgDocuments.parse(ParetoChart.render(shop, "p"));
    List<Digest.Bar> bars = shop.pareto();
    List<Element> groups = SvgDocuments.withClass(document, "bar");
    assertThat(groups).hasSize(bars.size()).hasSizeGreaterThan(2);
    double previous = Double.MAX_VALUE;
    for (int i = 0; i < bars.size(); i++) {
      Element group = groups.get(i);
      assertThat(group.getAttribute("id")).isEqualTo("p-bar-" + (i + 1));
      String tooltip = SvgDocuments.children(group, "title").getFirst().getTextContent();
      assertThat(tooltip).startsWith(bars.get(i).rule() + " — " + bars.get(i).title() + ": ");
      double height =
          Double.parseDouble(
              SvgDocuments.children(group, "rect").getFirst().getAttribute("height"));
      if (!bars.get(i).rule().equals("others")) {
        assertThat(height).isLessThanOrEqualTo(previous);
        previous = height;
      }
    }
    // The 0 % and 100 % labels of the right-hand scale place the line's points and the 80 % line.
    double zero = labelY(document, "0%");
    double hundred = labelY(document, "100%");
    String[] points =
        SvgDocuments.withClass(document, "cumulative").getFirst().getAttribute("points").split(" ");
    assertThat(points).hasSize(bars.size());
    double last = Double.parseDouble(points[points.length - 1].split(",")[1]);
    assertThat(last).isCloseTo(hundred - 4, org.assertj.core.data.Offset.offset(0.1));
    double reference =
        Double.parseDouble(
            SvgDocuments.withClass(document, "reference").getFirst().getAttribute("y1"));
    assertThat(reference)
        .isCloseTo(zero - 4 - 0.8 * (zero - hundred), org.assertj.core.data.Offset.offset(0.1));
  }

  private static double labelY(Document document, String label) {
    return SvgDocuments.elements(document).stream()
        .filter(e -> e.getLocalName().equals("text") && e.getTextContent().equals(label))
        .mapToDouble(e -> Double.parseDouble(e.getAttribute("y")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void severityBarSegmentsFillTheBarWorstFirstAndTheLegendCountsEveryThreat() {
    Document document = SvgDocuments.parse(SeverityBar.render(shop, "sev"));
    int[] counted = new int[Severity.values().length];
    shop.input().assessment().threats().stream()
        .filter(AssessedThreat::isOpen)
        .forEach(t -> counted[t.score().severity().ordinal()]++);
    List<String> legend =
        SvgDocuments.withClass(document, "legend").stream().map(Element::getTextContent).toList();
    assertThat(legend)
        .containsExactly(
            "Critical " + counted[4],
            "High " + counted[3],
            "Elevated " + counted[2],
            "Medium " + counted[1],
            "Low " + counted[0]);
    double x = 0;
    int width = 0;
    for (Element segment : SvgDocuments.withClass(document, "segment")) {
      Element rect = SvgDocuments.children(segment, "rect").getFirst();
      assertThat(Double.parseDouble(rect.getAttribute("x"))).isEqualTo(x);
      x += Double.parseDouble(rect.getAttribute("width"));
      width += Integer.parseInt(rect.getAttribute("width"));
      assertThat(Integer.parseInt(rect.getAttribute("width"))).isGreaterThanOrEqualTo(4);
    }
    assertThat(width)
        .isEqualTo(Integer.parseInt(document.getDocumentElement().getAttribute("width")));
  }

  @Test
  void severityBarGivesEvenATinyShareAVisibleSegment() {
    var counts = new java.util.EnumMap<Severity, Integer>(Severity.class);
    counts.put(Severity.CRITICAL, 1);
    counts.put(Severity.LOW, 10_000);
    int[] widths = SeverityBar.widths(List.of(Severity.values()).reversed(), counts);
    assertThat(widths).containsExactly(4, 0, 0, 0, 436);
  }

  @Test
  void anEmptyAssessmentSaysSoInEveryChart() {
    assertThat(empty.input().assessment().threats()).isEmpty();
    Document heat = SvgDocuments.parse(HeatMapChart.render(empty, "h"));
    assertThat(SvgDocuments.withClass(heat, "count")).isEmpty();
    assertThat(SvgDocuments.withClass(heat, "empty").getFirst().getTextContent())
        .contains("No open threats");
    assertThat(heat.getDocumentElement().getAttribute("aria-label")).endsWith("no open threats.");
    Document pareto = SvgDocuments.parse(ParetoChart.render(empty, "p"));
    assertThat(SvgDocuments.withClass(pareto, "bar")).isEmpty();
    assertThat(SvgDocuments.withClass(pareto, "empty").getFirst().getTextContent())
        .startsWith("No open threats");
    Document bar = SvgDocuments.parse(SeverityBar.render(empty, "s"));
    assertThat(SvgDocuments.withClass(bar, "segment")).isEmpty();
    assertThat(bar.getDocumentElement().getTextContent())
        .contains("No open threats", "Critical 0", "Low 0");
  }

  @Test
  void hostileModelRendersEveryChart() {
    for (String chart : CHARTS) {
      assertThat(render(chart, hostile, "x")).doesNotContain("<script", "alert(");
    }
  }

  /** Rule ids and titles can come from a user's rule pack: give the chart the worst of them. */
  @Test
  void hostileRuleIdsAndTitlesAreEscapedAndStayText() {
    String id = "\"><script>alert(1)</script>";
    String title = "<img src=x onerror=alert(2)> & 'quotes' ]]> <!--";
    Digest d = hostile;
    Digest poisoned =
        new Digest(
            d.input(),
            d.worstOpen(),
            d.posture(),
            d.openBySeverity(),
            d.byStatus(),
            d.heat(),
            d.topRisks(),
            d.accepted(),
            d.fundNext(),
            List.of(
                new Digest.Bar(id, title, 3, 24, 0.9),
                new Digest.Bar("others", "1 other rule", 1, 2, 1.0)),
            d.defence(),
            d.zones(),
            d.elsewhere(),
            d.elementSeverity(),
            d.quality(),
            d.detailed());
    String svg = ParetoChart.render(poisoned, "x");
    assertThat(svg)
        .doesNotContain("<script", "<img", "<!--")
        .contains("&lt;script&gt;", "&lt;img src=x");
    Document document = SvgDocuments.parse(svg);
    assertThat(SvgDocuments.withClass(document, "bar").getFirst().getTextContent())
        .contains(id + " — " + title);
    assertThat(SvgDocuments.withClass(document, "rule").getFirst().getTextContent())
        .isEqualTo("\"><script>alert(1)</s…");
    assertThat(document.getDocumentElement().getAttribute("aria-label")).contains(id);
    assertThat(SvgDocuments.elements(document))
        .noneMatch(e -> e.getLocalName().equals("script") || e.getLocalName().equals("img"));
  }

  @Test
  void aPrefixThatIsNoSafeIdIsRefused() {
    for (String bad : List.of("", "1x", "a b", "a\"b", "x<y", "é")) {
      assertThatThrownBy(() -> HeatMapChart.render(shop, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be a letter followed by");
    }
  }

  @Test
  void gridStepsAreRound() {
    assertThat(ParetoChart.step(0)).isEqualTo(1);
    assertThat(ParetoChart.step(4)).isEqualTo(1);
    assertThat(ParetoChart.step(5)).isEqualTo(2);
    assertThat(ParetoChart.step(9)).isEqualTo(5);
    assertThat(ParetoChart.step(40)).isEqualTo(10);
    assertThat(ParetoChart.step(41)).isEqualTo(20);
    assertThat(ParetoChart.step(1999)).isEqualTo(500);
  }
}
