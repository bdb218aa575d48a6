package dev.bulwark.risk.fair;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/** A count: how many times something happens in a year, on average {@code mean}. */
public record Poisson(double mean) implements Distribution {
  /** The largest mean accepted; larger counts are better given as a PERT or lognormal. */
  public static final double MAX_MEAN = 1e9;

  public Poisson {
    Numbers.requireFinite("the Poisson mean", mean);
    if (!(mean > 0 && mean <= MAX_MEAN)) {
      throw FairException.of(
          "",
          "a Poisson mean must be above 0 and at most "
              + Numbers.plain(MAX_MEAN)
              + ", got "
              + Numbers.plain(mean));
    }
  }

  @Override
  public double variance() {
    return mean;
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
    DiscreteSampler counts = PoissonSampler.of(rng, mean);
    return counts::sample;
  }

  @Override
  public String describe() {
    return "Poisson(" + Numbers.plain(mean) + ")";
  }
}
