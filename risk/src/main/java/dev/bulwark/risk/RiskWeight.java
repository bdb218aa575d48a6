package dev.bulwark.risk;

import dev.bulwark.model.Severity;

/**
 * How much one open threat of a severity weighs when risk is added up (the reports' Pareto chart
 * and what to fund first, the gate's residual-risk budget): each level counts twice the one below,
 * so one critical outweighs fifteen lows. One copy, so that a report and the gate never disagree.
 */
public final class RiskWeight {
  private RiskWeight() {}

  /** 1 for low, 2 medium, 4 elevated, 8 high, 16 critical. */
  public static int of(Severity severity) {
    return 1 << severity.ordinal();
  }
}
