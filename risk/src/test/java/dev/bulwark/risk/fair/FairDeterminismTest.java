package dev.bulwark.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same seed gives the same losses and the same bytes, on any number of threads. */
class FairDeterminismTest {
  // not a multiple of the chunk size, and more chunks than threads
  private static final int ITERATIONS = 5 * Simulator.CHUNK + 123;

  private static Scenario scenario() {
    PertShape mm = PertShape.MOMENT_MATCHED;
    return new Scenario(
        ThreatEventFrequency.fromContact(
            Distribution.poisson(12), Distribution.pert(0.05, 0.1, 0.3, mm)),
        Vulnerability.fromCapability(
            Distribution.pert(20, 60, 95, mm), Distribution.pert(30, 50, 70, mm)),
        Distribution.lognormal(2e4, 8e5),
        new SecondaryLoss(
            Distribution.pert(0, 0.2, 0.6, mm), Distribution.pert(1e4, 1e5, 2e6, mm)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void oneTwoAndFourThreadsGiveIdenticalLossesAndJson(Mode mode) {
    Settings settings = new Settings(mode, 20261122, ITERATIONS);
    double[] one = new Simulator(1).losses(scenario(), settings);
    String json = FairJson.write(new Simulator(1).run(scenario(), settings));
    for (int threads : new int[] {2, 4}) {
      Simulator simulator = new Simulator(threads);
      assertThat(simulator.losses(scenario(), settings)).as(threads + " threads").isEqualTo(one);
      assertThat(FairJson.write(simulator.run(scenario(), settings))).isEqualTo(json);
    }
    assertThat(one).doesNotContain(Double.NaN);
  }

  @Test
  void anotherSeedGivesOtherLosses() {
    Settings settings = new Settings(Mode.PRODUCT, 1, ITERATIONS);
    double[] first = new Simulator(2).losses(scenario(), settings);
    double[] second = new Simulator(2).losses(scenario(), settings.withSeed(2));
    assertThat(second).isNotEqualTo(first);
    assertThat(FairJson.write(new Simulator(2).run(scenario(), settings.withSeed(2))))
        .isNotEqualTo(FairJson.write(new Simulator(2).run(scenario(), settings)));
  }

  @Test
  void chunksDoNotRepeatEachOther() {
    Scenario s =
        Scenario.of(
            Distribution.pert(0, 1, 2, PertShape.TEXTBOOK),
            Distribution.constant(1),
            Distribution.constant(1));
    double[] losses =
        new Simulator(1).losses(s, new Settings(Mode.PRODUCT, 3, 2 * Simulator.CHUNK));
    for (int i = 0; i < 100; i++) {
      assertThat(losses[Simulator.CHUNK + i]).isNotEqualTo(losses[i]);
    }
  }

  @Test
  void aShorterRunIsThePrefixOfALongerOne() {
    Settings settings = new Settings(Mode.EVENT, 9, ITERATIONS);
    double[] longer = new Simulator(2).losses(scenario(), settings);
    double[] shorter = new Simulator(2).losses(scenario(), settings.withIterations(1000));
    assertThat(shorter).isEqualTo(java.util.Arrays.copyOf(longer, 1000));
  }

  /**
   * Each factor draws from its own stream: scenarios that differ in one factor share the draws of
   * the others, iteration by iteration (common random numbers, for comparing mitigations).
   */
  @Test
  void changingOneFactorKeepsTheDrawsOfTheOthers() {
    PertShape mm = PertShape.MOMENT_MATCHED;
    Scenario base =
        Scenario.of(
            Distribution.pert(0.5, 1, 5, mm),
            Distribution.pert(0.1, 0.3, 0.6, mm),
            Distribution.constant(1000));
    Settings settings = new Settings(Mode.PRODUCT, 5, ITERATIONS);
    Simulator simulator = new Simulator(2);
    double[] a = simulator.losses(base, settings);
    double[] doubled =
        simulator.losses(base.withPrimaryLoss(Distribution.constant(2000)), settings);
    double[] otherVulnerability =
        simulator.losses(
            base.withVulnerability(Vulnerability.given(Distribution.pert(0, 0.1, 0.2, mm))),
            settings);
    Scenario withTefOnly =
        Scenario.of(
            base.inputs().get(Factor.THREAT_EVENT_FREQUENCY),
            Distribution.constant(1),
            Distribution.constant(1));
    double[] tef = simulator.losses(withTefOnly, settings);
    for (int i = 0; i < a.length; i++) {
      assertThat(doubled[i]).isEqualTo(2 * a[i]);
      // same threat event frequency draw in both: the ratio is the ratio of vulnerabilities
      assertThat(otherVulnerability[i] / tef[i]).isBetween(0.0, 0.2 * 1000 + 1e-9);
      assertThat(a[i] / tef[i]).isBetween(0.1 * 1000 - 1e-9, 0.6 * 1000 + 1e-9);
    }
  }
}
