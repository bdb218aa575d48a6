package dev.bulwark.lifecycle.plan;

import java.util.Objects;

/** A fact that puts the model at a level of a factor: what the tier is computed from. */
public record Observation(Factor factor, String level, Fact fact) {
  public Observation {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(fact, "fact");
  }
}
