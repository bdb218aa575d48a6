package dev.bulwark.risk.fair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What an array of annualised losses says: mean, standard deviation, extremes, percentiles, the
 * chance of any loss, and the loss exceedance curve.
 *
 * <p>Percentiles interpolate linearly between the two closest ranks (Hyndman and Fan's type 7, the
 * default of NumPy, pandas and R): for n sorted losses x₀ ≤ … ≤ xₙ₋₁ and level p, with h = (n −
 * 1)·p, the percentile is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). The standard deviation divides by n −
 * 1.
 *
 * @param iterations how many losses were summarised
 * @param probabilityOfLoss the share of iterations with a loss above zero
 * @param percentiles the losses at {@link #LEVELS}, in that order
 * @param exceedance the loss exceedance curve: P(loss > x) at up to {@value #CURVE_POINTS}
 *     log-spaced losses x, increasing x, non-increasing probability; empty when no iteration lost
 *     anything
 */
public record Summary(
    int iterations,
    double mean,
    double standardDeviation,
    double min,
    double max,
    double probabilityOfLoss,
    List<Percentile> percentiles,
    List<Exceedance> exceedance) {
  /** The percentile levels reported, in percent. */
  public static final List<Integer> LEVELS = List.of(5, 10, 25, 50, 75, 90, 95, 99);

  /** Points on the loss exceedance curve. */
  public static final int CURVE_POINTS = 50;

  /** The curve spans at most this many powers of ten, ending at the largest loss. */
  public static final int CURVE_DECADES = 6;

  /** The loss below which {@code level} percent of the iterations fall. */
  public record Percentile(int level, double value) {}

  /**
   * One point of the loss exceedance curve: the chance that a year's loss is above {@code loss}.
   */
  public record Exceedance(double loss, double probability) {}

  public Summary {
    percentiles = List.copyOf(percentiles);
    exceedance = List.copyOf(exceedance);
  }

  /**
   * Summarises the losses (which are not changed). The percentiles come from a selection, not a
   * full sort, and the curve from one counting pass: a million losses take a few milliseconds.
   *
   * @throws IllegalArgumentException when there are none, or one is not a finite number
   */
  public static Summary of(double[] losses) {
    int n = losses.length;
    if (n == 0) {
      throw new IllegalArgumentException("no losses to summarise");
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double minPositive = Double.POSITIVE_INFINITY;
    int positive = 0;
    for (double x : losses) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("losses must be finite numbers, got " + x);
      }
      sum += x;
      min = Math.min(min, x);
      max = Math.max(max, x);
      if (x > 0) {
        positive++;
        minPositive = Math.min(minPositive, x);
      }
    }
    double mean = sum / n;
    double squares = 0;
    for (double x : losses) {
      squares += (x - mean) * (x - mean);
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    int[] ranks = ranks(n);
    double[] atRanks = Selection.valuesAt(losses, ranks, min, max);
    List<Percentile> percentiles = new ArrayList<>();
    for (int level : LEVELS) {
      percentiles.add(new Percentile(level, quantile(n, level / 100.0, ranks, atRanks)));
    }
    return new Summary(
        n,
        mean,
        sd,
        min,
        max,
        positive / (double) n,
        percentiles,
        positive == 0 ? List.of() : curve(losses, minPositive, max));
  }

  /** The percentile at one of {@link #LEVELS}. */
  public double percentile(int level) {
    for (Percentile p : percentiles) {
      if (p.level() == level) {
        return p.value();
      }
    }
    throw new IllegalArgumentException("no percentile " + level + "; there are " + LEVELS);
  }

  /** The quantile at {@code p} in [0, 1] of sorted values, by linear interpolation (type 7). */
  static double quantile(double[] sorted, double p) {
    int[] all = IntStream.range(0, sorted.length).toArray();
    return quantile(sorted.length, p, all, sorted);
  }

  /** The quantile of n values from the values at the ranks it needs (ascending {@code ranks}). */
  private static double quantile(int n, double p, int[] ranks, double[] atRanks) {
    double h = (n - 1) * p;
    int below = (int) Math.floor(h);
    if (below >= n - 1) {
      return at(n - 1, ranks, atRanks);
    }
    double fraction = h - below;
    double x = at(below, ranks, atRanks);
    return fraction == 0 ? x : x + fraction * (at(below + 1, ranks, atRanks) - x);
  }

  private static double at(int rank, int[] ranks, double[] atRanks) {
    return atRanks[Arrays.binarySearch(ranks, rank)];
  }

  /** The ranks {@link #quantile} reads for every level, ascending and distinct. */
  private static int[] ranks(int n) {
    return LEVELS.stream()
        .flatMapToInt(level -> {
          int below = (int) Math.floor((n - 1) * (level / 100.0));
          return IntStream.of(below, Math.min(below + 1, n - 1));
        })
        .distinct()
        .sorted()
        .toArray();
  }

  private static List<Exceedance> curve(double[] losses, double minPositive, double max) {
    double low = Math.max(minPositive, max / Math.pow(10, CURVE_DECADES));
    if (low == max) {
      return List.of(new Exceedance(max, 0));
    }
    double[] x = new double[CURVE_POINTS];
    double logLow = Math.log(low);
    double step = (Math.log(max) - logLow) / (CURVE_POINTS - 1);
    x[0] = low;
    for (int k = 1; k < CURVE_POINTS - 1; k++) {
      // exp is monotone, but keep the points in order whatever the rounding
      x[k] = Math.max(x[k - 1], Math.exp(logLow + step * k));
    }
    x[CURVE_POINTS - 1] = max;
    // below[j]: losses above exactly j points of the curve (above x[0..j-1], not above x[j])
    int[] below = new int[CURVE_POINTS + 1];
    for (double loss : losses) {
      if (loss > 0) {
        below[pointsUnder(x, loss, logLow, step)]++;
      }
    }
    List<Exceedance> curve = new ArrayList<>(CURVE_POINTS);
    long above = 0;
    long[] aboveEach = new long[CURVE_POINTS];
    for (int k = CURVE_POINTS - 1; k >= 0; k--) {
      above += below[k + 1];
      aboveEach[k] = above;
    }
    for (int k = 0; k < CURVE_POINTS; k++) {
      curve.add(new Exceedance(x[k], aboveEach[k] / (double) losses.length));
    }
    return curve;
  }

  /**
   * How many of the increasing points are below {@code loss}: a guess from the logarithm, then
   * corrected by comparing with the points themselves, so that rounding cannot misplace a loss.
   */
  private static int pointsUnder(double[] points, double loss, double logLow, double step) {
    int j = (int) ((Math.log(loss) - logLow) / step) + 1;
    j = Math.max(0, Math.min(points.length, j));
    while (j > 0 && points[j - 1] >= loss) {
      j--;
    }
    while (j < points.length && points[j] < loss) {
      j++;
    }
    return j;
  }
}
