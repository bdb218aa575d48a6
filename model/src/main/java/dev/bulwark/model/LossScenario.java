package dev.bulwark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A FAIR loss scenario: how often a loss event happens and what it costs, for one threat, a group
 * of threats, or every threat against a crown-jewel data asset. Each factor is an {@link Estimate};
 * a factor left out is derived from the threats' qualitative ratings and the business context.
 */
@Doc(
    "A FAIR loss scenario for one threat, a group of threats, or the threats against crown-jewel"
        + " data; estimates left out are derived (see docs/fair.md).")
public record LossScenario(
    @Doc("Unique id of the scenario.") String id,
    @Doc("A short title.") String title,
    @Doc("Free text.") Optional<String> description,
    @Doc("The threats it covers: hand-written threat ids or derived fingerprints (RULE@element).")
        @Ref(ElementKind.THREAT)
        List<String> threats,
    @Doc("Crown-jewel data assets: it covers every threat against them.") @Ref(ElementKind.DATA)
        List<String> data,
    @Doc("Threat events a year, e.g. '0.5, 1, 5'.") Optional<String> threatEventFrequency,
    @Doc("Contacts with the asset a year (with probability-of-action instead of the TEF).")
        Optional<String> contactFrequency,
    @Doc("The probability that a contact becomes an attempt, 0-1.")
        Optional<String> probabilityOfAction,
    @Doc("The probability that an attempt succeeds, 0-1.") Optional<String> vulnerability,
    @Doc("The attackers' capability (with resistance-strength instead of vulnerability).")
        Optional<String> threatCapability,
    @Doc("The controls' strength, on the same scale as threat-capability.")
        Optional<String> resistanceStrength,
    @Doc("The loss of one event, in the model's currency, e.g. '10000, 50000, 500000'.")
        Optional<String> primaryLossMagnitude,
    @Doc("The probability that an event also brings secondary losses (fines, lawsuits), 0-1.")
        Optional<String> secondaryLossEventFrequency,
    @Doc("The secondary loss of one event, in the model's currency.")
        Optional<String> secondaryLossMagnitude,
    Positions positions) {

  public LossScenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    threats = List.copyOf(threats);
    data = List.copyOf(data);
    Objects.requireNonNull(threatEventFrequency, "threatEventFrequency");
    Objects.requireNonNull(contactFrequency, "contactFrequency");
    Objects.requireNonNull(probabilityOfAction, "probabilityOfAction");
    Objects.requireNonNull(vulnerability, "vulnerability");
    Objects.requireNonNull(threatCapability, "threatCapability");
    Objects.requireNonNull(resistanceStrength, "resistanceStrength");
    Objects.requireNonNull(primaryLossMagnitude, "primaryLossMagnitude");
    Objects.requireNonNull(secondaryLossEventFrequency, "secondaryLossEventFrequency");
    Objects.requireNonNull(secondaryLossMagnitude, "secondaryLossMagnitude");
    Objects.requireNonNull(positions, "positions");
  }
}
