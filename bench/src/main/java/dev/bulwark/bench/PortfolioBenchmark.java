package dev.bulwark.bench;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.model.Model;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import dev.bulwark.risk.fair.Mode;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Simulator;
import dev.bulwark.risk.fair.portfolio.Aggregate;
import dev.bulwark.risk.fair.portfolio.Portfolio;
import dev.bulwark.risk.fair.portfolio.PortfolioOptions;
import dev.bulwark.risk.fair.portfolio.PortfolioRun;
import dev.bulwark.risk.fair.portfolio.Progress;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Risk in money for a large generated model with no scenario of its own, as {@code bulwark risk
 * FILE} runs it after the analysis: {@code resolve} forms the derived scenarios from the assessed
 * threats (grouping, facts, tables); {@code risk} also simulates them, 10,000 iterations each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PortfolioBenchmark {
  @Param({"10000"})
  public int components;

  private Model model;
  private SystemView view;
  private Assessment assessment;

  @Setup(Level.Trial)
  public void assess() throws IOException {
    model = ModelGenerator.loaded(components);
    view = SystemView.of(model);
    assessment =
        new Assessor(BuiltinRules.ruleSet(), RiskMatrix.DEFAULT, LocalDate.of(2026, 11, 22))
            .assess(model, view);
  }

  @Benchmark
  public Portfolio resolve() {
    return Portfolio.of(model, view, assessment, PortfolioOptions.DEFAULTS);
  }

  @Benchmark
  public Aggregate risk() {
    Portfolio portfolio = Portfolio.of(model, view, assessment, PortfolioOptions.DEFAULTS);
    return new PortfolioRun(
            portfolio,
            new Settings(Mode.PRODUCT, 42, 10_000),
            Simulator.allProcessors(),
            Progress.NONE)
        .aggregate();
  }
}
