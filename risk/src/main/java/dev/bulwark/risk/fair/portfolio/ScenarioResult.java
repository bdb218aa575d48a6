package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.risk.fair.Summary;
import java.util.List;
import java.util.Objects;

/**
 * One scenario's simulated annualised loss.
 *
 * @param applied the mitigations whose effects were applied to it
 */
public record ScenarioResult(PortfolioScenario scenario, List<String> applied, Summary summary) {
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    applied = List.copyOf(applied);
    Objects.requireNonNull(summary, "summary");
  }
}
