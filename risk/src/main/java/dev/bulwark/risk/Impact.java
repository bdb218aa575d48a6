package dev.bulwark.risk;

import dev.bulwark.model.Rating;

/** How much harm a threat does when it happens; calibrated in docs/analysis.md. */
public enum Impact {
  LOW("public or low-rated data; an inconvenience; no one outside the team notices"),
  MEDIUM("internal data or a disruption recovered within a day"),
  HIGH(
      "confidential or personal data of many people, fraud, a multi-day outage; likely"
          + " reportable"),
  CRITICAL(
      "restricted data (card data, credentials, keys), harm to people, or the business stops;"
          + " fines or loss of licence");

  private final String meaning;

  Impact(String meaning) {
    this.meaning = meaning;
  }

  /** What the level means, as calibrated in docs/analysis.md; reports print it. */
  public String meaning() {
    return meaning;
  }

  static Impact of(Rating rating) {
    return values()[rating.ordinal()];
  }

  static Impact clamp(int level) {
    return values()[Math.max(0, Math.min(values().length - 1, level))];
  }
}
