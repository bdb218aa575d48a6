package dev.bulwark.bench;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import dev.bulwark.model.Model;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.html.HtmlReport;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.io.IOException;
import java.io.OutputStream;
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
 * The HTML report of an analysed model, with its diagrams, written to a discarding stream: what
 * {@code bulwark report} adds to an analysis. The whole-process figure is measured with hyperfine
 * (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReportBenchmark {
  @Param({"1000", "5000"})
  public int components;

  private ReportInput input;

  @Setup(Level.Trial)
  public void analyse() throws IOException {
    input = input(components);
  }

  /** A generated model of that many components, analysed with the built-in rules. */
  static ReportInput input(int components) throws IOException {
    Model model = ModelGenerator.loaded(components);
    LocalDate date = LocalDate.of(2026, 11, 22);
    SystemView view = SystemView.of(model);
    Assessment assessment =
        new Assessor(BuiltinRules.ruleSet(), RiskMatrix.DEFAULT, date).assess(model, view);
    return new ReportInput(
        model,
        view,
        assessment,
        BuiltinRules.ruleSet(),
        Countermeasures.builtIn(),
        KnowledgeBase.empty(),
        List.of(),
        "generated.yaml",
        Path.of("."),
        date,
        Optional.empty());
  }

  @Benchmark
  public Digest digest() {
    return Digest.of(input);
  }

  @Benchmark
  public void html() throws IOException {
    new HtmlReport().render(Digest.of(input), OutputStream.nullOutputStream());
  }
}
