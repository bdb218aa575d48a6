package dev.bulwark.risk.fair.portfolio;

/** Told how a long simulation advances, e.g. to draw a progress line on a terminal. */
@FunctionalInterface
public interface Progress {
  /** Says nothing. */
  Progress NONE = (stage, done, total) -> {};

  /** {@code done} of {@code total} steps of {@code stage} (e.g. "simulating") are finished. */
  void update(String stage, int done, int total);
}
