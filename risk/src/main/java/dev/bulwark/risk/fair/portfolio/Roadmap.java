package dev.bulwark.risk.fair.portfolio;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Candidate mitigations (proposed, planned or in progress, with effects) ranked by return on
 * security investment, and the best set within a budget.
 *
 * @param candidates by expected reduction per unit of first-year cost, highest first; those without
 *     a cost last, by expected reduction
 * @param idle candidates with effects that name no threat of a simulated scenario
 * @param pick the best set within the budget, when one was given
 */
public record Roadmap(List<Candidate> candidates, List<String> idle, Optional<Pick> pick) {
  public Roadmap {
    candidates = List.copyOf(candidates);
    idle = List.copyOf(idle);
    Objects.requireNonNull(pick, "pick");
  }

  /**
   * One candidate on its own, added to the baseline.
   *
   * @param scenarios the scenarios it applies to
   * @param expected the expected reduction of the annualised loss: each scenario's simulated
   *     baseline mean times one minus the mitigation's mean multiplier
   * @param simulated the per-iteration reduction, simulated with common random numbers
   * @param cost the first-year cost (once + yearly), if the model gives one
   * @param perCost expected reduction per unit of cost
   * @param returnOnInvestment (expected reduction − cost) / cost
   */
  public record Candidate(
      MitigationEffects mitigation,
      List<String> scenarios,
      double expected,
      Difference simulated,
      OptionalLong cost,
      OptionalDouble perCost,
      OptionalDouble returnOnInvestment) {
    public Candidate {
      Objects.requireNonNull(mitigation, "mitigation");
      scenarios = List.copyOf(scenarios);
      Objects.requireNonNull(simulated, "simulated");
    }
  }

  /**
   * The set of candidates with the largest expected reduction whose first-year costs add up to no
   * more than the budget.
   *
   * @param chosen in the order of {@link #candidates}
   * @param exact whether the search was exhaustive (branch and bound), or greedy
   * @param searched how many partial sets the search looked at
   */
  public record Pick(
      long budget,
      List<String> chosen,
      long cost,
      double expected,
      Difference simulated,
      boolean exact,
      long searched) {
    public Pick {
      chosen = List.copyOf(chosen);
      Objects.requireNonNull(simulated, "simulated");
    }
  }
}
