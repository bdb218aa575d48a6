package dev.bulwark.risk;

/** How likely a threat is to be carried out here; calibrated in docs/analysis.md. */
public enum Likelihood {
  UNLIKELY,
  POSSIBLE,
  LIKELY,
  VERY_LIKELY;

  static Likelihood clamp(int level) {
    return values()[Math.max(0, Math.min(values().length - 1, level))];
  }
}
