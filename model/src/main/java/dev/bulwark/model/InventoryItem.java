package dev.bulwark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A piece of software a component is built from, e.g. one entry of its CycloneDX SBOM. */
@Doc("A piece of software a component is built from, e.g. one entry of its SBOM.")
public record InventoryItem(
    @Doc("The package's name, e.g. jackson-databind.") String name,
    @Doc("The version in use.") Optional<String> version,
    @Doc("The package URL, e.g. pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.1.")
        Optional<String> purl,
    @Doc("What it is: library, framework, application, container, operating-system, ...")
        Optional<String> type,
    @Doc("Its licences: SPDX ids, licence names or SPDX expressions.") List<String> licenses,
    Positions positions) {

  public InventoryItem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(purl, "purl");
    Objects.requireNonNull(type, "type");
    licenses = List.copyOf(licenses);
    Objects.requireNonNull(positions, "positions");
  }
}
