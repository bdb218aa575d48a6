package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.risk.fair.Summary;
import java.util.List;
import java.util.Objects;

/**
 * The model's annualised loss under two sets of mitigations, simulated with common random numbers:
 * the same seed and the same streams, so that only the mitigations' effects differ between the two
 * runs of each scenario.
 *
 * @param before the mitigations applied before (the baseline without the chosen ones)
 * @param after the mitigations applied after (the baseline with the chosen ones)
 * @param reduction the per-iteration total loss before minus after
 * @param changes the scenarios whose loss changed, largest mean reduction first
 */
public record Comparison(
    List<String> before,
    List<String> after,
    Summary beforeTotal,
    Summary afterTotal,
    Difference reduction,
    List<Change> changes) {
  /** One scenario's mean loss before and after. */
  public record Change(String scenario, String title, double before, double after) {}

  public Comparison {
    before = List.copyOf(before);
    after = List.copyOf(after);
    Objects.requireNonNull(beforeTotal, "beforeTotal");
    Objects.requireNonNull(afterTotal, "afterTotal");
    Objects.requireNonNull(reduction, "reduction");
    changes = List.copyOf(changes);
  }
}
