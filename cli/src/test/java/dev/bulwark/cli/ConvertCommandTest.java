package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.ParseResult;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.validate.ModelValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark convert}, and {@code analyze}, {@code report} and {@code validate} given another
 * tool's file. The conversions of two samples are golden files: a change in a mapping shows up as a
 * reviewed diff.
 */
class ConvertCommandTest {
  private static final String SAMPLES = "../interop/src/test/resources/samples/";
  private static final String TD = SAMPLES + "threat-dragon/v2-threat-model.json";
  private static final String OTM = SAMPLES + "otm/otm-spec-EXAMPLE.yaml";
  private static final String TODAY = "2026-11-22";

  private static void assertValidModel(String yaml) {
    ParseResult parsed = ModelParser.parse("converted.yaml", yaml, ParseLimits.DEFAULTS);
    assertThat(parsed.problems()).isEmpty();
    assertThat(
            ModelValidator.validate(parsed.model().orElseThrow(), Set.of()).stream()
                .filter(Problem::isError))
        .isEmpty();
  }

  @Test
  void threatDragonToBulwarkOnStandardOutput() {
    Cli result = Cli.run("convert", TD);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertValidModel(result.out());
    Golden.assertMatches("convert/v2-threat-model.yaml", result.out());
    assertThat(result.err())
        .contains(
            TD
                + ":1972:23: warning [not-mapped] the source of data flow 'Web Request' is a loose"
                + " point",
            TD
                + " (OWASP Threat Dragon v1/v2 JSON) → bulwark: 5 zones, 7 actors and components,"
                + " 10 flows, 1 data assets, 14 threats, 14 mitigations;");
  }

  @Test
  void otmToBulwarkIntoAFile(@TempDir Path folder) throws IOException {
    Path target = folder.resolve("model.yaml");
    Cli result = Cli.run("convert", OTM, "-o", target.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
    String yaml = Files.readString(target);
    assertValidModel(yaml);
    Golden.assertMatches("convert/otm-spec-example.yaml", yaml);
    assertThat(result.err()).contains(OTM + ":9:5: warning [not-mapped] attribute 'cmdbId'");
  }

  @Test
  void fromNamesAFormatTheContentDoesNotShow(@TempDir Path folder) throws IOException {
    Path renamed = folder.resolve("model.txt");
    Files.copy(Path.of(TD), renamed);
    Cli guessed = Cli.run("convert", renamed.toString());
    assertThat(guessed.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(guessed.err())
        .contains(renamed + ":1:1: error [unknown-format]", "name one with --from");
    Cli named = Cli.run("convert", renamed.toString(), "--from", "threat-dragon");
    assertThat(named.exitCode()).as(named.err()).isZero();
    assertThat(named.out()).contains("id: demo-threat-model");
  }

  @Test
  void unusableInputsAndWrongOptions(@TempDir Path folder) throws IOException {
    Path text = folder.resolve("notes.json");
    Files.writeString(text, "{\"hello\": \"world\"}\n");
    assertThat(Cli.run("convert", text.toString()).exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    Path broken = folder.resolve("broken.otm.yaml");
    Files.writeString(broken, "otmVersion: 0.2.0\ncomponents: 7\n");
    Cli invalid = Cli.run("convert", broken.toString());
    assertThat(invalid.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(invalid.err())
        .contains(broken + ":2:13: error [wrong-type]", broken + ":1:1: error [missing-field]");
    assertThat(Cli.run("convert", "no-such-file.json").exitCode())
        .isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(Cli.run("convert", TD, "--to", "visio").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("convert", TD, "--from", "visio").exitCode()).isEqualTo(ExitCode.USAGE);
    Cli bulwark = Cli.run("convert", "../examples/iot-fleet/bulwark.yaml");
    assertThat(bulwark.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(bulwark.err()).contains("is a Bulwark model already");
  }

  @Test
  void toOtmWithTheDerivedThreats() {
    Cli result =
        Cli.run(
            "convert",
            "../examples/iot-fleet/bulwark.yaml",
            "--to",
            "otm",
            "--no-kb",
            "--today",
            TODAY);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith("{\n  \"otmVersion\": \"0.2.0\",")
        .contains("\"bulwark.fingerprint\": \"BW-", "\"id\": \"rogue-firmware\"");
  }

  @Test
  void toThreatDragonFromOtm(@TempDir Path folder) throws IOException {
    Path target = folder.resolve("model.json");
    Cli result =
        Cli.run(
            "convert",
            OTM,
            "--to",
            "threat-dragon",
            "--no-kb",
            "--today",
            TODAY,
            "-o",
            target.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    String json = Files.readString(target);
    assertThat(json)
        .startsWith("{\n  \"version\": \"2.3.0\",")
        .contains("\"shape\": \"trust-boundary-box\"");
    // and back: a Threat Dragon file Bulwark reads again
    Cli back = Cli.run("convert", target.toString());
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(back.out()).contains("id: web-service", "from: web-client");
  }

  @Test
  void analyzeReportAndValidateTakeAnotherToolsFile() {
    Cli analyzed = Cli.run("analyze", "--no-kb", "--today", TODAY, TD);
    assertThat(analyzed.exitCode()).as(analyzed.err()).isZero();
    assertThat(analyzed.out()).contains("demo-threat-model: ", " threats, ");
    assertThat(analyzed.err()).contains(TD + ":1972:23: warning [not-mapped]");
    Cli report = Cli.run("report", "--no-kb", "--today", TODAY, "-f", "md", OTM);
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.out()).contains("Test project");
    Cli validated = Cli.run("validate", OTM);
    assertThat(validated.exitCode()).as(validated.out()).isZero();
    assertThat(validated.out()).contains("warning [not-mapped]", OTM + ": valid");
  }
}
