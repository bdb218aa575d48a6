package dev.bulwark.bench;

import dev.bulwark.model.Position;
import dev.bulwark.risk.fair.Distribution;
import dev.bulwark.risk.fair.Mode;
import dev.bulwark.risk.fair.PertShape;
import dev.bulwark.risk.fair.Scenario;
import dev.bulwark.risk.fair.SecondaryLoss;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Simulator;
import dev.bulwark.risk.fair.Summary;
import dev.bulwark.risk.fair.portfolio.Aggregate;
import dev.bulwark.risk.fair.portfolio.Input;
import dev.bulwark.risk.fair.portfolio.Portfolio;
import dev.bulwark.risk.fair.portfolio.PortfolioOptions;
import dev.bulwark.risk.fair.portfolio.PortfolioRun;
import dev.bulwark.risk.fair.portfolio.PortfolioScenario;
import dev.bulwark.risk.fair.portfolio.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * FAIR Monte Carlo (docs/fair.md): the scenario of issue 7's pyfair comparison at 1,000,000
 * iterations ({@code losses}: the simulation alone; {@code simulate}: with the summary, i.e. mean,
 * percentiles and the loss exceedance curve), and a model of 200 generated scenarios of 100,000
 * iterations each as {@code bulwark risk FILE} runs them ({@code portfolio}: every scenario on its
 * own keyed streams under one seed, summarised, and the total summed iteration by iteration and
 * summarised).
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class FairBenchmark {
  /** Threads to simulate on; 0 means every available processor. */
  @Param({"0", "1"})
  public int threads;

  private Simulator simulator;
  private Scenario peer;
  private List<Scenario> model;
  private Portfolio portfolio;

  @Setup(Level.Trial)
  public void prepare() {
    simulator = threads == 0 ? Simulator.allProcessors() : new Simulator(threads);
    PertShape mm = PertShape.MOMENT_MATCHED;
    peer =
        Scenario.of(
            Distribution.pert(0.5, 1, 5, mm),
            Distribution.pert(0.1, 0.3, 0.6, mm),
            Distribution.pert(10_000, 50_000, 500_000, mm));
    model = scenarios(200, 2026);
    portfolio = portfolio(model);
  }

  /** The scenarios as the scenarios of a model, each keyed by its id. */
  static Portfolio portfolio(List<Scenario> scenarios) {
    List<PortfolioScenario> resolved = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      String id = "s" + i;
      Scenario s = scenarios.get(i).withKey(Scenario.key(id));
      List<Input> inputs = new ArrayList<>();
      s.inputs().forEach((factor, d) -> inputs.add(new Input(factor, d, false, d.describe())));
      resolved.add(
          new PortfolioScenario(
              id,
              "Scenario " + i,
              PortfolioScenario.Origin.MODEL,
              Position.startOf("bench"),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              inputs,
              s,
              List.of(),
              ""));
    }
    return new Portfolio(
        "bench",
        "EUR",
        10_000_000,
        true,
        PortfolioOptions.DEFAULTS,
        resolved,
        List.of(),
        List.of(),
        Portfolio.Grouping.RULE_AND_ZONE,
        0,
        List.of());
  }

  /** Varied scenarios: PERT and lognormal magnitudes, some with secondary loss. */
  static List<Scenario> scenarios(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double tef = 0.1 + random.nextDouble() * 10;
      double vulnerability = 0.05 + random.nextDouble() * 0.5;
      double loss = 1_000 + random.nextDouble() * 1_000_000;
      Distribution magnitude =
          i % 2 == 0
              ? Distribution.pert(loss / 10, loss, loss * 10, PertShape.MOMENT_MATCHED)
              : Distribution.lognormal(loss / 5, loss * 5);
      Scenario s =
          Scenario.of(
              Distribution.pert(tef / 4, tef, tef * 3, PertShape.TEXTBOOK),
              Distribution.pert(
                  vulnerability / 2, vulnerability, vulnerability * 1.5, PertShape.TEXTBOOK),
              magnitude);
      if (i % 3 == 0) {
        s =
            s.withSecondaryLoss(
                new SecondaryLoss(
                    Distribution.pert(0, 0.1, 0.4, PertShape.TEXTBOOK),
                    Distribution.lognormal(loss, loss * 20)));
      }
      scenarios.add(s);
    }
    return scenarios;
  }

  @Benchmark
  public double[] losses() {
    return simulator.losses(peer, new Settings(Mode.PRODUCT, 42, 1_000_000));
  }

  @Benchmark
  public Summary simulate() {
    return simulator.run(peer, new Settings(Mode.PRODUCT, 42, 1_000_000)).summary();
  }

  @Benchmark
  public Aggregate portfolio() {
    return new PortfolioRun(
            portfolio, new Settings(Mode.PRODUCT, 42, 100_000), simulator, Progress.NONE)
        .aggregate();
  }
}
