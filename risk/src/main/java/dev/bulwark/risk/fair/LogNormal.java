package dev.bulwark.risk.fair;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A lognormal distribution given by its 90 % interval, the way estimators state a range they are 90
 * % sure of: ln X is normal with μ = (ln p5 + ln p95)/2 and σ = (ln p95 − ln p5)/(2·z₀.₉₅).
 */
public record LogNormal(double p5, double p95) implements Distribution {
  /** The 95th percentile of the standard normal distribution, 1.6448536…. */
  static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.95);

  public LogNormal {
    Numbers.requireFinite("the lognormal's 5th percentile", p5);
    Numbers.requireFinite("the lognormal's 95th percentile", p95);
    if (!(0 < p5 && p5 < p95)) {
      throw FairException.of(
          "",
          "a lognormal needs 0 < p5 < p95, got " + Numbers.plain(p5) + ", " + Numbers.plain(p95));
    }
  }

  /** The mean of ln X. */
  public double mu() {
    return (Math.log(p5) + Math.log(p95)) / 2;
  }

  /** The standard deviation of ln X. */
  public double sigma() {
    return (Math.log(p95) - Math.log(p5)) / (2 * Z95);
  }

  @Override
  public double mean() {
    double s = sigma();
    return Math.exp(mu() + s * s / 2);
  }

  @Override
  public double variance() {
    double s2 = sigma() * sigma();
    return Math.expm1(s2) * Math.exp(2 * mu() + s2);
  }

  @Override
  public double lower() {
    return 0;
  }

  @Override
  public double upper() {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
    double mu = mu();
    double sigma = sigma();
    return () -> Math.exp(mu + sigma * normal.sample());
  }

  @Override
  public String describe() {
    return "lognormal(p5 " + Numbers.plain(p5) + ", p95 " + Numbers.plain(p95) + ")";
  }
}
