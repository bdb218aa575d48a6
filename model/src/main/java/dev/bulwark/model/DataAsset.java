package dev.bulwark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Information worth protecting, with how much each security property matters. */
@Doc(
    "Information worth protecting, and how much its confidentiality, integrity and availability matter.")
public record DataAsset(
    @Doc("Unique id of the data asset.") String id,
    @Doc("Free text.") Optional<String> description,
    @Doc("How sensitive the data is.") Classification classification,
    @Doc("How much harm a leak does.") @Default("medium") Rating confidentiality,
    @Doc("How much harm unauthorised change does.") @Default("medium") Rating integrity,
    @Doc("How much harm loss of access does.") @Default("medium") Rating availability,
    @Doc("Whether the data is about identifiable people (privacy threats apply).") @Default("false")
        boolean personal,
    @Doc("Free-form labels, e.g. pci, phi.") List<String> tags,
    Positions positions)
    implements Element {

  public DataAsset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(confidentiality, "confidentiality");
    Objects.requireNonNull(integrity, "integrity");
    Objects.requireNonNull(availability, "availability");
    tags = List.copyOf(tags);
    Objects.requireNonNull(positions, "positions");
  }
}
