package dev.bulwark.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/** The taxonomy's arithmetic against closed forms, in both modes. */
class FairSimulatorTest {
  private static final int N = 400_000;
  private static final Simulator SIMULATOR = new Simulator(2);
  private static final PertShape MM = PertShape.MOMENT_MATCHED;

  private static double[] product(Scenario s) {
    return SIMULATOR.losses(s, new Settings(Mode.PRODUCT, 1, N));
  }

  private static double[] events(Scenario s) {
    return SIMULATOR.losses(s, new Settings(Mode.EVENT, 1, N));
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).sum() / x.length;
  }

  private static double variance(double[] x) {
    double m = mean(x);
    return Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1);
  }

  /** E[X²] of a distribution. */
  private static double square(Distribution d) {
    return d.variance() + d.mean() * d.mean();
  }

  /** The mean of a product of independent factors, within five standard errors. */
  private static void assertProductMean(double[] losses, Distribution... factors) {
    double mean = 1;
    double meanOfSquares = 1;
    for (Distribution d : factors) {
      mean *= d.mean();
      meanOfSquares *= square(d);
    }
    double standardError = Math.sqrt((meanOfSquares - mean * mean) / losses.length);
    assertThat(mean(losses)).isCloseTo(mean, offset(5 * standardError));
  }

  @Test
  void theMeanOfAProductIsTheProductOfTheMeans() {
    Distribution[][] cases = {
      {
        Distribution.pert(0.5, 1, 5, MM),
        Distribution.pert(0.1, 0.3, 0.6, MM),
        Distribution.pert(1e4, 5e4, 5e5, MM)
      },
      {Distribution.poisson(4), Distribution.constant(0.25), Distribution.lognormal(1e3, 1e5)},
      {
        Distribution.lognormal(0.1, 2),
        Distribution.pert(0, 0.05, 0.2, PertShape.TEXTBOOK),
        Distribution.pert(100, 100, 10_000, PertShape.TEXTBOOK)
      },
      {Distribution.constant(12), Distribution.pert(0.9, 1, 1, MM), Distribution.constant(3)}
    };
    for (Distribution[] c : cases) {
      assertProductMean(product(Scenario.of(c[0], c[1], c[2])), c);
    }
  }

  @Test
  void contactFrequencyTimesProbabilityOfActionIsTheThreatEventFrequency() {
    Distribution contact = Distribution.pert(10, 20, 60, MM);
    Distribution action = Distribution.pert(0.01, 0.05, 0.1, MM);
    Distribution vulnerability = Distribution.pert(0.2, 0.5, 0.7, MM);
    Distribution loss = Distribution.lognormal(5e3, 2e5);
    Scenario s =
        Scenario.of(Distribution.constant(1), vulnerability, loss)
            .withThreatEventFrequency(ThreatEventFrequency.fromContact(contact, action));
    assertProductMean(product(s), contact, action, vulnerability, loss);
  }

  @Test
  void secondaryLossAddsItsFrequencyTimesItsMagnitudeInBothModes() {
    Distribution slef = Distribution.pert(0.1, 0.2, 0.5, MM);
    Distribution slm = Distribution.pert(1e5, 2e5, 1e6, MM);
    Scenario s =
        Scenario.of(
                Distribution.constant(2),
                Distribution.constant(0.5),
                Distribution.pert(1e3, 5e3, 2e4, MM))
            .withSecondaryLoss(new SecondaryLoss(slef, slm));
    double expected = 2 * 0.5 * (s.primaryLoss().mean() + slef.mean() * slm.mean());
    for (double[] losses : new double[][] {product(s), events(s)}) {
      assertThat(mean(losses)).isCloseTo(expected, offset(5 * Math.sqrt(variance(losses) / N)));
    }
  }

  @Test
  void eventModeWithConstantInputsIsACompoundPoissonWithKnownMoments() {
    // TEF 2 × vulnerability 0.5: Poisson(1) loss events a year, each costing exactly 1000.
    Scenario s =
        Scenario.of(
            Distribution.constant(2), Distribution.constant(0.5), Distribution.constant(1000));
    double[] losses = events(s);
    double lambda = 1;
    assertThat(Arrays.stream(losses).allMatch(x -> x % 1000 == 0)).isTrue();
    assertThat(mean(losses)).isCloseTo(lambda * 1000, offset(5 * Math.sqrt(lambda * 1e6 / N)));
    // variance of a Poisson count times a constant: λ·m², within five standard errors of the
    // sample variance, √((μ₄ − σ⁴)/n) with the Poisson's fourth central moment λ(1 + 3λ)
    double m4 = lambda * (1 + 3 * lambda) * 1e12;
    assertThat(variance(losses))
        .isCloseTo(lambda * 1e6, offset(5 * Math.sqrt((m4 - lambda * lambda * 1e12) / N)));
    double noLoss = Arrays.stream(losses).filter(x -> x == 0).count() / (double) N;
    assertThat(noLoss).isCloseTo(Math.exp(-lambda), offset(5 * Math.sqrt(0.37 * 0.63 / N)));
    // product mode gives the same mean with no spread at all
    assertThat(product(s)).containsOnly(1000.0);
  }

  @Test
  void eventModeDrawsOneMagnitudePerEvent() {
    // variance of a compound Poisson: λ·E[M²]; in product mode it would be λ²·Var(M) only
    Distribution magnitude = Distribution.pert(0, 1000, 5000, MM);
    Scenario s = Scenario.of(Distribution.constant(3), Distribution.constant(1), magnitude);
    double[] losses = events(s);
    double lambda = 3;
    assertThat(mean(losses))
        .isCloseTo(
            lambda * magnitude.mean(), offset(5 * Math.sqrt(lambda * square(magnitude) / N)));
    // the standard error of a sample variance is about 1 % here; 3 % keeps the test about the
    // model and not the noise: product mode's λ²·Var(M) is 30 % lower for these inputs
    assertThat(variance(losses))
        .isCloseTo(lambda * square(magnitude), offset(0.03 * lambda * square(magnitude)));
    double productVariance = lambda * lambda * magnitude.variance();
    assertThat(variance(product(s))).isCloseTo(productVariance, offset(0.03 * productVariance));
  }

  @Test
  void capabilityAgainstResistanceIsOneOrZeroPerIteration() {
    Distribution both = Distribution.pert(0, 50, 100, PertShape.TEXTBOOK);
    Scenario even =
        Scenario.of(Distribution.constant(2), Distribution.constant(1), Distribution.constant(10))
            .withVulnerability(Vulnerability.fromCapability(both, both));
    double[] losses = product(even);
    assertThat(losses).containsOnly(0.0, 20.0);
    // two independent draws of one continuous distribution: P(TCap > RS) = 1/2
    assertThat(mean(losses) / 20).isCloseTo(0.5, offset(5 * Math.sqrt(0.25 / N)));
  }

  @Test
  void capabilityAgainstResistanceMatchesTheBetaDistributionFunction() {
    // TCap constant 70 against RS ~ PERT(20, 50, 90): vulnerable when RS < 70
    Pert resistance = Distribution.pert(20, 50, 90, PertShape.TEXTBOOK);
    double p =
        BetaDistribution.of(resistance.alpha(), resistance.beta())
            .cumulativeProbability((70 - 20) / 70.0);
    Scenario s =
        Scenario.of(Distribution.constant(1), Distribution.constant(1), Distribution.constant(1))
            .withVulnerability(Vulnerability.fromCapability(Distribution.constant(70), resistance));
    double[] losses = product(s);
    assertThat(losses).containsOnly(0.0, 1.0);
    assertThat(mean(losses)).isCloseTo(p, offset(5 * Math.sqrt(p * (1 - p) / N)));
    // event mode: Poisson(1) events in the vulnerable years, none in the others
    double[] events = events(s);
    assertThat(mean(events)).isCloseTo(p, offset(5 * Math.sqrt(variance(events) / N)));
    double anyLoss = Arrays.stream(events).filter(x -> x > 0).count() / (double) N;
    double expected = p * (1 - Math.exp(-1));
    assertThat(anyLoss).isCloseTo(expected, offset(5 * Math.sqrt(expected / N)));
  }

  @Test
  void aZeroHeavyScenarioHasTheRightChanceOfAnyLoss() {
    // TCap constant 30 against RS ~ PERT(20, 50, 90): a loss in only a few percent of years
    Pert resistance = Distribution.pert(20, 50, 90, PertShape.TEXTBOOK);
    double p =
        BetaDistribution.of(resistance.alpha(), resistance.beta())
            .cumulativeProbability((30 - 20) / 70.0);
    Scenario s =
        Scenario.of(
                Distribution.pert(1, 2, 4, MM),
                Distribution.constant(1),
                Distribution.lognormal(1e4, 1e6))
            .withVulnerability(Vulnerability.fromCapability(Distribution.constant(30), resistance));
    Summary summary = Summary.of(product(s));
    assertThat(p).isBetween(0.01, 0.1);
    assertThat(summary.probabilityOfLoss()).isCloseTo(p, offset(5 * Math.sqrt(p * (1 - p) / N)));
    assertThat(summary.percentile(50)).isZero();
    assertThat(summary.percentile(99)).isPositive();
    assertThat(summary.exceedance().getFirst().probability())
        .isLessThanOrEqualTo(summary.probabilityOfLoss())
        .isGreaterThan(summary.probabilityOfLoss() * 0.99);
    assertMonotone(summary);
  }

  static void assertMonotone(Summary summary) {
    var curve = summary.exceedance();
    assertThat(curve).hasSize(Summary.CURVE_POINTS);
    for (int k = 1; k < curve.size(); k++) {
      assertThat(curve.get(k).loss()).isGreaterThanOrEqualTo(curve.get(k - 1).loss());
      assertThat(curve.get(k).probability()).isLessThanOrEqualTo(curve.get(k - 1).probability());
    }
    assertThat(curve.getLast().loss()).isEqualTo(summary.max());
    assertThat(curve.getLast().probability()).isZero();
  }

  @Test
  void theExceedanceCurveOfThePeerScenarioIsMonotone() {
    Summary summary = Summary.of(product(FairPeerCheckTest.scenario(MM)));
    assertMonotone(summary);
    assertThat(summary.exceedance().getFirst().loss()).isEqualTo(summary.min());
    assertThat(summary.probabilityOfLoss()).isEqualTo(1.0);
  }

  @Test
  void eventModeRefusesRunsThatWouldDrawTooManyEvents() {
    Scenario busy =
        Scenario.of(Distribution.constant(1e6), Distribution.constant(1), Distribution.constant(1));
    assertThatThrownBy(() -> SIMULATOR.losses(busy, new Settings(Mode.EVENT, 1, 1000)))
        .isInstanceOfSatisfying(
            FairException.class,
            e -> assertThat(e.problems().getFirst().subject()).isEqualTo("mode"))
        .hasMessageContaining("use product mode");
    assertThat(SIMULATOR.losses(busy, new Settings(Mode.PRODUCT, 1, 1000))).containsOnly(1e6);
  }
}
