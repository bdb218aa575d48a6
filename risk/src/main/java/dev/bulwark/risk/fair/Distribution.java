package dev.bulwark.risk.fair;

import dev.bulwark.model.Estimate;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The uncertainty about one input of a scenario. Each kind is a record that checks its parameters
 * when built and knows its exact mean and variance, so that simulations can be checked against
 * them.
 */
public sealed interface Distribution permits Pert, LogNormal, Poisson, Constant {
  /** The exact mean. */
  double mean();

  /** The exact variance. */
  double variance();

  /** The smallest value a draw can take. */
  double lower();

  /** The largest value a draw can take ({@code +∞} when unbounded). */
  double upper();

  /**
   * A sampler that draws from this distribution with the given generator. It holds what can be
   * worked out once (a Beta distribution's constants); it is not thread-safe, and a sampler per
   * generator keeps a chunk of iterations independent of the others.
   */
  ContinuousSampler sampler(UniformRandomProvider rng);

  /** A short description with the parameters as given, e.g. {@code PERT(0.5, 1, 5)}. */
  String describe();

  /** PERT from a minimum, most likely value and maximum. */
  static Pert pert(double min, double mode, double max, PertShape shape) {
    return new Pert(min, mode, max, shape);
  }

  /** Lognormal with this 90 % interval: 5 % of draws below {@code p5}, 5 % above {@code p95}. */
  static LogNormal lognormal(double p5, double p95) {
    return new LogNormal(p5, p95);
  }

  /** Poisson with this mean, for counts. */
  static Poisson poisson(double mean) {
    return new Poisson(mean);
  }

  /** Always the same value. */
  static Constant constant(double value) {
    return new Constant(value);
  }

  /**
   * The distribution an estimate of the model file or command line spells; PERT ranges take the
   * given shape. Throws {@link IllegalArgumentException} when the numbers break the form's own
   * rules (min above max, a lognormal's low end not below its high end).
   */
  static Distribution of(Estimate estimate, PertShape shape) {
    List<Double> n = estimate.numbers();
    return switch (estimate.kind()) {
      case PERT -> pert(n.get(0), n.get(1), n.get(2), shape);
      case LOGNORMAL -> lognormal(n.get(0), n.get(1));
      case POISSON -> poisson(n.get(0));
      case CONSTANT -> constant(n.get(0));
    };
  }
}
