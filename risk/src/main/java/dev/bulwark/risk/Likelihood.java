package dev.bulwark.risk;

/** How likely a threat is to be carried out here; calibrated in docs/analysis.md. */
public enum Likelihood {
  UNLIKELY(
      "needs an insider, or a chain of several compromises first; no path from outside within two"
          + " flows"),
  POSSIBLE("partners can try it, or an outsider after taking one or two other components"),
  LIKELY("anyone on the internet can try it with common tools; expect it to be attempted"),
  VERY_LIKELY("exposed, unauthenticated, across a large trust gap: automated scanning finds it");

  private final String meaning;

  Likelihood(String meaning) {
    this.meaning = meaning;
  }

  /** What the level means, as calibrated in docs/analysis.md; reports print it. */
  public String meaning() {
    return meaning;
  }

  static Likelihood clamp(int level) {
    return values()[Math.max(0, Math.min(values().length - 1, level))];
  }
}
