package dev.bulwark.bench;

import dev.bulwark.analysis.Engine;
import dev.bulwark.analysis.Finding;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.model.Model;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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
 * Analysing a loaded model of 1,000 to 50,000 components (three flows each) with every built-in
 * rule: {@code derive} is the rule engine alone (index the system, run the rules, collapse); {@code
 * assess} adds scoring, triage and ranking, i.e. what {@code bulwark analyze} does after loading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalyzeBenchmark {
  @Param({"1000", "10000", "50000"})
  public int components;

  private Model model;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    model = ModelGenerator.loaded(components);
  }

  @Benchmark
  public List<Finding> derive() {
    return new Engine(BuiltinRules.ruleSet()).run(SystemView.of(model));
  }

  @Benchmark
  public Assessment assess() {
    return new Assessor(BuiltinRules.ruleSet(), RiskMatrix.DEFAULT, LocalDate.of(2026, 11, 22))
        .assess(model);
  }
}
