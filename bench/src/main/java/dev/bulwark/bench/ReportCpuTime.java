package dev.bulwark.bench;

import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.attack.AttackSection;
import dev.bulwark.report.diagram.DiagramOptions;
import dev.bulwark.report.diagram.Diagrams;
import dev.bulwark.report.html.HtmlReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The report's parts timed by CPU time next to wall time, for a machine shared with other work:
 * wall time counts the time other processes hold the cores, CPU time does not. Two CPU clocks: the
 * calling thread's (the attack section and the digest run on it alone; it leaves out the collector
 * and the compiler, so it is the steadier one), and the whole process's (every thread: the report
 * lays diagrams out on two). Prints, per part, the first (cold) run and the medians of the runs
 * after warm-up: {@code java -Xmx2g -XX:+UseParallelGC -cp bench/target/benchmarks.jar
 * dev.bulwark.bench.ReportCpuTime 5000}.
 */
public final class ReportCpuTime {
  private static final int WARMUP = 5;
  private static final int RUNS = 11;

  private ReportCpuTime() {}

  public static void main(String[] args) throws IOException {
    int components = args.length == 0 ? 5000 : Integer.parseInt(args[0]);
    ReportInput input = ReportBenchmark.input(components);
    Digest digest = Digest.of(input);
    System.out.printf(
        Locale.ROOT,
        "%,d components, %,d threats; ms of thread CPU / process CPU / wall%n",
        components,
        input.assessment().threats().size());
    measure("digest", () -> Digest.of(input));
    measure("data-flow diagrams", () -> Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS));
    measure("attack paths and trees", () -> AttackSection.of(digest, DiagramOptions.DEFAULTS));
    measure(
        "whole HTML report (digest included)",
        () -> {
          try {
            new HtmlReport().render(Digest.of(input), OutputStream.nullOutputStream());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return input;
        });
  }

  private static void measure(String what, Supplier<Object> work) {
    ThreadMXBean thread = ManagementFactory.getThreadMXBean();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[][] runs = new double[3][RUNS];
    double[] cold = new double[3];
    for (int i = 0; i < WARMUP + RUNS; i++) {
      long threadStart = thread.getCurrentThreadCpuTime();
      long processStart = os.getProcessCpuTime();
      long wallStart = System.nanoTime();
      if (work.get() == null) {
        throw new IllegalStateException(what);
      }
      double[] spent = {
        (thread.getCurrentThreadCpuTime() - threadStart) / 1e6,
        (os.getProcessCpuTime() - processStart) / 1e6,
        (System.nanoTime() - wallStart) / 1e6
      };
      if (i == 0) {
        cold = spent;
      }
      for (int clock = 0; clock < 3 && i >= WARMUP; clock++) {
        runs[clock][i - WARMUP] = spent[clock];
      }
    }
    for (double[] clock : runs) {
      Arrays.sort(clock);
    }
    System.out.printf(
        Locale.ROOT,
        "%-38s cold %6.0f / %6.0f / %6.0f   warm median %6.0f / %6.0f / %6.0f%n",
        what,
        cold[0],
        cold[1],
        cold[2],
        runs[0][RUNS / 2],
        runs[1][RUNS / 2],
        runs[2][RUNS / 2]);
  }
}
