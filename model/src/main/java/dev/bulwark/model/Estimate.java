package dev.bulwark.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An uncertain quantity written as text, in the syntax shared by the model file and the command
 * line: {@code min, likely, max} (a PERT range), {@code lognormal: low, high} (a 90 % interval),
 * {@code poisson: mean} (a count) or one number (a constant). The model only reads the syntax; the
 * risk module turns an estimate into a distribution.
 */
public record Estimate(Kind kind, List<Double> numbers) {
  /** The kinds of estimate and how many numbers each takes. */
  public enum Kind {
    PERT(3),
    LOGNORMAL(2),
    POISSON(1),
    CONSTANT(1);

    private final int arity;

    Kind(int arity) {
      this.arity = arity;
    }

    public int arity() {
      return arity;
    }
  }

  /** The syntax, for hints. */
  public static final String SYNTAX =
      "write 'min, likely, max', 'lognormal: low, high', 'poisson: mean' or one number";

  public Estimate {
    numbers = List.copyOf(numbers);
    if (numbers.size() != kind.arity()) {
      throw new IllegalArgumentException(kind + " takes " + kind.arity() + " numbers");
    }
  }

  /** The estimate the text spells, or empty when it follows none of the forms. */
  public static Optional<Estimate> parse(String text) {
    String compact = text.strip().replace("_", "");
    int colon = compact.indexOf(':');
    String kind = colon < 0 ? "" : compact.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    Optional<List<Double>> numbers = numbers(colon < 0 ? compact : compact.substring(colon + 1));
    if (numbers.isEmpty()) {
      return Optional.empty();
    }
    List<Double> n = numbers.get();
    Kind chosen =
        switch (kind + "/" + n.size()) {
          case "/3", "pert/3" -> Kind.PERT;
          case "/1", "constant/1" -> Kind.CONSTANT;
          case "lognormal/2" -> Kind.LOGNORMAL;
          case "poisson/1" -> Kind.POISSON;
          default -> null;
        };
    return Optional.ofNullable(chosen).map(k -> new Estimate(k, n));
  }

  private static Optional<List<Double>> numbers(String list) {
    String[] parts = list.split(",", -1);
    Double[] values = new Double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      // Java also reads NaN, Infinity, 1d and 0x1p3; none of them is a quantity
      if (!part.matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
        return Optional.empty();
      }
      values[i] = Double.parseDouble(part);
      if (!Double.isFinite(values[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(List.of(values));
  }

  /**
   * The smallest value the estimate can take; negative infinity never (all forms are bounded below
   * or given by a low end).
   */
  public double lowest() {
    return switch (kind) {
      case PERT, LOGNORMAL -> numbers.get(0);
      case POISSON -> 0;
      case CONSTANT -> numbers.get(0);
    };
  }

  /** The largest value a bounded estimate can take; infinity for lognormal and Poisson. */
  public double highest() {
    return switch (kind) {
      case PERT -> numbers.get(2);
      case CONSTANT -> numbers.get(0);
      case LOGNORMAL, POISSON -> Double.POSITIVE_INFINITY;
    };
  }
}
