package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.risk.Impact;
import dev.bulwark.risk.Likelihood;
import dev.bulwark.risk.fair.Distribution;
import dev.bulwark.risk.fair.PertShape;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tables that turn qualitative ratings into FAIR estimates where a scenario gives none. They
 * are a starting point for people without data, not calibrated figures: docs/fair.md prints them (a
 * test checks that it prints these very numbers) and explains each choice; an expert overrides any
 * of them by writing the estimate in the scenario.
 */
public final class DerivedTables {
  /** A three-point estimate: minimum, most likely, maximum. */
  public record Range(double min, double likely, double max) {
    /** The PERT distribution of this range, in the given shape. */
    public Distribution pert(PertShape shape) {
      return Distribution.pert(min, likely, max, shape);
    }

    /** This range times a factor, e.g. a share of revenue times the revenue. */
    public Range times(double factor) {
      return new Range(min * factor, likely * factor, max * factor);
    }
  }

  /** How much secondary loss (fines, notification, claims) a breach of the data at stake brings. */
  public enum Sensitivity {
    /** No personal, confidential or restricted data at stake: no secondary loss. */
    NONE,
    /** Personal or confidential data. */
    SENSITIVE,
    /** Restricted data, or personal data under a compliance regime the business names. */
    REGULATED
  }

  /**
   * Threat events a year, by the likelihood of the threat before the model's controls are credited
   * (exposure, reachability and authentication decide it).
   */
  public static final Map<Likelihood, Range> THREAT_EVENT_FREQUENCY =
      table(
          Likelihood.class,
          List.of(
              new Range(0.01, 0.05, 0.2),
              new Range(0.05, 0.2, 1),
              new Range(0.2, 1, 4),
              new Range(1, 4, 12)));

  /**
   * The chance that a threat event becomes a loss event, by how many of the model's controls the
   * scoring credited against the threat (0, 1, 2 or more).
   */
  public static final List<Range> VULNERABILITY =
      List.of(
          new Range(0.01, 0.05, 0.2), new Range(0.005, 0.02, 0.1), new Range(0.002, 0.01, 0.05));

  /**
   * The primary loss of one event as a share of the annual revenue the system brings, by impact:
   * each level five times the one below. Secondary loss magnitude uses the same row.
   */
  public static final Map<Impact, Range> LOSS_SHARE_OF_REVENUE =
      table(
          Impact.class,
          List.of(
              new Range(0.00002, 0.0001, 0.0005),
              new Range(0.0001, 0.0005, 0.0025),
              new Range(0.0005, 0.0025, 0.0125),
              new Range(0.0025, 0.0125, 0.0625)));

  /** The revenue assumed when the business context gives none, in the model's currency. */
  public static final long REFERENCE_REVENUE = 10_000_000;

  /** The chance that a loss event also brings secondary loss, by the sensitivity of the data. */
  public static final Map<Sensitivity, Range> SECONDARY_LOSS_EVENT_FREQUENCY =
      Collections.unmodifiableMap(
          new EnumMap<>(
              Map.of(
                  Sensitivity.SENSITIVE, new Range(0.05, 0.2, 0.5),
                  Sensitivity.REGULATED, new Range(0.1, 0.3, 0.7))));

  /** The likelihood assumed for a scenario that covers no threat of the analysis. */
  public static final Likelihood UNCOVERED_LIKELIHOOD = Likelihood.POSSIBLE;

  private DerivedTables() {}

  /** The vulnerability row for this many credited controls (2 and more share the last row). */
  public static Range vulnerability(int controls) {
    return VULNERABILITY.get(Math.min(Math.max(controls, 0), VULNERABILITY.size() - 1));
  }

  private static <K extends Enum<K>> Map<K, Range> table(Class<K> keys, List<Range> rows) {
    Map<K, Range> table = new EnumMap<>(keys);
    K[] constants = keys.getEnumConstants();
    for (int i = 0; i < constants.length; i++) {
      table.put(constants[i], rows.get(i));
    }
    return Collections.unmodifiableMap(table);
  }
}
