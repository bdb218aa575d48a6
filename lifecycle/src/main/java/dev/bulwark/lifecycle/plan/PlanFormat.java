package dev.bulwark.lifecycle.plan;

/** How a plan is written: text for a terminal, Markdown for a wiki or pull request, JSON. */
public enum PlanFormat {
  TEXT,
  MARKDOWN,
  JSON;

  /** Text and Markdown list this many facts of a reason, then say how many more there are. */
  static final int SHOWN_FACTS = 5;

  /** Text and Markdown list this many threats of a requirement. */
  static final int SHOWN_THREATS = 5;

  public String render(Plan plan) {
    return switch (this) {
      case TEXT -> PlanText.render(plan);
      case MARKDOWN -> PlanMarkdown.render(plan);
      case JSON -> PlanJson.render(plan);
    };
  }

  /** "exposure: internet"; a factor with one level is its key alone ("personal-data"). */
  static String label(Reason reason) {
    return reason.factor().scalar()
        ? reason.factor().key()
        : reason.factor().key() + ": " + reason.level();
  }

  /** "+2", "+2, at least tier 3", or "at least tier 3". */
  static String worth(Reason reason) {
    String points = reason.points() > 0 ? "+" + reason.points() : "";
    if (reason.minimumTier() == 0) {
      return points.isEmpty() ? "+0" : points;
    }
    return (points.isEmpty() ? "" : points + ", ") + "at least tier " + reason.minimumTier();
  }

  /** What the score and any minimum tier made of the tier, in a sentence. */
  static String how(Plan plan) {
    TierDecision d = plan.decision();
    String base =
        "score "
            + d.score()
            + " of "
            + d.maxScore()
            + " ("
            + (plan.policy().equals("built-in") ? "built-in policy" : "policy " + plan.policy())
            + ")";
    return d.raisedBy()
        .map(r ->
            base
                + ": the score gives tier "
                + d.scoreTier()
                + "; "
                + label(r)
                + " keeps it at tier "
                + d.tier()
                + " or above")
        .orElse(base);
  }
}
