package dev.bulwark.model;

import java.util.Objects;

/** How much a mitigation reduces one factor of the loss scenarios covering its threats. */
@Doc("How much a mitigation reduces one factor of the loss scenarios covering its threats.")
public record Effect(
    @Doc("The factor it reduces.") EffectTarget reduces,
    @Doc(
            "The fraction it takes away, as an estimate between 0 and 1: 'min, likely, max' or one"
                + " number, e.g. '0.5, 0.7, 0.9'.")
        String by,
    Positions positions) {

  public Effect {
    Objects.requireNonNull(reduces, "reduces");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(positions, "positions");
  }
}
