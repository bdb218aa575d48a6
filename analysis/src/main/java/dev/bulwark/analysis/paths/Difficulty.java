package dev.bulwark.analysis.paths;

import java.math.BigDecimal;

/**
 * A difficulty in tenths of a point, so that sums and ties are exact: {@code 75} is 7.5. Costs of
 * steps and paths are never negative.
 */
public record Difficulty(int tenths) implements Comparable<Difficulty> {
  public static final Difficulty ZERO = new Difficulty(0);

  public Difficulty {
    if (tenths < 0) {
      throw new IllegalArgumentException("a difficulty is never negative: " + tenths);
    }
  }

  /** The value with one decimal, as JSON writes it: {@code 7.5}, {@code 2.0}. */
  public BigDecimal value() {
    return BigDecimal.valueOf(tenths, 1);
  }

  @Override
  public int compareTo(Difficulty other) {
    return Integer.compare(tenths, other.tenths);
  }

  @Override
  public String toString() {
    return value().toPlainString();
  }

  /** Tenths as a signed amount with one decimal, for reasons: {@code +1.5}, {@code -0.5}. */
  static String signed(int tenths) {
    return (tenths < 0 ? "-" : "+") + BigDecimal.valueOf(Math.abs(tenths), 1).toPlainString();
  }
}
