package dev.bulwark.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report's money section on a model whose figures are exact by hand (see the comment
 * in money/one-scenario.yaml): the scenario loses 100,000 EUR every simulated year; the mitigation
 * in progress takes half of it away for 10,000 in its first year.
 */
class MoneyMarkdownTest {
  private static String markdown(Path file) {
    return new MarkdownReport().renderToString(Digest.of(ReportFixtures.analyse(file)));
  }

  @Test
  void theScenarioAndTheRoadmapShowTheHandComputedFigures() {
    String md = markdown(Path.of("src/test/resources/money/one-scenario.yaml"));
    assertThat(md)
        .contains("\n## Risk in money\n\nAnnualised loss exposure in EUR (Open FAIR, 50,000")
        .contains(" simulated years, seed 42): **mean ")
        .contains(" 1 from the model, ")
        .contains(" | The shop is down for a day `outage` | given | 100,000 | 100,000 |\n")
        .contains("| 1 | A second site `second-site` | 10,000 | 50,000 | +400 % |\n");
  }

  @Test
  void aModelWithoutScenariosOrEffectsHasNoMoneySection() {
    String md =
        markdown(
            ReportFixtures.repository().resolve("report/src/test/resources/hostile/bulwark.yaml"));
    assertThat(md).contains("## Summary").doesNotContain("Risk in money");
  }
}
