package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template file given to validate or analyze is checked on its own, with its defaults. */
class TemplateFilesTest {
  private static final Path SHIPPED =
      Path.of("../model/src/main/resources/dev/bulwark/model/templates");

  private static final String TEMPLATE =
      """
      bulwark: 1
      template:
        name: cache
        title: A cache
        parameters:
          - name: name
            default: cache
          - name: engine
            default: redis 7
      id: ${name}
      title: Cache ${name}
      zones:
        - id: lan
          trust: 60
      components:
        - id: app
          kind: service
          zone: lan
        - id: cache
          kind: cache
          technology: ${engine}
          zone: lan
      flows:
        - id: read
          from: app
          to: %s
          protocol: redis-tls
      """;

  @Test
  void everyShippedTemplateFileValidatesOnItsOwn() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(SHIPPED)) {
      files = listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSize(8);
    for (Path file : files) {
      Cli result = Cli.run("validate", file.toString());
      assertThat(result.exitCode()).as(result.out()).isZero();
      assertThat(result.out()).contains(file + ": valid");
    }
  }

  @Test
  void aTemplatesMistakeIsReportedInTheTemplateFile(@TempDir Path folder) throws IOException {
    Path good = folder.resolve("cache.yaml");
    Files.writeString(good, TEMPLATE.formatted("cache"));
    Cli valid = Cli.run("validate", good.toString());
    assertThat(valid.exitCode()).as(valid.out()).isZero();
    Path bad = folder.resolve("bad.yaml");
    Files.writeString(bad, TEMPLATE.formatted("cahce"));
    Cli invalid = Cli.run("validate", bad.toString());
    assertThat(invalid.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    // line 26 is 'to: cahce' in the file: the template's own place, not an import's
    assertThat(invalid.out()).contains(bad + ":26:9: error [dangling-reference]", "cahce");
  }

  @Test
  void aParameterWithoutDefaultIsAnError(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("cache.yaml");
    Files.writeString(file, TEMPLATE.formatted("cache").replace("      default: redis 7\n", ""));
    Cli result = Cli.run("validate", file.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.out())
        .contains(
            file + ":1:1: error [template-parameter]", "needs a value for its parameter 'engine'");
  }

  @Test
  void aTemplateIsAnalysedWithItsDefaults(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("cache.yaml");
    Files.writeString(file, TEMPLATE.formatted("cache"));
    Cli result = Cli.run("analyze", "--no-kb", "--today", "2026-11-23", file.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("cache: ").contains("BW-MODEL-004@read", "cache.yaml:24:5");
  }
}
