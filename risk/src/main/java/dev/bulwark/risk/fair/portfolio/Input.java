package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.risk.fair.Distribution;
import dev.bulwark.risk.fair.Factor;
import java.util.Objects;

/**
 * One input of a scenario and where it came from.
 *
 * @param derived whether it was derived from the qualitative ratings rather than written in the
 *     model
 * @param basis for a given input, the estimate as written; for a derived one, what it was derived
 *     from, in words
 */
public record Input(Factor factor, Distribution distribution, boolean derived, String basis) {
  public Input {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(distribution, "distribution");
    Objects.requireNonNull(basis, "basis");
  }
}
