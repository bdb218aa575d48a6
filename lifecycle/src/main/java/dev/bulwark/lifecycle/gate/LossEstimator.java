package dev.bulwark.lifecycle.gate;

/**
 * Where the {@code risk-budget} check learns the model's risk in money, for the policy's {@code
 * max-annual-loss}. {@link PortfolioLoss} simulates the model's FAIR loss scenarios as {@code
 * bulwark risk} does; the command passes it in through {@link GateExtensions}. An implementation
 * must be deterministic: the same input gives the same estimate.
 */
@FunctionalInterface
public interface LossEstimator {
  /** The mean annualised loss of the model, in its currency, and where it comes from. */
  LossEstimate estimate(GateInput input);
}
