package dev.bulwark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the system means to the business; drives the impact of its threats. */
@Doc("What the system means to the business; drives the impact of its threats.")
public record Business(
    @Doc("How much the business depends on the system.") @Default("medium") Criticality criticality,
    @Doc("Regimes the system must comply with, e.g. pci-dss, gdpr, hipaa.") List<String> compliance,
    @Doc("Free text: what the system is for, who uses it.") Optional<String> description,
    @Doc("The ISO 4217 code of the currency of every amount in the model, e.g. EUR.")
        @Default("USD")
        String currency,
    @Doc("The yearly revenue the system brings or supports; scales derived loss estimates.")
        @Range(min = 0, max = Long.MAX_VALUE)
        Optional<Long> annualRevenue,
    Positions positions) {

  /** Assumed where a model says nothing about its business context. */
  public static final Business UNSTATED =
      new Business(
          Criticality.MEDIUM, List.of(), Optional.empty(), "USD", Optional.empty(), Positions.NONE);

  public Business {
    Objects.requireNonNull(criticality, "criticality");
    compliance = List.copyOf(compliance);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(annualRevenue, "annualRevenue");
    Objects.requireNonNull(positions, "positions");
  }
}
