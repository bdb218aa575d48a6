package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.write.ModelSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class BulwarkCommandTest {
  private static final String BROKEN = "src/test/resources/models/broken.yaml";

  @Test
  void versionNamesTheBuildAndTheFormat() {
    Cli result = Cli.run("--version");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("bulwark 0.").contains("model format 1");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Cli result = Cli.run("--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("validate", "schema", "init", "Exit codes:", "3  the command line is wrong");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate",
        "analyze",
        "report",
        "rules",
        "kb",
        "risk",
        "paths",
        "tree",
        "convert",
        "diff",
        "schema",
        "init",
        "templates"
      })
  void everyCommandHasHelp(String command) {
    Cli result = Cli.run(command, "--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: bulwark " + command);
  }

  /** The help states the defaults as numbers; they must be the parser's. */
  @Test
  void helpStatesTheParsersDefaultLimits() {
    ParseLimits defaults = ParseLimits.DEFAULTS;
    assertThat(defaults.maxFileBytes()).isEqualTo(64L * 1024 * 1024);
    String help = Cli.run("validate", "--help").out().replaceAll("\\s+", " ");
    assertThat(help)
        .contains("(default: 64MiB)")
        .contains("(default: " + defaults.maxNesting() + ")")
        .contains("(default: " + defaults.maxAliases() + ")")
        .contains("(default: " + defaults.maxNodes() + ")")
        .contains("(default: " + defaults.maxFiles() + ")");
  }

  @Test
  void aWrongOptionIsAUsageErrorWithASuggestion() {
    Cli result = Cli.run("validate", "--strickt", BROKEN);
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .contains("Unknown option: '--strickt'", "--strict", "bulwark validate --help");
  }

  @Test
  void aBadLimitIsAUsageError() {
    Cli result = Cli.run("validate", "--max-file-size", "lots", BROKEN);
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("--max-file-size", "'lots'");
  }

  @Test
  void validateReportsEveryProblemWithItsPlace() {
    Cli result = Cli.run("validate", BROKEN);
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    Golden.assertMatches("cli/validate-broken.txt", result.out());
  }

  @Test
  void validateAsJsonIsMachineReadable() throws IOException {
    Cli result = Cli.run("validate", "--format", "json", BROKEN);
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    JsonNode document = new ObjectMapper().readTree(result.out());
    assertThat(document.get("valid").asBoolean()).isFalse();
    JsonNode problems = document.get("models").get(0).get("problems");
    assertThat(problems.findValuesAsString("code"))
        .containsExactly(
            "no-business-context",
            "out-of-range",
            "unknown-value",
            "unknown-field",
            "dangling-reference");
    JsonNode dangling = problems.get(4);
    assertThat(dangling.get("line").asInt()).isEqualTo(17);
    assertThat(dangling.get("column").asInt()).isEqualTo(36);
    assertThat(dangling.get("hint").asString())
        .isEqualTo("did you mean 'web'? (it has errors of its own)");
  }

  @Test
  void aMissingFileIsAnInvalidModel() {
    Cli result = Cli.run("validate", "no/such/model.yaml");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.out())
        .contains("no/such/model.yaml:1:1: error [file-unreadable] no such file");
  }

  @Test
  void colourOnlyWhenAskedOrOnATerminal() {
    assertThat(Cli.run("validate", BROKEN).out()).doesNotContain("\u001b[");
    assertThat(Cli.run("validate", "--colour", "always", BROKEN).out())
        .contains("\u001b[1;31merror");
  }

  @Test
  void initWritesAStarterThatValidatesCleanly(@TempDir Path folder) throws IOException {
    Path project = folder.resolve("payments-api");
    Cli init = Cli.run("init", project.toString());
    assertThat(init.exitCode()).isZero();
    String model = Files.readString(project.resolve("bulwark.yaml"));
    assertThat(model).contains("id: payments-api", "title: Payments api");
    assertThat(project.resolve(".bulwark/bulwark-1.schema.json")).hasContent(ModelSchema.json());

    Cli validate = Cli.run("validate", "--strict", project.resolve("bulwark.yaml").toString());
    assertThat(validate.out()).doesNotContain("error", "warning");
    assertThat(validate.exitCode()).isZero();
  }

  @Test
  void initNeverOverwritesUnlessForced(@TempDir Path folder) throws IOException {
    Path model = folder.resolve("bulwark.yaml");
    Files.writeString(model, "mine");
    Cli refused = Cli.run("init", folder.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.err()).contains("already exists", "--force");
    assertThat(model).hasContent("mine");

    assertThat(
            Cli.run("init", "--force", "--id", "shop", "--title", "Shop: main", folder.toString())
                .exitCode())
        .isZero();
    assertThat(Files.readString(model)).contains("id: shop", "title: \"Shop: main\"");
  }

  @Test
  void schemaPrintsThePublishedSchema(@TempDir Path folder) {
    Cli printed = Cli.run("schema");
    assertThat(printed.exitCode()).isZero();
    assertThat(printed.out()).isEqualTo(ModelSchema.json());

    Path file = folder.resolve("out/schema.json");
    assertThat(Cli.run("schema", "-o", file.toString()).exitCode()).isZero();
    assertThat(file).hasContent(ModelSchema.json());
  }
}
