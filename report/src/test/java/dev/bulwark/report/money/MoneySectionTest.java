package dev.bulwark.report.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.html.HtmlReport;
import org.junit.jupiter.api.Test;

class MoneySectionTest {
  private static String html(String example) {
    return new HtmlReport().renderToString(Digest.of(ReportFixtures.example(example)));
  }

  private static String section(String html) {
    int start = html.indexOf("<section id=\"money\">");
    return start < 0 ? "" : html.substring(start, html.indexOf("</section>", start) + 10) + "\n";
  }

  @Test
  void theOnlineShopSectionMatchesItsGoldenFile() {
    String html = html("online-shop");
    Golden.assertMatches("html/money-online-shop.html", section(html));
    assertThat(html).contains("<a href=\"#money\">Risk in money</a>");
  }

  @Test
  void theSectionSaysHowItWasSimulated() {
    MoneySection m = MoneySection.of(ReportFixtures.example("online-shop")).orElseThrow();
    assertThat(m.aggregate().settings().iterations()).isEqualTo(MoneySection.ITERATIONS);
    assertThat(m.aggregate().settings().seed()).isEqualTo(MoneySection.SEED);
    assertThat(m.rows()).hasSize(MoneySection.ROWS);
    assertThat(m.others()).isEqualTo(m.portfolio().scenarios().size() - MoneySection.ROWS);
    assertThat(m.roadmap().candidates()).isNotEmpty();
  }

  @Test
  void aModelWithoutScenariosOrEffectsHasNoSection() {
    assertThat(MoneySection.of(ReportFixtures.example("microservices-k8s"))).isEmpty();
    assertThat(section(html("microservices-k8s"))).isEmpty();
    assertThat(html("microservices-k8s")).doesNotContain("#money");
  }
}
