package dev.bulwark.risk;

import dev.bulwark.model.Rating;

/** How much harm a threat does when it happens; calibrated in docs/analysis.md. */
public enum Impact {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  static Impact of(Rating rating) {
    return values()[rating.ordinal()];
  }

  static Impact clamp(int level) {
    return values()[Math.max(0, Math.min(values().length - 1, level))];
  }
}
