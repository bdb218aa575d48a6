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
    Positions positions) {

  /** Assumed where a model says nothing about its business context. */
  public static final Business UNSTATED =
      new Business(Criticality.MEDIUM, List.of(), Optional.empty(), Positions.NONE);

  public Business {
    Objects.requireNonNull(criticality, "criticality");
    compliance = List.copyOf(compliance);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(positions, "positions");
  }
}
