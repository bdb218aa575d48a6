package dev.bulwark.model;

import java.util.Objects;

/** What a mitigation costs, in the model's currency (see {@link Business#currency()}). */
@Doc("What a mitigation costs, in whole units of the model's currency.")
public record Cost(
    @Doc("The one-off cost of building it.") @Default("0") @Range(min = 0, max = Long.MAX_VALUE)
        long once,
    @Doc("The running cost per year.") @Default("0") @Range(min = 0, max = Long.MAX_VALUE)
        long yearly,
    Positions positions) {

  public Cost {
    Objects.requireNonNull(positions, "positions");
  }

  /** The cost of the first year: building it and running it. */
  public long firstYear() {
    return once + yearly;
  }
}
