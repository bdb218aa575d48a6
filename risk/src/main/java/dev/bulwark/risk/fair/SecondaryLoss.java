package dev.bulwark.risk.fair;

import java.util.Objects;

/**
 * Losses from secondary stakeholders (fines, lawsuits, lost customers): with probability {@code
 * eventFrequency} per loss event, a loss of {@code magnitude}.
 *
 * @param eventFrequency the secondary loss event frequency, a probability per primary loss event
 * @param magnitude the secondary loss magnitude
 */
public record SecondaryLoss(Distribution eventFrequency, Distribution magnitude) {
  /** No secondary loss. */
  public static final SecondaryLoss NONE = new SecondaryLoss(new Constant(0), new Constant(0));

  public SecondaryLoss {
    Objects.requireNonNull(eventFrequency, "eventFrequency");
    Objects.requireNonNull(magnitude, "magnitude");
  }

  /** Whether this is no secondary loss at all. */
  public boolean isNone() {
    return equals(NONE);
  }
}
