package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Summary;
import java.util.List;
import java.util.Objects;

/**
 * A model's annualised loss with the mitigations in place: each scenario's, and the total summed
 * iteration by iteration (so the total's percentiles are those of real years, not sums of
 * percentiles).
 *
 * @param scenarios highest mean first, then by id
 * @param mitigations the mitigations applied (the baseline)
 */
public record Aggregate(
    Settings settings, List<ScenarioResult> scenarios, List<String> mitigations, Summary total) {
  public Aggregate {
    Objects.requireNonNull(settings, "settings");
    scenarios = List.copyOf(scenarios);
    mitigations = List.copyOf(mitigations);
    Objects.requireNonNull(total, "total");
  }
}
