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
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The report's parts timed by the CPU time of the whole process (every thread, the collector's and
 * the compiler's included) next to wall time, for a machine shared with other work: wall time
 * counts the time other processes hold the cores, CPU time does not. The report lays diagrams out
 * on two threads, so one thread's CPU time would miss part of the work. Prints, per part, the first
 * (cold) run and the median of the runs after warm-up: {@code java -Xmx2g -cp
 * bench/target/benchmarks.jar dev.bulwark.bench.ReportCpuTime 5000}.
 */
public final class ReportCpuTime {
  private static final int WARMUP = 3;
  private static final int RUNS = 7;

  private ReportCpuTime() {}

  public static void main(String[] args) throws IOException {
    int components = args.length == 0 ? 5000 : Integer.parseInt(args[0]);
    ReportInput input = ReportBenchmark.input(components);
    Digest digest = Digest.of(input);
    System.out.printf(
        Locale.ROOT,
        "%,d components, %,d threats; process CPU ms / wall ms%n",
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
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] cpu = new double[RUNS];
    double[] wall = new double[RUNS];
    double coldCpu = 0;
    double coldWall = 0;
    for (int i = 0; i < WARMUP + RUNS; i++) {
      long cpuStart = os.getProcessCpuTime();
      long wallStart = System.nanoTime();
      if (work.get() == null) {
        throw new IllegalStateException(what);
      }
      double spentCpu = (os.getProcessCpuTime() - cpuStart) / 1e6;
      double spentWall = (System.nanoTime() - wallStart) / 1e6;
      if (i == 0) {
        coldCpu = spentCpu;
        coldWall = spentWall;
      }
      if (i >= WARMUP) {
        cpu[i - WARMUP] = spentCpu;
        wall[i - WARMUP] = spentWall;
      }
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf(
        Locale.ROOT,
        "%-38s cold %8.0f / %8.0f   warm median %8.0f / %8.0f  (CPU min %.0f, max %.0f)%n",
        what,
        coldCpu,
        coldWall,
        cpu[RUNS / 2],
        wall[RUNS / 2],
        cpu[0],
        cpu[RUNS - 1]);
  }
}
