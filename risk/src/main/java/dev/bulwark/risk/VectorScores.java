package dev.bulwark.risk;

import dev.bulwark.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import us.springett.cvss.Cvss;
import us.springett.cvss.CvssV2;

/**
 * Scores from vectors a person wrote on a hand-written threat: CVSS v3.x / v4.0 (through {@code
 * us.springett:cvss-calculator}) and the OWASP Risk Rating Methodology.
 */
final class VectorScores {
  /** The sixteen OWASP Risk Rating factors: eight of likelihood, four technical, four business. */
  private static final List<String> LIKELIHOOD_FACTORS =
      List.of("SL", "M", "O", "S", "ED", "EE", "A", "ID");

  private static final List<String> TECHNICAL_FACTORS = List.of("LC", "LI", "LAV", "LAC");
  private static final List<String> BUSINESS_FACTORS = List.of("FD", "RD", "NC", "PV");

  private VectorScores() {}

  /** The severity a CVSS vector gives, from its base score with the CVSS rating bands. */
  static Severity cvss(String vector) {
    Cvss cvss;
    try {
      cvss = Cvss.fromVector(vector.strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "'" + vector + "' is not a CVSS vector: " + e.getMessage());
    }
    // The library also reads CVSS v2 vectors, which the format does not admit.
    if (cvss == null || cvss instanceof CvssV2) {
      throw new IllegalArgumentException(
          "'" + vector + "' is not a CVSS v3.0, v3.1 or v4.0 vector (e.g. CVSS:3.1/AV:N/AC:L/...)");
    }
    double score = cvss.calculateScore().getBaseScore();
    return score >= 9.0
        ? Severity.CRITICAL
        : score >= 7.0 ? Severity.HIGH : score >= 4.0 ? Severity.MEDIUM : Severity.LOW;
  }

  /**
   * Likelihood, impact and severity from an OWASP Risk Rating vector. Likelihood is the mean of the
   * eight threat-agent and vulnerability factors; impact the mean of the business factors when any
   * is given, else of the technical ones; each mean is low below 3, medium below 6, high from 6;
   * the methodology's 3×3 table gives the severity (its "note" becomes low).
   */
  static Score owaspRiskRating(String vector) {
    Map<String, Integer> factors = factors(vector);
    double likelihood = mean(factors, LIKELIHOOD_FACTORS);
    boolean business = BUSINESS_FACTORS.stream().anyMatch(f -> factors.get(f) > 0);
    double impact = mean(factors, business ? BUSINESS_FACTORS : TECHNICAL_FACTORS);
    int l = band(likelihood);
    int i = band(impact);
    Severity[][] table = {
      {Severity.LOW, Severity.LOW, Severity.MEDIUM},
      {Severity.LOW, Severity.MEDIUM, Severity.HIGH},
      {Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL}
    };
    List<String> whyL = new ArrayList<>();
    whyL.add("OWASP Risk Rating likelihood " + format(likelihood) + " of 9");
    List<String> whyI = new ArrayList<>();
    whyI.add(
        "OWASP Risk Rating "
            + (business ? "business" : "technical")
            + " impact "
            + format(impact)
            + " of 9");
    return new Score(
        Likelihood.values()[l],
        whyL,
        Impact.values()[i],
        whyI,
        table[i][l],
        List.of(),
        "owasp-risk-rating");
  }

  private static Map<String, Integer> factors(String vector) {
    Map<String, Integer> factors = new LinkedHashMap<>();
    for (String part : vector.strip().split("/")) {
      String[] pair = part.split(":", 2);
      Optional<Integer> value = pair.length == 2 ? digit(pair[1]) : Optional.empty();
      if (value.isEmpty()) {
        throw new IllegalArgumentException(
            "'" + part + "' is not a factor: expected NAME:VALUE with a value from 0 to 9");
      }
      if (factors.put(pair[0], value.get()) != null) {
        throw new IllegalArgumentException("factor " + pair[0] + " is given twice");
      }
    }
    List<String> all = new ArrayList<>(LIKELIHOOD_FACTORS);
    all.addAll(TECHNICAL_FACTORS);
    all.addAll(BUSINESS_FACTORS);
    for (String name : factors.keySet()) {
      if (!all.contains(name)) {
        throw new IllegalArgumentException(
            "unknown factor " + name + " (allowed: " + String.join(", ", all) + ")");
      }
    }
    List<String> missing = all.stream().filter(f -> !factors.containsKey(f)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("missing factors: " + String.join(", ", missing));
    }
    return factors;
  }

  private static Optional<Integer> digit(String text) {
    return text.length() == 1 && Character.isDigit(text.charAt(0))
        ? Optional.of(text.charAt(0) - '0')
        : Optional.empty();
  }

  private static double mean(Map<String, Integer> factors, List<String> names) {
    return names.stream().mapToInt(factors::get).average().orElse(0);
  }

  private static int band(double mean) {
    return mean < 3 ? 0 : mean < 6 ? 1 : 2;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
