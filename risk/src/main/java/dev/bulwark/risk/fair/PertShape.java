package dev.bulwark.risk.fair;

/**
 * How a PERT estimate (min, most likely, max) becomes a Beta distribution on [min, max]. Both
 * shapes have the mean (min + 4·mode + max) / 6; they differ in spread. Formulas in docs/fair.md.
 */
public enum PertShape {
  /**
   * Malcolm et al. / Vose: α = 1 + 4·(mode − min)/(max − min), β = 1 + 4·(max − mode)/(max − min).
   * The mode of the Beta is the given most likely value.
   */
  TEXTBOOK {
    @Override
    double alpha(double min, double mode, double max) {
      return 1 + 4 * (mode - min) / (max - min);
    }

    @Override
    double beta(double min, double mode, double max) {
      return 1 + 4 * (max - mode) / (max - min);
    }
  },

  /**
   * The Beta whose mean is (min + 4·mode + max)/6 and whose standard deviation is (max − min)/6, as
   * pyfair 0.1-alpha computes it: with μ = that mean, σ = that deviation and r = max − min, α = (μ
   * − min)/r · ((μ − min)(max − μ)/σ² − 1) and β = α·(max − μ)/(μ − min). Its mode is in general
   * not the given most likely value.
   */
  MOMENT_MATCHED {
    @Override
    double alpha(double min, double mode, double max) {
      double mean = (min + 4 * mode + max) / 6;
      double sd = (max - min) / 6;
      return (mean - min) / (max - min) * ((mean - min) * (max - mean) / (sd * sd) - 1);
    }

    @Override
    double beta(double min, double mode, double max) {
      double mean = (min + 4 * mode + max) / 6;
      return alpha(min, mode, max) * (max - mean) / (mean - min);
    }
  };

  abstract double alpha(double min, double mode, double max);

  abstract double beta(double min, double mode, double max);
}
