package dev.bulwark.bench;

import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.lifecycle.diff.DiffFormat;
import dev.bulwark.lifecycle.diff.Differ;
import dev.bulwark.lifecycle.diff.EntryChange;
import dev.bulwark.lifecycle.diff.ModelDiff;
import dev.bulwark.lifecycle.diff.Snapshot;
import dev.bulwark.lifecycle.diff.ThreatDiff;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.write.ModelWriter;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The diff of a generated model and its {@link ModelVariant} (1 % of components and flows changed),
 * both loaded from files and analysed beforehand: {@code entries} compares the models, {@code
 * threats} the two assessments, {@code diffAndRender} does both and renders the text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class DiffBenchmark {
  @Param({"10000"})
  public int components;

  private Snapshot before;
  private Snapshot after;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    Model model = ModelGenerator.generate(components, ModelGenerator.SEED);
    before = snapshot("before", model);
    after = snapshot("after", ModelVariant.of(model));
  }

  private static Snapshot snapshot(String label, Model generated) throws IOException {
    Path folder = Files.createTempDirectory("bulwark-bench");
    Path file = folder.resolve(label + ".yaml");
    try {
      Files.writeString(file, ModelWriter.yaml(generated), StandardCharsets.UTF_8);
      Model model = ModelLoader.load(file, LoadOptions.DEFAULTS).model().orElseThrow();
      Assessment assessment =
          new Assessor(BuiltinRules.ruleSet(), RiskMatrix.DEFAULT, LocalDate.of(2026, 6, 1))
              .assess(model);
      return new Snapshot(label, model, Optional.of(assessment));
    } finally {
      Files.deleteIfExists(file);
      Files.delete(folder);
    }
  }

  @Benchmark
  public List<EntryChange> entries() {
    return Differ.entries(before.model(), after.model());
  }

  @Benchmark
  public ThreatDiff threats() {
    return Differ.threats(before.assessment().orElseThrow(), after.assessment().orElseThrow());
  }

  @Benchmark
  public String diffAndRender() {
    ModelDiff diff = Differ.diff(before, after);
    return DiffFormat.TEXT.render(diff);
  }
}
