package dev.bulwark.risk.fair;

import java.util.Objects;

/**
 * How to simulate: the mode, the seed, and how many iterations (simulated years). The number of
 * threads is not a setting: it never changes the result.
 */
public record Settings(Mode mode, long seed, int iterations) {
  /** The most iterations a run may have (each takes 16 bytes while summarised). */
  public static final int MAX_ITERATIONS = 10_000_000;

  public Settings {
    Objects.requireNonNull(mode, "mode");
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw FairException.of(
          "iterations", "must be from 1 to " + MAX_ITERATIONS + ", got " + iterations);
    }
  }

  /** These settings with another seed. */
  public Settings withSeed(long other) {
    return new Settings(mode, other, iterations);
  }

  /** These settings with another number of iterations. */
  public Settings withIterations(int other) {
    return new Settings(mode, seed, other);
  }
}
