package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.risk.fair.Summary;

/**
 * The distribution of a per-iteration difference of annualised loss (before minus after): how much
 * a change saves, and how sure that is. With common random numbers most of the year-to-year noise
 * cancels, so the spread is that of the change itself.
 */
public record Difference(double mean, double standardDeviation, double p5, double p50, double p95) {
  /** No change at all. */
  public static final Difference NONE = new Difference(0, 0, 0, 0, 0);

  /** The difference described by the summary of the per-iteration differences. */
  static Difference of(double[] differences) {
    Summary s = Summary.of(differences);
    return new Difference(
        s.mean(), s.standardDeviation(), s.percentile(5), s.percentile(50), s.percentile(95));
  }
}
