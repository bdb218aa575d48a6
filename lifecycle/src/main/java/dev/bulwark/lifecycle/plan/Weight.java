package dev.bulwark.lifecycle.plan;

/**
 * What one level of a factor is worth.
 *
 * @param points added to the model's score
 * @param minimumTier the lowest tier a model reaching this level may have; 0 for no minimum
 */
public record Weight(int points, int minimumTier) {
  /** A level the policy does not mention. */
  public static final Weight NONE = new Weight(0, 0);

  public Weight {
    if (points < 0 || minimumTier < 0) {
      throw new IllegalArgumentException("points and minimum tier are not negative");
    }
  }
}
