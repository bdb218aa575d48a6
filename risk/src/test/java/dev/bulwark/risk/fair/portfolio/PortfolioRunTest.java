package dev.bulwark.risk.fair.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.bulwark.risk.fair.Mode;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Simulator;
import dev.bulwark.risk.fair.Summary;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Aggregation over the fixture's scenarios, what-if and roadmap. */
class PortfolioRunTest {
  private static final int N = 100_000;
  private static Portfolio portfolio;
  private static PortfolioRun run;

  @BeforeAll
  static void simulate() {
    portfolio = PortfolioFixtures.shop();
    run =
        new PortfolioRun(
            portfolio, new Settings(Mode.PRODUCT, 42, N), new Simulator(2), Progress.NONE);
  }

  private static ScenarioResult result(String id) {
    return run.aggregate().scenarios().stream()
        .filter(r -> r.scenario().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** Vulnerabilities are given or derived as probabilities: none needs estimating. */
  private static double analyticMean(ScenarioResult r) {
    double v =
        r.scenario().inputs().stream()
            .filter(i -> i.factor() == dev.bulwark.risk.fair.Factor.VULNERABILITY)
            .findFirst()
            .orElseThrow()
            .distribution()
            .mean();
    double mean = r.scenario().scenario().mean(v);
    for (String id : r.applied()) {
      mean *= portfolio.mitigation(id).orElseThrow().meanMultiplier();
    }
    return mean;
  }

  @Test
  void theTotalMeanIsTheSumOfTheScenariosMeans() {
    Aggregate a = run.aggregate();
    double analytic = a.scenarios().stream().mapToDouble(PortfolioRunTest::analyticMean).sum();
    double simulatedSum = a.scenarios().stream().mapToDouble(r -> r.summary().mean()).sum();
    assertThat(a.total().mean()).isCloseTo(simulatedSum, offset(1e-6 * simulatedSum));
    double se = a.total().standardDeviation() / Math.sqrt(N);
    assertThat(a.total().mean()).isCloseTo(analytic, offset(5 * se));
    assertThat(a.scenarios()).hasSize(portfolio.scenarios().size());
  }

  @Test
  void everyScenarioMeanAgreesWithItsAnalyticMean() {
    for (ScenarioResult r : run.aggregate().scenarios()) {
      double se = r.summary().standardDeviation() / Math.sqrt(N);
      assertThat(r.summary().mean())
          .as(r.scenario().id())
          .isCloseTo(analyticMean(r), offset(5 * se + 1e-9));
    }
  }

  @Test
  void theExceedanceCurvesNeverRise() {
    List<Summary> summaries =
        new java.util.ArrayList<>(
            run.aggregate().scenarios().stream().map(ScenarioResult::summary).toList());
    summaries.add(run.aggregate().total());
    for (Summary s : summaries) {
      for (int i = 1; i < s.exceedance().size(); i++) {
        assertThat(s.exceedance().get(i).probability())
            .isLessThanOrEqualTo(s.exceedance().get(i - 1).probability());
        assertThat(s.exceedance().get(i).loss())
            .isGreaterThanOrEqualTo(s.exceedance().get(i - 1).loss());
      }
    }
  }

  @Test
  void theMitigationsInPlaceAreApplied() {
    assertThat(run.aggregate().mitigations()).containsExactly("m-rate-limit");
    assertThat(result("derived:t-mitigated@app").applied()).containsExactly("m-rate-limit");
    assertThat(result("s-cards").applied()).isEmpty();
  }

  @Test
  void theThreadCountNeverChangesTheDocument() {
    String two =
        PortfolioJson.write(portfolio, run.aggregate(), Optional.empty(), Optional.empty());
    PortfolioRun one =
        new PortfolioRun(
            portfolio, new Settings(Mode.PRODUCT, 42, N), new Simulator(1), Progress.NONE);
    assertThat(PortfolioJson.write(portfolio, one.aggregate(), Optional.empty(), Optional.empty()))
        .isEqualTo(two);
  }

  @Test
  void whatIfComparesTheSameYearsWithAndWithout() {
    Comparison c = run.whatIf(List.of("m-vault"));
    assertThat(c.before()).containsExactly("m-rate-limit");
    assertThat(c.after()).containsExactly("m-rate-limit", "m-vault");
    assertThat(c.beforeTotal()).isEqualTo(run.aggregate().total());
    assertThat(c.changes()).extracting(Comparison.Change::scenario).containsExactly("s-cards");
    // the vault keeps (1 − 0.7)·(1 − 0.2) = 0.24 of the card scenario's mean on average
    double cards = result("s-cards").summary().mean();
    assertThat(c.changes().getFirst().before()).isEqualTo(cards);
    assertThat(c.reduction().mean()).isCloseTo(0.76 * cards, offset(0.03 * cards));
    assertThat(c.reduction().mean())
        .isCloseTo(c.beforeTotal().mean() - c.afterTotal().mean(), offset(1e-6 * cards));
    assertThat(c.reduction().p5()).isLessThanOrEqualTo(c.reduction().p95());
  }

  @Test
  void whatIfOfAMitigationInPlaceTakesItOutForWithout() {
    Comparison c = run.whatIf(List.of("m-rate-limit"));
    assertThat(c.before()).isEmpty();
    assertThat(c.after()).containsExactly("m-rate-limit");
    double with = result("derived:t-mitigated@app").summary().mean();
    // the constant halving of the frequency: without is exactly twice with, year by year
    assertThat(c.changes().getFirst().before()).isCloseTo(2 * with, offset(1e-9 * with));
    assertThat(c.reduction().mean()).isCloseTo(with, offset(1e-9 * with));
  }

  @Test
  void whatIfRefusesAnUnknownMitigation() {
    assertThatThrownBy(() -> run.whatIf(List.of("m-plain")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'m-plain' is no mitigation with effects");
  }

  @Test
  void theRoadmapRanksByReductionPerCostAndPicksWithinTheBudget() {
    Roadmap r = run.roadmap(OptionalLong.of(10_000));
    assertThat(r.idle()).containsExactly("m-idle");
    assertThat(r.candidates())
        .extracting(c -> c.mitigation().id())
        .containsExactlyInAnyOrder("m-vault", "m-signing");
    for (Roadmap.Candidate c : r.candidates()) {
      double before = c.scenarios().stream().mapToDouble(id -> result(id).summary().mean()).sum();
      assertThat(c.expected())
          .isCloseTo(before * (1 - c.mitigation().meanMultiplier()), offset(1e-9 * before));
      assertThat(c.perCost().getAsDouble())
          .isCloseTo(c.expected() / c.cost().getAsLong(), offset(1e-12));
      assertThat(c.simulated().mean()).isCloseTo(c.expected(), offset(0.05 * c.expected()));
    }
    assertThat(r.candidates().get(0).perCost().getAsDouble())
        .isGreaterThanOrEqualTo(r.candidates().get(1).perCost().getAsDouble());
    Roadmap.Pick pick = r.pick().orElseThrow();
    assertThat(pick.chosen()).containsExactly("m-signing");
    assertThat(pick.cost()).isEqualTo(5_000);
    assertThat(pick.exact()).isTrue();
    assertThat(run.roadmap(OptionalLong.of(100_000)).pick().orElseThrow().chosen())
        .containsExactlyInAnyOrder("m-signing", "m-vault");
    assertThat(run.roadmap(OptionalLong.empty()).pick()).isEmpty();
  }
}
