package dev.bulwark.risk.fair;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** A value known exactly. Draws nothing from the generator. */
public record Constant(double value) implements Distribution {
  public Constant {
    Numbers.requireFinite("a constant", value);
  }

  @Override
  public double mean() {
    return value;
  }

  @Override
  public double variance() {
    return 0;
  }

  @Override
  public double lower() {
    return value;
  }

  @Override
  public double upper() {
    return value;
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    double v = value;
    return () -> v;
  }

  @Override
  public String describe() {
    return Numbers.plain(value);
  }
}
