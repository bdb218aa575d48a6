package dev.bulwark.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** Statistics of a loss array: the percentile method, the curve, and the selection behind them. */
class FairSummaryTest {
  @Test
  void percentilesInterpolateLinearlyBetweenTheClosestRanks() {
    // the same as numpy.percentile([1, 2, 3, 4], [10, 50, 99]): 1.3, 2.5, 3.97
    double[] sorted = {1, 2, 3, 4};
    assertThat(Summary.quantile(sorted, 0.10)).isCloseTo(1.3, offset(1e-12));
    assertThat(Summary.quantile(sorted, 0.50)).isEqualTo(2.5);
    assertThat(Summary.quantile(sorted, 0.99)).isCloseTo(3.97, offset(1e-12));
    assertThat(Summary.quantile(sorted, 0)).isEqualTo(1);
    assertThat(Summary.quantile(sorted, 1)).isEqualTo(4);
    assertThat(Summary.quantile(new double[] {7}, 0.5)).isEqualTo(7);
  }

  @Test
  void aSmallArrayIsSummarisedAsByHand() {
    // 0, 10, 20, … 100 shuffled: n = 11, so the p-th percentile is p/10 · 10 = p exactly
    double[] losses = {50, 0, 100, 30, 90, 10, 70, 20, 80, 40, 60};
    double[] before = losses.clone();
    Summary s = Summary.of(losses);
    assertThat(losses).isEqualTo(before);
    assertThat(s.iterations()).isEqualTo(11);
    assertThat(s.mean()).isEqualTo(50);
    assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(11_000 / 10.0), offset(1e-9));
    assertThat(s.min()).isZero();
    assertThat(s.max()).isEqualTo(100);
    for (int level : Summary.LEVELS) {
      assertThat(s.percentile(level)).as("p" + level).isCloseTo(level, offset(1e-9));
    }
    assertThat(s.probabilityOfLoss()).isCloseTo(10 / 11.0, offset(1e-12));
    assertThatThrownBy(() -> s.percentile(42)).hasMessageContaining("no percentile 42");
  }

  @Test
  void theCurveSpansAtMostSixDecadesAndEndsAtTheLargestLoss() {
    double[] losses = {0, 1e-9, 1e-3, 0.5, 1};
    Summary s = Summary.of(losses);
    var curve = s.exceedance();
    assertThat(curve).hasSize(Summary.CURVE_POINTS);
    assertThat(curve.getFirst().loss()).isCloseTo(1e-6, offset(1e-18));
    assertThat(curve.getFirst().probability()).isEqualTo(0.6);
    assertThat(curve.getLast().loss()).isEqualTo(1);
    assertThat(curve.getLast().probability()).isZero();
    // log-spaced: equal ratios between neighbours
    double ratio = curve.get(1).loss() / curve.get(0).loss();
    assertThat(curve.get(30).loss() / curve.get(29).loss()).isCloseTo(ratio, offset(1e-9));
    assertThat(ratio).isCloseTo(Math.pow(1e6, 1 / 49.0), offset(1e-9));
  }

  @Test
  void noLossAtAllHasNoCurveAndAConstantLossOnePoint() {
    Summary none = Summary.of(new double[100]);
    assertThat(none.exceedance()).isEmpty();
    assertThat(none.probabilityOfLoss()).isZero();
    assertThat(none.percentile(99)).isZero();
    double[] same = new double[100];
    Arrays.fill(same, 5);
    assertThat(Summary.of(same).exceedance()).containsExactly(new Summary.Exceedance(5, 0));
    assertThat(Summary.of(same).standardDeviation()).isZero();
  }

  @Test
  void nothingOrSomethingOtherThanANumberIsRefused() {
    assertThatThrownBy(() -> Summary.of(new double[0])).hasMessage("no losses to summarise");
    assertThatThrownBy(() -> Summary.of(new double[] {1, Double.NaN}))
        .hasMessage("losses must be finite numbers, got NaN");
  }

  @Property(tries = 300)
  void percentilesAreThoseOfTheSortedArray(@ForAll("losses") double[] losses) {
    double[] sorted = losses.clone();
    Arrays.sort(sorted);
    Summary s = Summary.of(losses);
    for (int level : Summary.LEVELS) {
      assertThat(s.percentile(level)).isEqualTo(Summary.quantile(sorted, level / 100.0));
    }
    assertThat(s.min()).isEqualTo(sorted[0]);
    assertThat(s.max()).isEqualTo(sorted[sorted.length - 1]);
  }

  @Property(tries = 300)
  void eachCurvePointCountsTheLossesAboveIt(@ForAll("losses") double[] losses) {
    List<Summary.Exceedance> curve = Summary.of(losses).exceedance();
    double previous = 1;
    for (Summary.Exceedance point : curve) {
      long above = Arrays.stream(losses).filter(x -> x > point.loss()).count();
      assertThat(point.probability()).isEqualTo(above / (double) losses.length);
      assertThat(point.probability()).isLessThanOrEqualTo(previous);
      previous = point.probability();
    }
  }

  /**
   * Arrays of up to 3,000 values, with many ties and zeros (so that partitions meet equal keys),
   * and now and then a negative value or an extreme one (so that buckets span both signs).
   */
  @Provide
  Arbitrary<double[]> losses() {
    Arbitrary<Double> value =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.just(0.0)),
            Tuple.of(10, Arbitraries.integers().between(1, 20).map(i -> i * 1000.0)),
            Tuple.of(30, Arbitraries.doubles().between(0, 1e7)),
            Tuple.of(1, Arbitraries.doubles().between(-1e7, 0)),
            Tuple.of(
                1, Arbitraries.of(-0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE)));
    return value.array(double[].class).ofMinSize(1).ofMaxSize(3000);
  }
}
