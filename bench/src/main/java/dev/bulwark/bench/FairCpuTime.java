package dev.bulwark.bench;

import dev.bulwark.risk.fair.Distribution;
import dev.bulwark.risk.fair.Mode;
import dev.bulwark.risk.fair.PertShape;
import dev.bulwark.risk.fair.Scenario;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Simulator;
import dev.bulwark.risk.fair.portfolio.Portfolio;
import dev.bulwark.risk.fair.portfolio.PortfolioRun;
import dev.bulwark.risk.fair.portfolio.Progress;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The CPU time of the FAIR benchmarks on one thread, for a machine shared with other work: wall
 * time (JMH) counts the time other processes hold the cores, the thread's CPU time does not. Prints
 * the median of 15 runs after 10 warm-up runs: {@code java -cp bench/target/benchmarks.jar
 * dev.bulwark.bench.FairCpuTime}.
 */
public final class FairCpuTime {
  private FairCpuTime() {}

  public static void main(String[] args) {
    Simulator one = new Simulator(1);
    PertShape mm = PertShape.MOMENT_MATCHED;
    Scenario peer =
        Scenario.of(
            Distribution.pert(0.5, 1, 5, mm),
            Distribution.pert(0.1, 0.3, 0.6, mm),
            Distribution.pert(10_000, 50_000, 500_000, mm));
    Settings million = new Settings(Mode.PRODUCT, 42, 1_000_000);
    Portfolio model = FairBenchmark.portfolio(FairBenchmark.scenarios(200, 2026));
    measure("losses, 1,000,000 iterations", () -> one.losses(peer, million));
    measure("simulate, 1,000,000 iterations", () -> one.run(peer, million));
    measure(
        "portfolio, 200 scenarios x 100,000 iterations",
        () ->
            new PortfolioRun(model, new Settings(Mode.PRODUCT, 42, 100_000), one, Progress.NONE)
                .aggregate());
  }

  private static void measure(String what, Supplier<Object> work) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    double[] ms = new double[15];
    for (int i = 0; i < 10 + ms.length; i++) {
      long start = bean.getCurrentThreadCpuTime();
      Object result = work.get();
      long spent = bean.getCurrentThreadCpuTime() - start;
      if (result == null) {
        throw new IllegalStateException();
      }
      if (i >= 10) {
        ms[i - 10] = spent / 1e6;
      }
    }
    Arrays.sort(ms);
    System.out.printf(
        Locale.ROOT,
        "%-50s median %8.1f ms CPU  (min %.1f, max %.1f)%n",
        what,
        ms[ms.length / 2],
        ms[0],
        ms[ms.length - 1]);
  }
}
