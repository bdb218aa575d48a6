package dev.bulwark.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mitigations' reductions, keyed scenarios, and common random numbers. */
class FairReductionTest {
  private static final int N = 200_000;
  private static final Simulator SIMULATOR = new Simulator(2);
  private static final PertShape MM = PertShape.MOMENT_MATCHED;
  private static final Settings SETTINGS = new Settings(Mode.PRODUCT, 11, N);

  /** The scenario of issue 7's pyfair comparison. */
  private static final Scenario PEER =
      Scenario.of(
          Distribution.pert(0.5, 1, 5, MM),
          Distribution.pert(0.1, 0.3, 0.6, MM),
          Distribution.pert(10_000, 50_000, 500_000, MM));

  private static final Reduction HALF_V =
      new Reduction(
          Reduction.Target.VULNERABILITY,
          Distribution.pert(0.3, 0.5, 0.7, PertShape.TEXTBOOK),
          Reduction.stream("half#0"));

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double variance(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / (x.length - 1);
  }

  private static double square(Distribution d) {
    return d.variance() + d.mean() * d.mean();
  }

  /** E[X²] of the peer scenario's loss: the product of the factors' E[Xᵢ²]. */
  private static double peerSquare() {
    return PEER.inputs().values().stream()
        .mapToDouble(FairReductionTest::square)
        .reduce(1, (a, b) -> a * b);
  }

  @Test
  void aReductionMultipliesTheMeanByOneMinusItsMeanFraction() {
    double[] losses = SIMULATOR.losses(PEER.withReductions(List.of(HALF_V)), SETTINGS);
    double expected = PEER.mean(0.31667) * 0.5;
    double analytic = 1.5833333 * (0.1 + 1.2 + 0.6) / 6 * 118_333.33 * 0.5;
    assertThat(PEER.withReductions(List.of(HALF_V)).mean((0.1 + 1.2 + 0.6) / 6))
        .isCloseTo(analytic, offset(1.0));
    double se = Math.sqrt(variance(losses) / N);
    assertThat(mean(losses)).isCloseTo(expected, offset(5 * se));
  }

  @Test
  void addingAReductionLeavesEveryOtherDrawAsItWas() {
    Scenario one = PEER.withReductions(List.of(HALF_V));
    Reduction third =
        new Reduction(
            Reduction.Target.LOSS_MAGNITUDE,
            Distribution.constant(2 / 3.0),
            Reduction.stream("b#0"));
    double[] before = SIMULATOR.losses(one, SETTINGS);
    double[] after = SIMULATOR.losses(one.withReductions(List.of(HALF_V, third)), SETTINGS);
    for (int i = 0; i < N; i += 997) {
      assertThat(after[i]).isCloseTo(before[i] / 3, offset(1e-9 * before[i]));
    }
  }

  @Test
  void oneReductionDrawsTheSameFractionInEveryScenarioWhateverItsKey() {
    Scenario unit =
        Scenario.of(Distribution.constant(1), Distribution.constant(1), Distribution.constant(1))
            .withReductions(
                List.of(
                    new Reduction(
                        Reduction.Target.LOSS_MAGNITUDE,
                        Distribution.pert(0, 0.5, 1, PertShape.TEXTBOOK),
                        Reduction.stream("m#0"))));
    double[] a = SIMULATOR.losses(unit.withKey(Scenario.key("a")), SETTINGS);
    double[] b = SIMULATOR.losses(unit.withKey(Scenario.key("b")), SETTINGS);
    assertThat(b).isEqualTo(a);
    assertThat(mean(a)).isCloseTo(0.5, offset(0.005));
  }

  @Test
  void scenariosWithDifferentKeysDrawIndependently() {
    double[] a = SIMULATOR.losses(PEER.withKey(Scenario.key("a")), SETTINGS);
    double[] b = SIMULATOR.losses(PEER.withKey(Scenario.key("b")), SETTINGS);
    double ma = mean(a);
    double mb = mean(b);
    double covariance = 0;
    for (int i = 0; i < N; i++) {
      covariance += (a[i] - ma) * (b[i] - mb);
    }
    double correlation = covariance / (N - 1) / Math.sqrt(variance(a) * variance(b));
    // independent: the sample correlation has a standard error of 1/√N ≈ 0.0022
    assertThat(Math.abs(correlation)).isLessThan(0.012);
    assertThat(SIMULATOR.losses(PEER.withKey(0), SETTINGS))
        .isEqualTo(SIMULATOR.losses(PEER, SETTINGS));
  }

  /**
   * With X the loss without the reduction and r its fraction, common random numbers give the
   * difference X·r, whose variance is E[X²]E[r²] − (E[X]E[r])²; two independent runs give X₁ − (1 −
   * r)X₂, with variance Var(X) + E[X²]E[(1 − r)²] − (E[X]E[1 − r])². For the peer scenario and r ~
   * PERT(0.3, 0.5, 0.7) these are about 0.86·10⁹ and 4.1·10⁹: a fifth.
   */
  @Test
  void commonRandomNumbersCutTheVarianceOfADifferenceAsDerived() {
    double ex = PEER.mean(0.31667);
    double ex2 = peerSquare();
    Distribution r = HALF_V.fraction();
    double er = r.mean();
    double er2 = square(r);
    double crn = ex2 * er2 - ex * ex * er * er;
    double independent = (ex2 - ex * ex) + ex2 * (1 - 2 * er + er2) - ex * ex * (1 - er) * (1 - er);
    assertThat(crn / independent).isLessThan(0.21);

    double[] without = SIMULATOR.losses(PEER, SETTINGS);
    double[] with = SIMULATOR.losses(PEER.withReductions(List.of(HALF_V)), SETTINGS);
    double[] other = SIMULATOR.losses(PEER.withReductions(List.of(HALF_V)), SETTINGS.withSeed(12));
    double[] paired = new double[N];
    double[] unpaired = new double[N];
    for (int i = 0; i < N; i++) {
      paired[i] = without[i] - with[i];
      unpaired[i] = without[i] - other[i];
    }
    assertThat(variance(paired)).isCloseTo(crn, offset(0.1 * crn));
    assertThat(variance(unpaired)).isCloseTo(independent, offset(0.1 * independent));
    assertThat(variance(paired)).isLessThan(0.25 * variance(unpaired));
  }

  @Test
  void eventModeAppliesTheReductionToEveryEventOfTheYear() {
    Scenario constant =
        Scenario.of(
                Distribution.constant(2), Distribution.constant(0.5), Distribution.constant(1000))
            .withReductions(
                List.of(
                    new Reduction(
                        Reduction.Target.LOSS_MAGNITUDE,
                        Distribution.constant(0.25),
                        Reduction.stream("x#0")),
                    new Reduction(
                        Reduction.Target.THREAT_EVENT_FREQUENCY,
                        Distribution.constant(0.5),
                        Reduction.stream("y#0"))));
    double[] losses = SIMULATOR.losses(constant, new Settings(Mode.EVENT, 3, N));
    // loss events ~ Poisson(2 × 0.5 × 0.5), each costing 750: mean 375, no loss in e^-0.5 of years
    long none = java.util.Arrays.stream(losses).filter(x -> x == 0).count();
    assertThat(none / (double) N).isCloseTo(Math.exp(-0.5), offset(0.005));
    assertThat(java.util.Arrays.stream(losses).allMatch(x -> x % 750 == 0)).isTrue();
    assertThat(mean(losses)).isCloseTo(375, offset(5 * Math.sqrt(0.5 * 750 * 750 / N)));
  }

  @Test
  void aReductionIsAFraction() {
    assertThatThrownBy(() ->
            new Reduction(
                Reduction.Target.VULNERABILITY,
                Distribution.pert(0.5, 0.9, 1.2, PertShape.TEXTBOOK),
                1))
        .isInstanceOf(FairException.class)
        .hasMessageContaining("[0.5, 1.2]");
  }
}
