package dev.bulwark.risk.fair;

import java.util.Objects;

/** How often a threat agent acts against the asset in a year: given, or derived from contact. */
public sealed interface ThreatEventFrequency {
  /** The threat event frequency estimated directly. */
  static ThreatEventFrequency given(Distribution frequency) {
    return new Given(frequency);
  }

  /** Contact frequency × probability of action, drawn independently in each iteration. */
  static ThreatEventFrequency fromContact(
      Distribution contactFrequency, Distribution probabilityOfAction) {
    return new FromContact(contactFrequency, probabilityOfAction);
  }

  /** The exact mean (the inputs are independent). */
  double mean();

  /** Threat events a year, estimated directly. */
  record Given(Distribution frequency) implements ThreatEventFrequency {
    public Given {
      Objects.requireNonNull(frequency, "frequency");
    }

    @Override
    public double mean() {
      return frequency.mean();
    }
  }

  /** How often the threat agent comes into contact with the asset, and how often it then acts. */
  record FromContact(Distribution contactFrequency, Distribution probabilityOfAction)
      implements ThreatEventFrequency {
    public FromContact {
      Objects.requireNonNull(contactFrequency, "contactFrequency");
      Objects.requireNonNull(probabilityOfAction, "probabilityOfAction");
    }

    @Override
    public double mean() {
      return contactFrequency.mean() * probabilityOfAction.mean();
    }
  }
}
