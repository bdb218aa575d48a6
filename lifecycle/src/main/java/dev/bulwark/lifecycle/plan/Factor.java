package dev.bulwark.lifecycle.plan;

import java.util.List;

/**
 * What a model says that raises its risk tier. Each factor has levels, worth points in the policy;
 * a model scores the points of the level it reaches on each factor.
 */
public enum Factor {
  /** The business's dependence on the system ({@code business.criticality}). */
  CRITICALITY("criticality", List.of("low", "medium", "high", "critical")),
  /** Who can reach the system: components' exposure, and actors that start flows into it. */
  EXPOSURE("exposure", List.of("internal", "partner", "internet")),
  /** The most sensitive classification of any data asset. */
  CLASSIFICATION("classification", List.of("public", "internal", "confidential", "restricted")),
  /** Whether any data asset is personal data; one level, {@code personal}. */
  PERSONAL_DATA("personal-data", List.of("personal")),
  /** The highest confidentiality, integrity or availability rating of any data asset. */
  RATINGS("ratings", List.of("low", "medium", "high", "critical")),
  /** The regimes in {@code business.compliance}; levels are regime names, plus {@code other}. */
  COMPLIANCE("compliance", List.of()),
  /** The worst severity among threats still open (open or in progress) in the assessment. */
  OPEN_THREATS("open-threats", List.of("low", "medium", "elevated", "high", "critical"));

  /** The level of {@link #COMPLIANCE} for regimes the policy does not name. */
  public static final String OTHER = "other";

  private final String key;
  private final List<String> levels;

  Factor(String key, List<String> levels) {
    this.key = key;
    this.levels = levels;
  }

  /** The factor's key in a policy file. */
  public String key() {
    return key;
  }

  /** Its levels from least to most risky; empty for {@link #COMPLIANCE}, whose levels are free. */
  public List<String> levels() {
    return levels;
  }

  /** Whether the policy gives this factor a single number rather than a table of levels. */
  public boolean scalar() {
    return levels.size() == 1;
  }

  /** How risky a level is compared with the others: its place in {@link #levels()}, else 0. */
  int rank(String level) {
    return Math.max(0, levels.indexOf(level));
  }
}
