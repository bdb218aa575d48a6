package dev.bulwark.lifecycle.diff;

/**
 * The risk of one assessment: its open threats and their summed {@link dev.bulwark.risk.RiskWeight}
 * (each severity weighs twice the one below).
 */
public record RiskTotals(int threats, int openThreats, int risk) {
  public static final RiskTotals NONE = new RiskTotals(0, 0, 0);
}
