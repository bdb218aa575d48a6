package dev.bulwark.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each distribution against its closed form, and its refusals. */
class FairDistributionTest {
  private static final int N = 1_000_000;

  private static double[] draw(Distribution d, long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, ~seed});
    ContinuousSampler sampler = d.sampler(rng);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = sampler.sample();
    }
    return x;
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).sum() / x.length;
  }

  private static double centralMoment(double[] x, double mean, int k) {
    double sum = 0;
    for (double v : x) {
      sum += Math.pow(v - mean, k);
    }
    return sum / x.length;
  }

  /** Sample mean and variance within five standard errors of the exact ones. */
  private static void assertMoments(Distribution d, double[] x) {
    double m = mean(x);
    double var = centralMoment(x, m, 2);
    double fourth = centralMoment(x, m, 4);
    assertThat(m).as("mean of " + d).isCloseTo(d.mean(), offset(5 * Math.sqrt(d.variance() / N)));
    assertThat(var)
        .as("variance of " + d)
        .isCloseTo(d.variance(), offset(5 * Math.sqrt((fourth - var * var) / N)));
  }

  @ParameterizedTest
  @EnumSource(PertShape.class)
  void pertDrawsHaveTheClosedFormMeanAndVariance(PertShape shape) {
    for (Pert d :
        new Pert[] {
          Distribution.pert(0.5, 1, 5, shape),
          Distribution.pert(0.1, 0.3, 0.6, shape),
          Distribution.pert(10_000, 50_000, 500_000, shape),
          Distribution.pert(0, 0, 1, shape),
          Distribution.pert(2, 7, 7, shape),
          Distribution.pert(-3, 0, 3, shape)
        }) {
      double[] x = draw(d, 7);
      assertMoments(d, x);
      assertThat(Arrays.stream(x).min().orElseThrow()).isGreaterThanOrEqualTo(d.min());
      assertThat(Arrays.stream(x).max().orElseThrow()).isLessThanOrEqualTo(d.max());
    }
  }

  @Test
  void bothShapesHaveThePertMeanButDifferentSpreads() {
    Pert textbook = Distribution.pert(10_000, 50_000, 500_000, PertShape.TEXTBOOK);
    Pert matched = Distribution.pert(10_000, 50_000, 500_000, PertShape.MOMENT_MATCHED);
    double pertMean = (10_000 + 4 * 50_000 + 500_000) / 6.0;
    // the Beta's own mean, α / (α + β), stretched over [min, max]
    for (Pert p : new Pert[] {textbook, matched}) {
      assertThat(p.min() + (p.max() - p.min()) * p.alpha() / (p.alpha() + p.beta()))
          .isCloseTo(pertMean, offset(1e-6));
    }
    // textbook: α = 1 + 4(mode − min)/(max − min), β = 1 + 4(max − mode)/(max − min)
    assertThat(textbook.alpha()).isCloseTo(1 + 4 * 40_000 / 490_000.0, offset(1e-12));
    assertThat(textbook.beta()).isCloseTo(1 + 4 * 450_000 / 490_000.0, offset(1e-12));
    // moment-matched: standard deviation (max − min)/6 exactly
    assertThat(Math.sqrt(matched.variance())).isCloseTo(490_000 / 6.0, offset(1e-6));
    assertThat(matched.alpha()).isCloseTo(1.1495493657687978, offset(1e-12));
    assertThat(matched.beta()).isCloseTo(4.049950842477765, offset(1e-12));
    assertThat(Math.sqrt(textbook.variance())).isLessThan(Math.sqrt(matched.variance()));
  }

  @Test
  void aSymmetricMomentMatchedPertIsBetaFourFour() {
    Pert p = Distribution.pert(0, 5, 10, PertShape.MOMENT_MATCHED);
    assertThat(p.alpha()).isCloseTo(4, offset(1e-12));
    assertThat(p.beta()).isCloseTo(4, offset(1e-12));
    Pert t = Distribution.pert(0, 5, 10, PertShape.TEXTBOOK);
    assertThat(t.alpha()).isEqualTo(3);
    assertThat(t.beta()).isEqualTo(3);
  }

  @Test
  void lognormalRecoversItsNinetyPercentInterval() {
    LogNormal d = Distribution.lognormal(1_000, 100_000);
    double[] x = draw(d, 11);
    Arrays.sort(x);
    assertThat(Summary.quantile(x, 0.05)).isCloseTo(1_000, offset(10.0));
    assertThat(Summary.quantile(x, 0.95)).isCloseTo(100_000, offset(1_000.0));
    assertThat(Summary.quantile(x, 0.5)).isCloseTo(10_000, offset(100.0)); // geometric middle
    assertThat(mean(x)).isCloseTo(d.mean(), offset(5 * Math.sqrt(d.variance() / N)));
    assertThat(LogNormal.Z95).isCloseTo(1.6448536269514722, offset(1e-12));
  }

  @Test
  void poissonDrawsCountsWithItsMeanAndVariance() {
    Poisson d = Distribution.poisson(3.7);
    double[] x = draw(d, 13);
    assertThat(Arrays.stream(x).allMatch(v -> v == Math.rint(v) && v >= 0)).isTrue();
    assertMoments(d, x);
  }

  @Test
  void aConstantDrawsItselfAndNothingElse() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {1, 2});
    long before = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {1, 2}).nextLong();
    ContinuousSampler c = Distribution.constant(42.5).sampler(rng);
    assertThat(c.sample()).isEqualTo(42.5);
    assertThat(rng.nextLong()).isEqualTo(before);
    assertThat(Distribution.constant(42.5).variance()).isZero();
  }

  @Test
  void badParametersAreRefusedWithWhatIsAllowed() {
    assertThatThrownBy(() -> Distribution.pert(5, 1, 0.5, PertShape.TEXTBOOK))
        .isInstanceOf(FairException.class)
        .hasMessage("PERT needs min ≤ most likely ≤ max, got 5, 1, 0.5");
    assertThatThrownBy(() -> Distribution.pert(1, 1, 1, PertShape.TEXTBOOK))
        .hasMessage("PERT needs min < max, got 1 for both; give a constant for a fixed value");
    assertThatThrownBy(() -> Distribution.pert(0, Double.NaN, 1, PertShape.TEXTBOOK))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> Distribution.lognormal(10, 5))
        .hasMessage("a lognormal needs 0 < p5 < p95, got 10, 5");
    assertThatThrownBy(() -> Distribution.lognormal(0, 5))
        .hasMessage("a lognormal needs 0 < p5 < p95, got 0, 5");
    assertThatThrownBy(() -> Distribution.poisson(0))
        .hasMessage("a Poisson mean must be above 0 and at most 1000000000, got 0");
    assertThatThrownBy(() -> Distribution.constant(Double.POSITIVE_INFINITY))
        .hasMessage("a constant must be a finite number, got Infinity");
  }

  @Test
  void descriptionsShowTheParametersAsGiven() {
    assertThat(Distribution.pert(10_000, 50_000, 500_000, PertShape.TEXTBOOK).describe())
        .isEqualTo("PERT(10000, 50000, 500000)");
    assertThat(Distribution.pert(0.1, 0.3, 0.6, PertShape.TEXTBOOK).describe())
        .isEqualTo("PERT(0.1, 0.3, 0.6)");
    assertThat(Distribution.lognormal(1e3, 2.5e6).describe())
        .isEqualTo("lognormal(p5 1000, p95 2500000)");
    assertThat(Distribution.poisson(0.25).describe()).isEqualTo("Poisson(0.25)");
    assertThat(Distribution.constant(1e-7).describe()).isEqualTo("1E-7");
  }
}
