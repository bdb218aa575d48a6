package dev.bulwark.interop.cyclonedx;

import dev.bulwark.model.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One component of a software bill of materials, as Bulwark keeps it: what identifies it for
 * vulnerability monitoring.
 *
 * @param name the component's name, its {@code group} before it and a '/' when it has one
 * @param purl a valid package URL, as written
 * @param type CycloneDX's component type, e.g. {@code library}, {@code container}
 * @param licenses SPDX ids, names or expressions
 * @param position where the component is written in the SBOM
 */
public record SbomComponent(
    String name,
    Optional<String> version,
    Optional<String> purl,
    String type,
    List<String> licenses,
    Position position) {
  public SbomComponent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(purl, "purl");
    Objects.requireNonNull(type, "type");
    licenses = List.copyOf(licenses);
    Objects.requireNonNull(position, "position");
  }
}
