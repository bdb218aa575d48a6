package dev.bulwark.lifecycle.plan;

import java.util.List;
import java.util.Optional;

/**
 * The risk tier of a model and how it was reached.
 *
 * @param score the points of every factor, summed
 * @param maxScore the highest score the policy allows
 * @param scoreTier the highest tier whose min-score the score reaches
 * @param tier the tier: {@code scoreTier}, or higher where a level sets a minimum tier
 * @param reasons each factor that scored points or set a minimum tier, in the factors' order
 */
public record TierDecision(int score, int maxScore, int scoreTier, int tier, List<Reason> reasons) {
  public TierDecision {
    reasons = List.copyOf(reasons);
  }

  /** The reason that raised the tier above the score's, when one did. */
  public Optional<Reason> raisedBy() {
    if (tier == scoreTier) {
      return Optional.empty();
    }
    return reasons.stream().filter(r -> r.minimumTier() == tier).findFirst();
  }
}
