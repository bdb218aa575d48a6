package dev.bulwark.risk.fair;

/** How an iteration turns its draws into an annualised loss. */
public enum Mode {
  /**
   * ALE = LEF × LM with one draw of each per iteration, as pyfair does: a fractional number of loss
   * events a year times one loss magnitude.
   */
  PRODUCT,

  /**
   * The number of loss events in the year is drawn from Poisson(LEF), and each loss event draws its
   * own magnitude: the loss of a year is a sum of whole events, as in the R package evaluator
   * (which gets its whole events by rounding the threat event frequency instead).
   */
  EVENT
}
