package dev.bulwark.bench;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.paths.AttackPaths;
import dev.bulwark.analysis.paths.PathAnalysis;
import dev.bulwark.analysis.paths.PathOptions;
import dev.bulwark.analysis.paths.PathsJson;
import dev.bulwark.analysis.paths.Profiles;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportInput;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The attack-path search alone, as the report runs it (built-in profiles, k = 1) and as {@code
 * bulwark paths} does by default (k = 3), in CPU time of the calling thread (the search runs on it
 * alone): the first (cold) run and the median of the runs after warm-up. Prints a hash of the paths
 * found, to check that a change keeps them: {@code java -Xmx2g -XX:+UseParallelGC -cp
 * bench/target/benchmarks.jar dev.bulwark.bench.PathSearchCpuTime 5000}.
 */
public final class PathSearchCpuTime {
  private static final int WARMUP = 5;
  private static final int RUNS = 11;

  private PathSearchCpuTime() {}

  public static void main(String[] args) throws IOException {
    int components = args.length == 0 ? 5000 : Integer.parseInt(args[0]);
    ReportInput input = ReportBenchmark.input(components);
    Digest digest = Digest.of(input);
    SystemView view = input.view();
    for (int k : new int[] {1, 3}) {
      PathOptions options = PathOptions.DEFAULT.withK(k);
      Supplier<PathAnalysis> search =
          () -> AttackPaths.analyse(view, digest.elementSeverity(), Profiles.builtIn(), options);
      double[] cold = new double[1];
      double[] warm = new double[RUNS];
      PathAnalysis last = null;
      ThreadMXBean thread = ManagementFactory.getThreadMXBean();
      for (int i = 0; i < WARMUP + RUNS; i++) {
        long start = thread.getCurrentThreadCpuTime();
        last = search.get();
        double spent = (thread.getCurrentThreadCpuTime() - start) / 1e6;
        if (i == 0) {
          cold[0] = spent;
        } else if (i >= WARMUP) {
          warm[i - WARMUP] = spent;
        }
      }
      Arrays.sort(warm);
      System.out.printf(
          Locale.ROOT,
          "%,d components, k = %d: %d paths (hash %08x); thread CPU cold %.0f ms, warm median %.0f"
              + " ms%n",
          components,
          k,
          last.paths().size(),
          PathsJson.write(last).hashCode(),
          cold[0],
          warm[RUNS / 2]);
    }
  }
}
