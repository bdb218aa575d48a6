package dev.bulwark.bench;

import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a generated model of 1,000 to 50,000 components (three flows each): {@code load} is what
 * {@code bulwark validate} does in process (read, parse, bind, validate); {@code parse} stops after
 * binding, so the difference is the validator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseValidateBenchmark {
  @Param({"1000", "10000", "50000"})
  public int components;

  private Path folder;
  private Path file;
  private byte[] bytes;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    folder = Files.createTempDirectory("bulwark-bench");
    file = folder.resolve("generated.yaml");
    ModelGenerator.write(components, ModelGenerator.SEED, file);
    bytes = Files.readAllBytes(file);
    LoadResult check = ModelLoader.load(file, LoadOptions.DEFAULTS);
    if (!check.problems().isEmpty()) {
      throw new IllegalStateException("the generated model has problems: " + check.problems());
    }
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(folder);
  }

  @Benchmark
  public LoadResult load() {
    return ModelLoader.load(file, LoadOptions.DEFAULTS);
  }

  @Benchmark
  public ParseResult parse() {
    return ModelParser.parse("generated.yaml", bytes, ParseLimits.DEFAULTS);
  }
}
