package dev.bulwark.lifecycle.gate;

import java.util.Objects;
import java.util.Optional;

/**
 * The parts of the gate that read more than the assessment: staleness from the source history
 * ({@code stale.StalenessGate}) and the risk in money from FAIR scenarios ({@link PortfolioLoss}).
 * The command passes both; {@link #NONE} has neither, and the checks that need one say so rather
 * than pass.
 */
public record GateExtensions(Optional<StalenessProbe> staleness, Optional<LossEstimator> loss) {
  public static final GateExtensions NONE = new GateExtensions(Optional.empty(), Optional.empty());

  public GateExtensions {
    Objects.requireNonNull(staleness, "staleness");
    Objects.requireNonNull(loss, "loss");
  }

  public GateExtensions withStaleness(StalenessProbe probe) {
    return new GateExtensions(Optional.of(probe), loss);
  }

  public GateExtensions withLoss(LossEstimator estimator) {
    return new GateExtensions(staleness, Optional.of(estimator));
  }
}
