package dev.bulwark.risk.fair;

import dev.bulwark.model.Wire;
import java.util.Optional;

/**
 * The inputs of the Open FAIR taxonomy that a scenario can give, each with the range its values
 * must keep to. Each factor also names the random stream it draws from (see {@link Simulator}), so
 * that changing one factor's distribution leaves the draws of the others as they were.
 */
public enum Factor {
  THREAT_EVENT_FREQUENCY(Kind.FREQUENCY, 1),
  CONTACT_FREQUENCY(Kind.FREQUENCY, 2),
  PROBABILITY_OF_ACTION(Kind.PROBABILITY, 3),
  VULNERABILITY(Kind.PROBABILITY, 4),
  THREAT_CAPABILITY(Kind.STRENGTH, 5),
  RESISTANCE_STRENGTH(Kind.STRENGTH, 6),
  PRIMARY_LOSS_MAGNITUDE(Kind.MAGNITUDE, 7),
  SECONDARY_LOSS_EVENT_FREQUENCY(Kind.PROBABILITY, 8),
  SECONDARY_LOSS_MAGNITUDE(Kind.MAGNITUDE, 9);

  /** What values a factor may take. */
  enum Kind {
    /** Events a year: not negative. */
    FREQUENCY,
    /** A probability: in [0, 1]. */
    PROBABILITY,
    /** A capability or strength on any scale shared by the two compared: any number. */
    STRENGTH,
    /** Money: not negative. */
    MAGNITUDE
  }

  private final Kind kind;
  private final int stream;

  Factor(Kind kind, int stream) {
    this.kind = kind;
    this.stream = stream;
  }

  /** The factor's name in JSON and messages, e.g. {@code threat-event-frequency}. */
  public String key() {
    return Wire.name(this);
  }

  /** The factor's name in prose, e.g. {@code threat event frequency}. */
  public String label() {
    return key().replace('-', ' ');
  }

  /** The random stream this factor draws from; fixed, so that results stay reproducible. */
  int stream() {
    return stream;
  }

  /**
   * What is wrong with giving this distribution for this factor, if anything: a probability must
   * lie in [0, 1], a frequency or a loss must not be negative.
   */
  public Optional<String> problem(Distribution d) {
    return switch (kind) {
      case FREQUENCY ->
          d.lower() < 0
              ? Optional.of(
                  "a frequency cannot be negative, but "
                      + d.describe()
                      + " goes down to "
                      + Numbers.plain(d.lower()))
              : Optional.empty();
      case MAGNITUDE ->
          d.lower() < 0
              ? Optional.of(
                  "a loss cannot be negative, but "
                      + d.describe()
                      + " goes down to "
                      + Numbers.plain(d.lower()))
              : Optional.empty();
      case PROBABILITY -> {
        if (d instanceof LogNormal || d instanceof Poisson) {
          yield Optional.of(
              "a probability must lie in [0, 1], but "
                  + d.describe()
                  + " is unbounded; give a PERT or a constant");
        }
        yield d.lower() < 0 || d.upper() > 1
            ? Optional.of(
                "a probability must lie in [0, 1], but "
                    + d.describe()
                    + " ranges over ["
                    + Numbers.plain(d.lower())
                    + ", "
                    + Numbers.plain(d.upper())
                    + "]")
            : Optional.empty();
      }
      case STRENGTH -> Optional.empty();
    };
  }
}
