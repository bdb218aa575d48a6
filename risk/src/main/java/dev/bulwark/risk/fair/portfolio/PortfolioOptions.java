package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.risk.fair.PertShape;
import java.util.Objects;

/**
 * How a model's scenarios are formed.
 *
 * @param shape the PERT shape of every three-point estimate, given or derived
 * @param derive whether open threats no model scenario covers get derived scenarios
 * @param maxDerived the most derived scenarios; beyond it, threats are grouped more coarsely
 */
public record PortfolioOptions(PertShape shape, boolean derive, int maxDerived) {
  /** Textbook PERT, derived scenarios on, at most 200 of them. */
  public static final PortfolioOptions DEFAULTS =
      new PortfolioOptions(PertShape.TEXTBOOK, true, 200);

  public PortfolioOptions {
    Objects.requireNonNull(shape, "shape");
    if (maxDerived < 1) {
      throw new IllegalArgumentException("maxDerived must be at least 1, got " + maxDerived);
    }
  }

  public PortfolioOptions withShape(PertShape other) {
    return new PortfolioOptions(other, derive, maxDerived);
  }

  public PortfolioOptions withDerive(boolean other) {
    return new PortfolioOptions(shape, other, maxDerived);
  }

  public PortfolioOptions withMaxDerived(int other) {
    return new PortfolioOptions(shape, derive, other);
  }
}
