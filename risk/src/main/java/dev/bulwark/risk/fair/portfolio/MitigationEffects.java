package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.model.Cost;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.risk.fair.Reduction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A mitigation of the model that declares effects: what it reduces, by how much, at what cost.
 *
 * @param reductions one per declared effect, each on its own random stream (named by the
 *     mitigation's id and the effect's place), in the order written
 * @param mitigates the threats it names
 */
public record MitigationEffects(
    String id,
    String title,
    MitigationStatus status,
    List<Reduction> reductions,
    Optional<Cost> cost,
    Set<String> mitigates) {
  public MitigationEffects {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    reductions = List.copyOf(reductions);
    Objects.requireNonNull(cost, "cost");
    mitigates = Set.copyOf(mitigates);
  }

  /** Whether it is in place, so part of the baseline: implemented or verified. */
  public boolean inPlace() {
    return status == MitigationStatus.IMPLEMENTED || status == MitigationStatus.VERIFIED;
  }

  /** Whether the roadmap may propose it: proposed, planned or in progress. */
  public boolean candidate() {
    return status == MitigationStatus.PROPOSED
        || status == MitigationStatus.PLANNED
        || status == MitigationStatus.IN_PROGRESS;
  }

  /**
   * The factor by which it multiplies the mean loss of a scenario it applies to: the product of one
   * minus each effect's mean fraction (the fractions are drawn independently of the factors).
   */
  public double meanMultiplier() {
    double m = 1;
    for (Reduction r : reductions) {
      m *= 1 - r.fraction().mean();
    }
    return m;
  }
}
