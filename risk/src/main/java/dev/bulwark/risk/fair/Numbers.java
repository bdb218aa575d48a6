package dev.bulwark.risk.fair;

import java.math.BigDecimal;

/** Numbers as people write them, for messages and descriptions: 0.5, 10000, 1.5E-7. */
final class Numbers {
  private Numbers() {}

  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return Math.abs(value) >= 1e-4 && Math.abs(value) < 1e15
        ? decimal.toPlainString()
        : decimal.toString();
  }

  static void requireFinite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw FairException.of("", what + " must be a finite number, got " + value);
    }
  }
}
