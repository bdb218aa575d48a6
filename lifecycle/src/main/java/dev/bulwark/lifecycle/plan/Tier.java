package dev.bulwark.lifecycle.plan;

import java.util.List;
import java.util.Objects;

/**
 * A risk tier: the score from which it applies and the security activities it adds to those of the
 * tiers below.
 *
 * @param number 1 for the lowest tier, counting up
 * @param activities ids of the activities this tier adds
 */
public record Tier(
    int number, String title, int minScore, String description, List<String> activities) {
  public Tier {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    activities = List.copyOf(activities);
  }
}
