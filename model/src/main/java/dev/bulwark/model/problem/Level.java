package dev.bulwark.model.problem;

/** Whether a problem makes the model invalid. */
public enum Level {
  /** The model cannot be used as written. */
  ERROR,
  /** The model can be used, but something is probably wrong or missing. */
  WARNING
}
