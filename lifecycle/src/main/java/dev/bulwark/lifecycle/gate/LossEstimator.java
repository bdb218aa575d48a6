package dev.bulwark.lifecycle.gate;

import java.util.OptionalDouble;

/**
 * Where the {@code risk-budget} check would learn the model's residual risk in money, for the
 * policy's {@code max-annual-loss}. Not available in this build: it needs FAIR loss scenarios in
 * the model. An implementation returns the mean annualised loss of the open threats' scenarios, in
 * the model's currency, or nothing when the model has no scenarios.
 */
@FunctionalInterface
public interface LossEstimator {
  OptionalDouble annualLoss(GateInput input);
}
