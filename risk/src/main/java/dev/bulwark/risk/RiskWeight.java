package dev.bulwark.risk;

import dev.bulwark.model.Severity;

/**
 * How much one open threat of a severity weighs when reports and diffs add risk up (Pareto chart,
 * what to fund first): each level counts twice the one below, so one critical outweighs fifteen
 * lows.
 */
public final class RiskWeight {
  private RiskWeight() {}

  public static int of(Severity severity) {
    return 1 << severity.ordinal();
  }
}
