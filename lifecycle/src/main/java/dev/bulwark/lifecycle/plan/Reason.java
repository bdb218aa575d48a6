package dev.bulwark.lifecycle.plan;

import java.util.List;
import java.util.Objects;

/**
 * Why a model has its tier: a factor at a level, what that is worth, and the facts that put it
 * there.
 *
 * @param points added to the score (0 when the reason only sets a minimum tier)
 * @param minimumTier the tier this level keeps the model at or above; 0 for none
 * @param facts every fact at this level, in the model's order
 */
public record Reason(Factor factor, String level, int points, int minimumTier, List<Fact> facts) {
  public Reason {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(level, "level");
    facts = List.copyOf(facts);
  }
}
