package dev.bulwark.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Business;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.Model;
import dev.bulwark.model.Positions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loads the test models under src/test/resources/risk and insists that they are valid. */
final class Fixtures {
  static final Path DIR = Path.of("src/test/resources/risk");

  private Fixtures() {}

  static Model load(String name) {
    LoadResult result = ModelLoader.load(DIR.resolve(name));
    assertThat(result.errors()).as("errors in fixture " + name).isEmpty();
    return result.model().orElseThrow();
  }

  /** The model with another business criticality, everything else the same. */
  static Model withCriticality(Model m, Criticality criticality) {
    return new Model(
        m.formatVersion(),
        m.id(),
        m.title(),
        m.description(),
        m.owner(),
        Optional.of(
            new Business(
                criticality, List.of(), Optional.empty(), "USD", Optional.empty(), Positions.NONE)),
        m.imports(),
        m.zones(),
        m.actors(),
        m.components(),
        m.data(),
        m.flows(),
        m.threats(),
        m.mitigations(),
        m.triage(),
        m.rules(),
        m.suppressions(),
        List.of(),
        List.of(),
        Optional.empty(),
        m.positions());
  }
}
