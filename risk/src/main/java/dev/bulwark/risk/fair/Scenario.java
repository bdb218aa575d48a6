package dev.bulwark.risk.fair;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One loss scenario in the Open FAIR taxonomy:
 *
 * <pre>
 * annualised loss = loss event frequency × loss magnitude
 * loss event frequency = threat event frequency × vulnerability
 * loss magnitude = primary loss + secondary loss event frequency × secondary loss magnitude
 * </pre>
 *
 * <p>All inputs are independent. Building a scenario checks every input against the range its
 * factor allows (a probability in [0, 1], a frequency or a loss not negative) and reports all
 * problems at once.
 *
 * @param reductions mitigations' effects, each multiplying its factor by one minus a drawn fraction
 *     (see {@link Reduction}); empty for the scenario as it stands
 * @param key names the scenario's random streams: scenarios with different keys draw independently
 *     under one seed, so that a model's scenarios can be simulated with one seed and summed; 0 (a
 *     scenario on its own) keeps the streams of the factors as they always were
 */
public record Scenario(
    ThreatEventFrequency threatEventFrequency,
    Vulnerability vulnerability,
    Distribution primaryLoss,
    SecondaryLoss secondaryLoss,
    List<Reduction> reductions,
    long key) {
  public Scenario {
    Objects.requireNonNull(threatEventFrequency, "threatEventFrequency");
    Objects.requireNonNull(vulnerability, "vulnerability");
    Objects.requireNonNull(primaryLoss, "primaryLoss");
    Objects.requireNonNull(secondaryLoss, "secondaryLoss");
    reductions = List.copyOf(reductions);
    List<FairException.Problem> problems = new ArrayList<>();
    inputs(threatEventFrequency, vulnerability, primaryLoss, secondaryLoss)
        .forEach((factor, d) ->
            factor
                .problem(d)
                .ifPresent(m -> problems.add(new FairException.Problem(factor.key(), m))));
    if (!problems.isEmpty()) {
      throw new FairException(problems);
    }
  }

  /** A scenario on its own: no reductions, key 0. */
  public Scenario(
      ThreatEventFrequency threatEventFrequency,
      Vulnerability vulnerability,
      Distribution primaryLoss,
      SecondaryLoss secondaryLoss) {
    this(threatEventFrequency, vulnerability, primaryLoss, secondaryLoss, List.of(), 0);
  }

  /** The key of a scenario named by text, e.g. its id in a model; never 0. */
  public static long key(String name) {
    return Streams.hash("scenario:" + name);
  }

  /** A scenario with threat event frequency, vulnerability and primary loss given directly. */
  public static Scenario of(
      Distribution threatEventFrequency, Distribution vulnerability, Distribution primaryLoss) {
    return new Scenario(
        ThreatEventFrequency.given(threatEventFrequency),
        Vulnerability.given(vulnerability),
        primaryLoss,
        SecondaryLoss.NONE);
  }

  /** This scenario with another threat event frequency. */
  public Scenario withThreatEventFrequency(ThreatEventFrequency other) {
    return new Scenario(other, vulnerability, primaryLoss, secondaryLoss, reductions, key);
  }

  /** This scenario with another vulnerability. */
  public Scenario withVulnerability(Vulnerability other) {
    return new Scenario(threatEventFrequency, other, primaryLoss, secondaryLoss, reductions, key);
  }

  /** This scenario with another primary loss magnitude. */
  public Scenario withPrimaryLoss(Distribution other) {
    return new Scenario(threatEventFrequency, vulnerability, other, secondaryLoss, reductions, key);
  }

  /** This scenario with a secondary loss. */
  public Scenario withSecondaryLoss(SecondaryLoss other) {
    return new Scenario(threatEventFrequency, vulnerability, primaryLoss, other, reductions, key);
  }

  /** This scenario with other reductions. */
  public Scenario withReductions(List<Reduction> other) {
    return new Scenario(
        threatEventFrequency, vulnerability, primaryLoss, secondaryLoss, other, key);
  }

  /** This scenario with another key. */
  public Scenario withKey(long other) {
    return new Scenario(
        threatEventFrequency, vulnerability, primaryLoss, secondaryLoss, reductions, other);
  }

  /**
   * The exact mean annualised loss (both modes have the same mean): the product of the factors'
   * means, each reduction's mean multiplier included. Vulnerability from capability against
   * resistance has no closed form here, so it is {@code vulnerabilityMean}, which the caller
   * estimates.
   */
  public double mean(double vulnerabilityMean) {
    double magnitude =
        primaryLoss.mean()
            + secondaryLoss.eventFrequency().mean() * secondaryLoss.magnitude().mean();
    double mean = threatEventFrequency.mean() * vulnerabilityMean * magnitude;
    for (Reduction r : reductions) {
      mean *= 1 - r.fraction().mean();
    }
    return mean;
  }

  /** The distribution of every factor this scenario gives, in taxonomy order. */
  public Map<Factor, Distribution> inputs() {
    return inputs(threatEventFrequency, vulnerability, primaryLoss, secondaryLoss);
  }

  private static Map<Factor, Distribution> inputs(
      ThreatEventFrequency tef,
      Vulnerability vulnerability,
      Distribution primary,
      SecondaryLoss sl) {
    Map<Factor, Distribution> inputs = new EnumMap<>(Factor.class);
    switch (tef) {
      case ThreatEventFrequency.Given g -> inputs.put(Factor.THREAT_EVENT_FREQUENCY, g.frequency());
      case ThreatEventFrequency.FromContact c -> {
        inputs.put(Factor.CONTACT_FREQUENCY, c.contactFrequency());
        inputs.put(Factor.PROBABILITY_OF_ACTION, c.probabilityOfAction());
      }
    }
    switch (vulnerability) {
      case Vulnerability.Given g -> inputs.put(Factor.VULNERABILITY, g.probability());
      case Vulnerability.FromCapability c -> {
        inputs.put(Factor.THREAT_CAPABILITY, c.threatCapability());
        inputs.put(Factor.RESISTANCE_STRENGTH, c.resistanceStrength());
      }
    }
    inputs.put(Factor.PRIMARY_LOSS_MAGNITUDE, primary);
    if (!sl.isNone()) {
      inputs.put(Factor.SECONDARY_LOSS_EVENT_FREQUENCY, sl.eventFrequency());
      inputs.put(Factor.SECONDARY_LOSS_MAGNITUDE, sl.magnitude());
    }
    return Collections.unmodifiableMap(inputs);
  }
}
