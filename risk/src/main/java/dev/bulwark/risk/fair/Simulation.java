package dev.bulwark.risk.fair;

import java.util.Objects;

/** A scenario, how it was simulated, and what came out. */
public record Simulation(Scenario scenario, Settings settings, Summary summary) {
  public Simulation {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(summary, "summary");
  }
}
