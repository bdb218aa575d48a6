package dev.bulwark.interop.cyclonedx;

import dev.bulwark.model.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What reading a CycloneDX SBOM gave.
 *
 * @param subject the component the SBOM describes ({@code metadata.component}), when it names one
 * @param components every component, nested ones included, depth first, each package once
 * @param problems errors that make the file unusable, and warnings for what is not kept
 */
public record Sbom(
    Optional<SbomComponent> subject, List<SbomComponent> components, List<Problem> problems) {
  public Sbom {
    components = List.copyOf(components);
    problems = List.copyOf(problems);
  }

  public boolean failed() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
