package dev.bulwark.analysis.adtree;

import java.util.Objects;
import java.util.Optional;

/**
 * The values written on a leaf (a basic action). Attack leaves may carry all of them; defence
 * leaves only {@code probability} and {@code active}, because the attacker's cost, time and skill
 * to get past a defence come from the counter-attack on it.
 *
 * @param cost what the attacker spends on the action, in any one currency; finite, not negative
 * @param probability for an attack, the chance it succeeds; for a defence, the chance it stops the
 *     attack it counters; between 0 and 1
 * @param time how long the action takes, in any one unit; finite, not negative
 * @param skill the skill level the action needs, on any one scale; not negative
 * @param active an attack the attacker can carry out ({@code feasible} in files), a defence that is
 *     in place ({@code in-place}); an inactive defence counts as absent in every domain
 */
public record Attributes(
    Optional<Double> cost,
    Optional<Double> probability,
    Optional<Double> time,
    Optional<Integer> skill,
    boolean active) {

  /** Nothing written: an active leaf with no values. */
  public static final Attributes NONE =
      new Attributes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);

  public Attributes {
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(skill, "skill");
    // -0.0 would make two equal trees unequal as records
    cost = cost.map(c -> c + 0.0);
    probability = probability.map(p -> p + 0.0);
    time = time.map(t -> t + 0.0);
    cost.ifPresent(c -> amount("cost", c));
    time.ifPresent(t -> amount("time", t));
    probability.ifPresent(p -> {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("probability must be between 0 and 1, not " + p);
      }
    });
    skill.ifPresent(s -> {
      if (s < 0) {
        throw new IllegalArgumentException("skill must not be negative, not " + s);
      }
    });
  }

  public Attributes withCost(double value) {
    return new Attributes(Optional.of(value), probability, time, skill, active);
  }

  public Attributes withProbability(double value) {
    return new Attributes(cost, Optional.of(value), time, skill, active);
  }

  public Attributes withTime(double value) {
    return new Attributes(cost, probability, Optional.of(value), skill, active);
  }

  public Attributes withSkill(int value) {
    return new Attributes(cost, probability, time, Optional.of(value), active);
  }

  public Attributes withActive(boolean value) {
    return new Attributes(cost, probability, time, skill, value);
  }

  /** Whether nothing is written: no values and active. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** Whether a value only an attack may carry is written. */
  boolean hasAttackOnlyValue() {
    return cost.isPresent() || time.isPresent() || skill.isPresent();
  }

  private static void amount(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          name + " must be a finite number, not negative, not " + value);
    }
  }
}
