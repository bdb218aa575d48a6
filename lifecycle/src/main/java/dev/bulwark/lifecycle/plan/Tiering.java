package dev.bulwark.lifecycle.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a tier from observations: on each factor the level worth the most points counts (ties go
 * to the riskier level), the factors' points add up to the score, and the tier is the highest whose
 * min-score the score reaches, raised to any minimum tier a level present sets.
 */
public final class Tiering {
  private Tiering() {}

  public static TierDecision decide(List<Observation> observations, PlanPolicy policy) {
    List<Reason> reasons = new ArrayList<>();
    int score = 0;
    int floor = 1;
    for (Factor factor : Factor.values()) {
      Map<String, List<Fact>> byLevel = new LinkedHashMap<>();
      for (Observation o : observations) {
        if (o.factor() == factor) {
          byLevel.computeIfAbsent(o.level(), level -> new ArrayList<>()).add(o.fact());
        }
      }
      if (byLevel.isEmpty()) {
        continue;
      }
      List<String> levels = new ArrayList<>(byLevel.keySet());
      String scoring =
          levels.stream()
              .max(
                  Comparator.comparingInt((String l) -> policy.weight(factor, l).points())
                      .thenComparingInt(factor::rank))
              .orElseThrow();
      Weight weight = policy.weight(factor, scoring);
      String highest =
          levels.stream()
              .max(
                  Comparator.comparingInt((String l) -> policy.weight(factor, l).minimumTier())
                      .thenComparingInt(factor::rank))
              .orElseThrow();
      Weight floorWeight = policy.weight(factor, highest);
      if (weight.points() > 0 || weight.minimumTier() > 0) {
        reasons.add(
            new Reason(
                factor, scoring, weight.points(), weight.minimumTier(), byLevel.get(scoring)));
      }
      if (floorWeight.minimumTier() > weight.minimumTier()) {
        reasons.add(
            new Reason(factor, highest, 0, floorWeight.minimumTier(), byLevel.get(highest)));
      }
      score += weight.points();
      floor = Math.max(floor, floorWeight.minimumTier());
    }
    int scoreTier = 1;
    for (Tier tier : policy.tiers()) {
      if (score >= tier.minScore()) {
        scoreTier = tier.number();
      }
    }
    int tier = Math.min(Math.max(scoreTier, floor), policy.tiers().size());
    return new TierDecision(score, policy.maxScore(), scoreTier, tier, reasons);
  }
}
