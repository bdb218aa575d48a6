package dev.bulwark.risk.fair.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.problem.Level;
import dev.bulwark.risk.Impact;
import dev.bulwark.risk.Likelihood;
import dev.bulwark.risk.Notice;
import dev.bulwark.risk.fair.Distribution;
import dev.bulwark.risk.fair.Factor;
import dev.bulwark.risk.fair.PertShape;
import dev.bulwark.risk.fair.portfolio.DerivedTables.Sensitivity;
import dev.bulwark.risk.fair.portfolio.PortfolioScenario.Origin;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How model scenarios are resolved against the assessment, and what is derived. */
class PortfolioResolverTest {
  private static final PertShape T = PertShape.TEXTBOOK;
  private static final double REVENUE = 20_000_000;

  private static PortfolioScenario scenario(Portfolio p, String id) {
    return p.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static Map<Factor, Input> inputs(PortfolioScenario s) {
    return s.inputs().stream().collect(Collectors.toMap(Input::factor, i -> i));
  }

  private static Distribution row(Likelihood l) {
    return DerivedTables.THREAT_EVENT_FREQUENCY.get(l).pert(T);
  }

  private static Distribution money(Impact i) {
    return DerivedTables.LOSS_SHARE_OF_REVENUE.get(i).times(REVENUE).pert(T);
  }

  @Test
  void modelScenariosComeFirstInFileOrderThenDerivedOnesById() {
    assertThat(PortfolioFixtures.shop().scenarios())
        .extracting(PortfolioScenario::id)
        .containsExactly(
            "s-given",
            "s-cards",
            "s-alone",
            "s-stale",
            "derived:TEST-1@dmz",
            "derived:t-accepted@dmz",
            "derived:t-api-2@app",
            "derived:t-api@app",
            "derived:t-mitigated@app");
  }

  @Test
  void givenEstimatesAreKeptAndTheSecondaryLossIsDerivedFromTheData() {
    PortfolioScenario s = scenario(PortfolioFixtures.shop(), "s-given");
    Map<Factor, Input> in = inputs(s);
    assertThat(s.origin()).isEqualTo(Origin.MODEL);
    assertThat(s.threats()).containsExactly("t-web");
    assertThat(in.get(Factor.THREAT_EVENT_FREQUENCY))
        .isEqualTo(
            new Input(
                Factor.THREAT_EVENT_FREQUENCY,
                Distribution.pert(0.5, 1, 5, T),
                false,
                "0.5, 1, 5"));
    assertThat(in.get(Factor.VULNERABILITY).derived()).isFalse();
    assertThat(in.get(Factor.PRIMARY_LOSS_MAGNITUDE).distribution())
        .isEqualTo(Distribution.pert(10_000, 50_000, 500_000, T));
    // t-web touches profiles: personal data under gdpr, so regulated; its impact is medium
    assertThat(in.get(Factor.SECONDARY_LOSS_EVENT_FREQUENCY).distribution())
        .isEqualTo(Distribution.pert(0.1, 0.3, 0.7, T));
    assertThat(in.get(Factor.SECONDARY_LOSS_EVENT_FREQUENCY).derived()).isTrue();
    // secondary magnitude: of the order of the primary loss, here the given one
    assertThat(in.get(Factor.SECONDARY_LOSS_MAGNITUDE).distribution())
        .isEqualTo(Distribution.pert(10_000, 50_000, 500_000, T));
    assertThat(in.get(Factor.SECONDARY_LOSS_MAGNITUDE).derived()).isTrue();
    assertThat(s.anyDerived()).isTrue();
    assertThat(s.allDerived()).isFalse();
  }

  @Test
  void aDataScenarioCoversEveryThreatTouchingTheDataAndDerivesEverything() {
    PortfolioScenario s = scenario(PortfolioFixtures.shop(), "s-cards");
    Map<Factor, Input> in = inputs(s);
    assertThat(s.threats()).containsExactly("t-db");
    assertThat(s.data()).startsWith("cards");
    // db is two flows from the internet-facing web: possible; no control credited; cards: critical
    assertThat(in.get(Factor.THREAT_EVENT_FREQUENCY).distribution())
        .isEqualTo(row(Likelihood.POSSIBLE));
    assertThat(in.get(Factor.THREAT_EVENT_FREQUENCY).basis())
        .isEqualTo("derived from likelihood possible before controls (t-db)");
    assertThat(in.get(Factor.VULNERABILITY).distribution())
        .isEqualTo(Distribution.pert(0.01, 0.05, 0.2, T));
    assertThat(in.get(Factor.PRIMARY_LOSS_MAGNITUDE).distribution())
        .isEqualTo(Distribution.pert(50_000, 250_000, 1_250_000, T));
    assertThat(in.get(Factor.PRIMARY_LOSS_MAGNITUDE).distribution())
        .isEqualTo(money(Impact.CRITICAL));
    assertThat(in.get(Factor.PRIMARY_LOSS_MAGNITUDE).basis())
        .isEqualTo(
            "derived from impact critical of t-db: 0.25 % to 6.25 % of annual revenue 20,000,000");
    assertThat(in.get(Factor.SECONDARY_LOSS_EVENT_FREQUENCY).distribution())
        .isEqualTo(DerivedTables.SECONDARY_LOSS_EVENT_FREQUENCY.get(Sensitivity.REGULATED).pert(T));
    assertThat(s.allDerived()).isTrue();
    assertThat(s.mitigations()).containsExactly("m-vault");
  }

  @Test
  void aScenarioWhoseThreatsWereAllDecidedAwayIsClosed() {
    Portfolio p = PortfolioFixtures.shop();
    assertThat(p.closed()).extracting(Portfolio.Closed::id).containsExactly("s-closed");
    assertThat(p.closed().getFirst().threats()).containsExactly("t-false");
  }

  @Test
  void aScenarioWithoutThreatsIsSimulatedAsWritten() {
    PortfolioScenario s = scenario(PortfolioFixtures.shop(), "s-alone");
    assertThat(s.note()).isEqualTo("covers no threat of the analysis");
    assertThat(s.inputs())
        .extracting(Input::factor)
        .containsExactly(
            Factor.THREAT_EVENT_FREQUENCY, Factor.VULNERABILITY, Factor.PRIMARY_LOSS_MAGNITUDE);
    assertThat(s.anyDerived()).isFalse();
  }

  @Test
  void staleLinksAndSharedThreatsAreNoticed() {
    List<Notice> notices = PortfolioFixtures.shop().notices();
    assertThat(notices)
        .extracting(Notice::code)
        .containsExactly("stale-scenario-link", "overlapping-scenarios");
    assertThat(notices).allMatch(n -> n.level() == Level.WARNING);
    assertThat(notices.get(0).message()).contains("'BW-GONE-001@web'");
    assertThat(notices.get(1).message())
        .isEqualTo(
            "scenarios 's-given' and 's-stale' both cover 1 threat, whose risk then counts in both");
    // s-stale still covers t-web, which is likely: derived frequency from that
    assertThat(
            inputs(scenario(PortfolioFixtures.shop(), "s-stale"))
                .get(Factor.THREAT_EVENT_FREQUENCY)
                .distribution())
        .isEqualTo(row(Likelihood.LIKELY));
  }

  @Test
  void decidedThreatsCountConsistently() {
    Portfolio p = PortfolioFixtures.shop();
    List<String> counted =
        p.scenarios().stream().flatMap(s -> s.threats().stream()).distinct().sorted().toList();
    // false positive and mitigated-without-effects are out; accepted and mitigated-with-effects in
    assertThat(counted)
        .containsExactly(
            "TEST-1@web", "t-accepted", "t-api", "t-api-2", "t-db", "t-mitigated", "t-web");
    assertThat(scenario(p, "derived:t-accepted@dmz").accepted()).containsExactly("t-accepted");
    assertThat(scenario(p, "derived:t-mitigated@app").mitigations())
        .containsExactly("m-rate-limit");
    assertThat(p.baseline()).containsExactly("m-rate-limit");
  }

  @Test
  void theLikelihoodBeforeControlsSetsTheFrequencyAndCreditedControlsTheVulnerability() {
    Map<Factor, Input> in = inputs(scenario(PortfolioFixtures.shop(), "derived:TEST-1@dmz"));
    assertThat(in.get(Factor.THREAT_EVENT_FREQUENCY).distribution())
        .isEqualTo(row(Likelihood.LIKELY));
    assertThat(in.get(Factor.VULNERABILITY).distribution())
        .isEqualTo(DerivedTables.vulnerability(1).pert(T));
    assertThat(in.get(Factor.VULNERABILITY).basis())
        .isEqualTo("derived from 1 control credited: waf (TEST-1@web)");
  }

  @Test
  void withTooManyGroupsThreatsAreGroupedByTheirRatings() {
    Portfolio p = PortfolioFixtures.shop(PortfolioOptions.DEFAULTS.withMaxDerived(2));
    assertThat(p.grouping()).isEqualTo(Portfolio.Grouping.RATINGS);
    List<PortfolioScenario> derived =
        p.scenarios().stream().filter(s -> s.origin() == Origin.DERIVED).toList();
    assertThat(derived)
        .extracting(PortfolioScenario::id)
        .containsExactly(
            "derived:likely/controls-0/impact-medium/regulated",
            "derived:likely/controls-1/impact-medium/regulated",
            "derived:possible/controls-0/impact-low/none",
            "derived:possible/controls-0/impact-medium/none");
    assertThat(derived.get(3).threats()).containsExactlyInAnyOrder("t-api", "t-api-2");
    assertThat(derived.get(3).note()).isEqualTo("2 threats grouped by their ratings");
  }

  @Test
  void derivedScenariosCanBeTurnedOff() {
    Portfolio p = PortfolioFixtures.shop(PortfolioOptions.DEFAULTS.withDerive(false));
    assertThat(p.scenarios()).extracting(PortfolioScenario::origin).containsOnly(Origin.MODEL);
    assertThat(p.uncovered()).isEqualTo(5);
  }

  @Test
  void theShapeAppliesToGivenAndDerivedEstimates() {
    Portfolio p =
        PortfolioFixtures.shop(PortfolioOptions.DEFAULTS.withShape(PertShape.MOMENT_MATCHED));
    assertThat(scenario(p, "s-cards").inputs())
        .allSatisfy(i ->
            assertThat(((dev.bulwark.risk.fair.Pert) i.distribution()).shape())
                .isEqualTo(PertShape.MOMENT_MATCHED));
  }
}
