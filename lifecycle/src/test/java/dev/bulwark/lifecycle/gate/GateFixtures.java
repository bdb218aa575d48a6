package dev.bulwark.lifecycle.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The gate's test models under src/test/resources/gate, assessed without rules on a fixed date, so
 * that every threat is a hand-written one whose severity the file sets.
 */
final class GateFixtures {
  static final Path DIR = Path.of("src/test/resources/gate");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private GateFixtures() {}

  static GateInput input(String name) {
    Path file = DIR.resolve(name);
    LoadResult loaded = ModelLoader.load(file);
    assertThat(loaded.errors()).as("errors in fixture " + name).isEmpty();
    return new GateInput(
        file,
        loaded.model().orElseThrow(),
        assess(loaded),
        loaded.warnings(),
        List.of(),
        Optional.empty());
  }

  static Assessment assess(LoadResult loaded) {
    return new Assessor(RuleSet.of(List.of()), RiskMatrix.DEFAULT, TODAY)
        .assess(loaded.model().orElseThrow());
  }

  /** The fingerprints of the findings, in their order. */
  static List<String> keys(CheckResult result) {
    return result.findings().stream().map(GateFinding::key).toList();
  }

  /** Where the findings are, as {@code line:column}. */
  static List<String> lines(CheckResult result) {
    return result.findings().stream()
        .map(f -> f.position().line() + ":" + f.position().column())
        .toList();
  }
}
