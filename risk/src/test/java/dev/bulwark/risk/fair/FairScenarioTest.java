package dev.bulwark.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario checks each input against what its factor allows, and reports every problem. */
class FairScenarioTest {
  private static final PertShape TB = PertShape.TEXTBOOK;

  @Test
  void everyOutOfRangeInputIsReportedWithItsFactor() {
    assertThatThrownBy(() ->
            new Scenario(
                ThreatEventFrequency.given(Distribution.pert(-1, 1, 5, TB)),
                Vulnerability.given(Distribution.pert(0.1, 0.5, 1.5, TB)),
                Distribution.constant(-10),
                new SecondaryLoss(Distribution.lognormal(0.1, 0.9), Distribution.constant(1))))
        .isInstanceOfSatisfying(
            FairException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FairException.Problem::toString)
                    .containsExactly(
                        "threat-event-frequency: a frequency cannot be negative, but PERT(-1, 1,"
                            + " 5) goes down to -1",
                        "vulnerability: a probability must lie in [0, 1], but PERT(0.1, 0.5, 1.5)"
                            + " ranges over [0.1, 1.5]",
                        "primary-loss-magnitude: a loss cannot be negative, but -10 goes down to"
                            + " -10",
                        "secondary-loss-event-frequency: a probability must lie in [0, 1], but"
                            + " lognormal(p5 0.1, p95 0.9) is unbounded; give a PERT or a"
                            + " constant"));
  }

  @Test
  void probabilitiesOfActionAndCountsAreChecked() {
    assertThatThrownBy(() ->
            Scenario.of(
                    Distribution.constant(1), Distribution.constant(1), Distribution.constant(1))
                .withThreatEventFrequency(
                    ThreatEventFrequency.fromContact(
                        Distribution.poisson(3), Distribution.poisson(1))))
        .isInstanceOfSatisfying(
            FairException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FairException.Problem::subject)
                    .containsExactly("probability-of-action"));
  }

  @Test
  void capabilityAndResistanceMayUseAnyScale() {
    Scenario s =
        Scenario.of(Distribution.constant(1), Distribution.constant(1), Distribution.constant(1))
            .withVulnerability(
                Vulnerability.fromCapability(
                    Distribution.pert(-5, 0, 5, TB), Distribution.lognormal(1, 100)));
    assertThat(s.inputs().keySet())
        .containsExactly(
            Factor.THREAT_EVENT_FREQUENCY,
            Factor.THREAT_CAPABILITY,
            Factor.RESISTANCE_STRENGTH,
            Factor.PRIMARY_LOSS_MAGNITUDE);
  }

  @Test
  void inputsListTheFactorsGivenInTaxonomyOrder() {
    Scenario s =
        Scenario.of(Distribution.constant(2), Distribution.constant(0.5), Distribution.constant(9))
            .withSecondaryLoss(
                new SecondaryLoss(Distribution.constant(0.1), Distribution.constant(100)));
    assertThat(s.inputs().keySet().stream().map(Factor::key).toList())
        .isEqualTo(
            List.of(
                "threat-event-frequency",
                "vulnerability",
                "primary-loss-magnitude",
                "secondary-loss-event-frequency",
                "secondary-loss-magnitude"));
    assertThat(s.withSecondaryLoss(SecondaryLoss.NONE).inputs()).hasSize(3);
  }

  @Test
  void settingsAndSimulatorRefuseImpossibleValues() {
    assertThatThrownBy(() -> new Settings(Mode.PRODUCT, 1, 0))
        .isInstanceOfSatisfying(
            FairException.class,
            e -> assertThat(e.problems().getFirst().subject()).isEqualTo("iterations"))
        .hasMessage("iterations: must be from 1 to 10000000, got 0");
    assertThatThrownBy(() -> new Settings(Mode.PRODUCT, 1, Settings.MAX_ITERATIONS + 1))
        .hasMessageContaining("must be from 1 to");
    assertThatThrownBy(() -> new Simulator(0)).hasMessage("threads: must be at least 1, got 0");
  }
}
