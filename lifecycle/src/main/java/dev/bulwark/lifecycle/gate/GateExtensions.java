package dev.bulwark.lifecycle.gate;

import java.util.Objects;
import java.util.Optional;

/**
 * The parts of the gate that other work provides: staleness from the source history and a money
 * estimate from FAIR scenarios. {@link #NONE} is this build: both absent, and the checks that need
 * them say they are not available rather than pass.
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
