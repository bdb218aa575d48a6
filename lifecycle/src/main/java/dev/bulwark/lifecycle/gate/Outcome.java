package dev.bulwark.lifecycle.gate;

/** What a check concluded. */
public enum Outcome {
  /** The model satisfies the check. */
  PASSED,
  /** The model violates the check; the findings say where. */
  FAILED,
  /**
   * The check could not be judged: no base to compare with, a model too broken to assess, or a
   * check not available in this build. Never counts as a pass in the summary.
   */
  SKIPPED
}
