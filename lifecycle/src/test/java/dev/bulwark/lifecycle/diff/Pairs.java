package dev.bulwark.lifecycle.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** The pairs of models under src/test/resources/diff: {@code CASE/after.yaml} against a before. */
final class Pairs {
  static final Path ROOT = Path.of("src/test/resources/diff");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private Pairs() {}

  /** The diff of a case: its own before.yaml, else base.yaml, against its after.yaml. */
  static ModelDiff diff(String name) {
    Path own = ROOT.resolve(name).resolve("before.yaml");
    Path before = Files.exists(own) ? own : ROOT.resolve("base.yaml");
    return Differ.diff(snapshot(before), snapshot(ROOT.resolve(name).resolve("after.yaml")));
  }

  static Snapshot snapshot(Path file) {
    Model model = load(file);
    return new Snapshot(
        ROOT.relativize(file).toString().replace('\\', '/'),
        model,
        Optional.of(new Assessor(BuiltinRules.ruleSet(), RiskMatrix.DEFAULT, TODAY).assess(model)));
  }

  static Model load(Path file) {
    LoadResult loaded = ModelLoader.load(file);
    assertThat(loaded.errors()).as(file.toString()).isEmpty();
    return loaded.model().orElseThrow();
  }
}
