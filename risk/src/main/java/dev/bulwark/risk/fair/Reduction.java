package dev.bulwark.risk.fair;

import java.util.Objects;

/**
 * A mitigation's effect on a scenario: in each iteration a fraction is drawn and the target factor
 * is multiplied by one minus it. Several reductions of one factor multiply: two halvings leave a
 * quarter.
 *
 * <p>A reduction draws from its own random stream, named by {@code stream} and independent of the
 * scenario's {@link Scenario#key() key}: the same reduction in two scenarios draws the same
 * fraction in each iteration (one mitigation works as well everywhere in a given year), and adding
 * or removing a reduction leaves every other draw as it was (common random numbers).
 *
 * @param target the factor it reduces
 * @param fraction the share taken away, a probability in [0, 1]
 * @param stream names the random stream; give every distinct effect its own
 */
public record Reduction(Target target, Distribution fraction, long stream) {
  /** The factor a reduction acts on. */
  public enum Target {
    /** The threat event frequency (or contact frequency × probability of action). */
    THREAT_EVENT_FREQUENCY,
    /** The vulnerability (or the outcome of capability against resistance). */
    VULNERABILITY,
    /** The loss magnitude: primary and secondary loss alike. */
    LOSS_MAGNITUDE
  }

  public Reduction {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(fraction, "fraction");
    Factor.VULNERABILITY
        .problem(fraction)
        .ifPresent(m -> {
          throw FairException.of("reduction", m);
        });
  }

  /** The stream of a reduction named by text, e.g. a mitigation's id and the effect's index. */
  public static long stream(String name) {
    return Streams.hash("reduction:" + name);
  }
}
