package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Estimate;
import dev.bulwark.model.LossScenario;
import dev.bulwark.model.Wire;
import dev.bulwark.risk.Impact;
import dev.bulwark.risk.Likelihood;
import dev.bulwark.risk.fair.Distribution;
import dev.bulwark.risk.fair.Factor;
import dev.bulwark.risk.fair.PertShape;
import dev.bulwark.risk.fair.portfolio.DerivedTables.Range;
import dev.bulwark.risk.fair.portfolio.DerivedTables.Sensitivity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inputs of one scenario: those the model gives, and the others derived from the threats it
 * covers with {@link DerivedTables}. The frequency comes from its most likely threat (the attacker
 * takes the easiest way, so more threats of one kind do not add up), the magnitude from its most
 * harmful one.
 */
final class Derivation {
  /** Most likely before controls first, then fewest controls, then the assessment's order. */
  static final Comparator<ThreatFacts> MOST_LIKELY =
      Comparator.comparing(ThreatFacts::beforeControls)
          .reversed()
          .thenComparingInt(ThreatFacts::controls);

  private final SystemView view;
  private final PertShape shape;
  private final double revenue;
  private final boolean revenueAssumed;

  Derivation(SystemView view, PertShape shape, double revenue, boolean revenueAssumed) {
    this.view = view;
    this.shape = shape;
    this.revenue = revenue;
    this.revenueAssumed = revenueAssumed;
  }

  /**
   * The inputs of a scenario covering {@code members} (riskiest first; may be empty), written as
   * {@code written} when it comes from the model; {@code data} are the data assets it names.
   */
  List<Input> inputs(
      Optional<LossScenario> written,
      List<ThreatFacts> members,
      List<String> data,
      List<String> unreadable) {
    Optional<ThreatFacts> likeliest = members.stream().min(MOST_LIKELY);
    // the first (riskiest) of those with the highest impact
    Optional<Impact> top = members.stream().map(ThreatFacts::impact).max(Comparator.naturalOrder());
    Optional<ThreatFacts> harmful =
        members.stream().filter(f -> f.impact() == top.orElseThrow()).findFirst();
    Sensitivity sensitivity =
        members.isEmpty()
            ? ThreatFacts.sensitivity(view.data(data), view)
            : members.stream()
                .map(ThreatFacts::sensitivity)
                .max(Comparator.naturalOrder())
                .orElse(Sensitivity.NONE);
    Impact impact = harmful.map(ThreatFacts::impact).orElseGet(() -> impactOfData(data));
    String impactSource =
        harmful
            .map(f -> " of " + f.threat().fingerprint())
            .orElse(data.isEmpty() ? " (no threat or data to rate)" : " of the data it names");

    List<Input> inputs = new ArrayList<>();
    Optional<Input> tef = given(written, Factor.THREAT_EVENT_FREQUENCY, unreadable);
    Optional<Input> cf = given(written, Factor.CONTACT_FREQUENCY, unreadable);
    Optional<Input> poa = given(written, Factor.PROBABILITY_OF_ACTION, unreadable);
    if (tef.isPresent()) {
      inputs.add(tef.get());
    } else if (cf.isPresent() && poa.isPresent()) {
      inputs.add(cf.get());
      inputs.add(poa.get());
    } else {
      Likelihood level =
          likeliest.map(ThreatFacts::beforeControls).orElse(DerivedTables.UNCOVERED_LIKELIHOOD);
      inputs.add(
          derived(
              Factor.THREAT_EVENT_FREQUENCY,
              DerivedTables.THREAT_EVENT_FREQUENCY.get(level),
              "likelihood "
                  + words(level)
                  + " before controls"
                  + likeliest
                      .map(f -> " (" + f.threat().fingerprint() + ")")
                      .orElse(", assumed for a scenario that covers no threat")));
    }
    Optional<Input> v = given(written, Factor.VULNERABILITY, unreadable);
    Optional<Input> tcap = given(written, Factor.THREAT_CAPABILITY, unreadable);
    Optional<Input> rs = given(written, Factor.RESISTANCE_STRENGTH, unreadable);
    if (v.isPresent()) {
      inputs.add(v.get());
    } else if (tcap.isPresent() && rs.isPresent()) {
      inputs.add(tcap.get());
      inputs.add(rs.get());
    } else {
      int controls = likeliest.map(ThreatFacts::controls).orElse(0);
      String which =
          likeliest
              .filter(f -> controls > 0)
              .map(f -> ": " + String.join(", ", f.threat().score().reducedBy()))
              .orElse("");
      inputs.add(
          derived(
              Factor.VULNERABILITY,
              DerivedTables.vulnerability(controls),
              (controls == 0 ? "no control" : controls + (controls == 1 ? " control" : " controls"))
                  + " credited"
                  + which
                  + likeliest.map(f -> " (" + f.threat().fingerprint() + ")").orElse("")));
    }
    Range share = DerivedTables.LOSS_SHARE_OF_REVENUE.get(impact);
    String magnitudeBasis =
        "impact "
            + words(impact)
            + impactSource
            + ": "
            + percent(share.min())
            + " to "
            + percent(share.max())
            + " of annual revenue "
            + String.format(Locale.ROOT, "%,.0f", revenue)
            + (revenueAssumed ? " (assumed)" : "");
    Input primary =
        given(written, Factor.PRIMARY_LOSS_MAGNITUDE, unreadable)
            .orElseGet(
                () -> derived(Factor.PRIMARY_LOSS_MAGNITUDE, share.times(revenue), magnitudeBasis));
    inputs.add(primary);
    Optional<Input> slef = given(written, Factor.SECONDARY_LOSS_EVENT_FREQUENCY, unreadable);
    Optional<Input> slm = given(written, Factor.SECONDARY_LOSS_MAGNITUDE, unreadable);
    if (slef.isPresent() || slm.isPresent() || sensitivity != Sensitivity.NONE) {
      Sensitivity row = sensitivity == Sensitivity.NONE ? Sensitivity.SENSITIVE : sensitivity;
      inputs.add(
          slef.orElseGet(() ->
              derived(
                  Factor.SECONDARY_LOSS_EVENT_FREQUENCY,
                  DerivedTables.SECONDARY_LOSS_EVENT_FREQUENCY.get(row),
                  sensitivity == Sensitivity.NONE
                      ? "the scenario gives a secondary loss magnitude; personal or confidential"
                          + " data assumed"
                      : sensitivity == Sensitivity.REGULATED
                          ? "restricted data, or personal data under the business's compliance"
                              + " regimes, at stake"
                          : "personal or confidential data at stake")));
      // Secondary losses (fines, claims, notification) are taken to be of the order of the primary
      // loss, so that a primary loss given by an expert sets their scale too.
      inputs.add(
          slm.orElseGet(() ->
              new Input(
                  Factor.SECONDARY_LOSS_MAGNITUDE,
                  primary.distribution(),
                  true,
                  "derived: the same distribution as the primary loss magnitude ("
                      + (primary.derived() ? "derived" : "given")
                      + ")")));
    }
    return inputs;
  }

  /**
   * The impact of a scenario that covers no threat: the highest rating of the data it names, moved
   * by the business criticality as the scoring moves it; medium without data.
   */
  private Impact impactOfData(List<String> data) {
    List<DataAsset> assets = view.data(data);
    if (assets.isEmpty()) {
      return Impact.MEDIUM;
    }
    int level = 0;
    for (DataAsset asset : assets) {
      level = Math.max(level, asset.confidentiality().ordinal());
      level = Math.max(level, asset.integrity().ordinal());
      level = Math.max(level, asset.availability().ordinal());
    }
    Criticality criticality = view.business().criticality();
    if (criticality == Criticality.CRITICAL) {
      level++;
    } else if (criticality == Criticality.LOW) {
      level--;
    }
    return Impact.values()[Math.max(0, Math.min(Impact.values().length - 1, level))];
  }

  private Input derived(Factor factor, Range range, String basis) {
    return new Input(factor, range.pert(shape), true, "derived from " + basis);
  }

  /** The factor as the scenario writes it, if it does and the text reads as an estimate. */
  private Optional<Input> given(Optional<LossScenario> written, Factor factor, List<String> bad) {
    Optional<String> text = written.flatMap(s -> text(s, factor));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Estimate> estimate = Estimate.parse(text.get());
    if (estimate.isEmpty()) {
      bad.add(factor.key() + " '" + text.get() + "' is not an estimate; derived instead");
      return Optional.empty();
    }
    try {
      Distribution d = Distribution.of(estimate.get(), shape);
      return Optional.of(new Input(factor, d, false, text.get().strip()));
    } catch (RuntimeException e) {
      bad.add(factor.key() + " '" + text.get() + "': " + e.getMessage() + "; derived instead");
      return Optional.empty();
    }
  }

  private static Optional<String> text(LossScenario s, Factor factor) {
    return switch (factor) {
      case THREAT_EVENT_FREQUENCY -> s.threatEventFrequency();
      case CONTACT_FREQUENCY -> s.contactFrequency();
      case PROBABILITY_OF_ACTION -> s.probabilityOfAction();
      case VULNERABILITY -> s.vulnerability();
      case THREAT_CAPABILITY -> s.threatCapability();
      case RESISTANCE_STRENGTH -> s.resistanceStrength();
      case PRIMARY_LOSS_MAGNITUDE -> s.primaryLossMagnitude();
      case SECONDARY_LOSS_EVENT_FREQUENCY -> s.secondaryLossEventFrequency();
      case SECONDARY_LOSS_MAGNITUDE -> s.secondaryLossMagnitude();
    };
  }

  static String words(Enum<?> level) {
    return Wire.name(level).replace('-', ' ');
  }

  /** A share as a percentage without trailing zeros: 0.0005 → "0.05 %". */
  static String percent(double share) {
    return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
  }
}
