package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bulwark analyze} and {@code bulwark rules} through the command line. The examples'
 * analyses are golden files: a change in a rule or in scoring shows up as a reviewed diff.
 */
class AnalyzeCommandTest {
  private static final String TODAY = "2026-11-22";
  private static final String BROKEN = "src/test/resources/models/broken.yaml";

  @ParameterizedTest
  @ValueSource(strings = {"online-shop", "microservices-k8s", "iot-fleet"})
  void examplesAnalyseToTheReviewedFindings(String example) {
    String model = "../examples/" + example + "/bulwark.yaml";
    Cli text = Cli.run("analyze", "--no-kb", "--today", TODAY, "--top", "0", model);
    assertThat(text.exitCode()).as(text.err()).isZero();
    Golden.assertMatches("analyze/" + example + ".txt", text.out());
    Cli json = Cli.run("analyze", "--no-kb", "--today", TODAY, "--format", "json", model);
    assertThat(json.exitCode()).as(json.err()).isZero();
    Golden.assertMatches("analyze/" + example + ".json", json.out());
  }

  @Test
  void bulwarksOwnModelAnalyses() {
    Cli result =
        Cli.run("analyze", "--no-kb", "--today", TODAY, "--format", "json", "../bulwark.yaml");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Golden.assertMatches("analyze/bulwark.json", result.out());
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    String model = "../examples/online-shop/bulwark.yaml";
    String first = Cli.run("analyze", "--no-kb", "--today", TODAY, "--format", "json", model).out();
    String second =
        Cli.run("analyze", "--no-kb", "--today", TODAY, "--format", "json", model).out();
    assertThat(first).isEqualTo(second).contains("\"fingerprint\"");
  }

  @Test
  void threatsShowTheirEntriesFromImportedMitreCatalogues(@TempDir Path kb) {
    String samples = "../knowledge/src/test/resources/kb/";
    Cli imported =
        Cli.run(
            "kb",
            "import",
            "--kb",
            kb.toString(),
            samples + "capec_v3.9_sample30.xml",
            samples + "cwe_v4.14_view1000_sample30.csv",
            samples + "enterprise-attack_v18.1_sample.json");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    String model = "../examples/online-shop/bulwark.yaml";
    Cli text = Cli.run("analyze", "--kb", kb.toString(), "--today", TODAY, "--top", "0", model);
    assertThat(text.out()).contains("see: CWE-89 ").contains("CAPEC-66 SQL Injection");
    Cli json =
        Cli.run("analyze", "--kb", kb.toString(), "--today", TODAY, "--format", "json", model);
    assertThat(json.out())
        .contains("\"references\": [")
        .contains("\"id\": \"T1190\"")
        .contains("\"mitigated-by\": [");
  }

  @Test
  void organisationPacksAddAndDisableRules(@TempDir Path dir) throws IOException {
    Path pack = dir.resolve("acme.yaml");
    Files.writeString(
        pack,
        """
        bulwark-rules: 1
        id: acme
        disable:
          - { rule: BW-NET-006, why: "hardening is enforced by the golden image" }
        rules:
          - id: ACME-BLE-001
            title: Bluetooth link into the home
            stride: [spoofing]
            goals: [integrity]
            rationale: Anyone within radio range can talk to the device before pairing ends.
            mitigations: [encrypt-transport]
            on: interaction
            when: interaction.flow.protocol == "bluetooth"
            message: "Flow {flow.id} is in radio range of strangers"
        """);
    String model = "../examples/iot-fleet/bulwark.yaml";
    Cli result =
        Cli.run(
            "analyze",
            "--no-kb",
            "--today",
            TODAY,
            "--format",
            "json",
            "--rules",
            pack.toString(),
            model);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("\"fingerprint\": \"ACME-BLE-001@commission-device\"")
        .doesNotContain("\"rule\": \"BW-NET-006\"");
    assertThat(result.err()).contains("note: BW-NET-006 disabled in ").contains("golden image");
  }

  @Test
  void aCelErrorIsReportedAtThePacksLineAndColumn(@TempDir Path dir) throws IOException {
    Path pack = dir.resolve("broken.yaml");
    Files.writeString(
        pack,
        """
        bulwark-rules: 1
        id: broken
        rules:
          - id: ACME-X-001
            title: Broken
            stride: [spoofing]
            goals: [integrity]
            rationale: A rule whose condition compares a kind with a number.
            mitigations: [encrypt-transport]
            on: component
            when: component.kind == 1
        """);
    Cli result =
        Cli.run(
            "analyze", "--no-kb", "--rules", pack.toString(), "../examples/iot-fleet/bulwark.yaml");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.err()).contains("broken.yaml:11:").contains("a rule pack is invalid");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void anInvalidModelIsNotAnalysed() {
    Cli result = Cli.run("analyze", BROKEN);
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.err()).contains("broken.yaml:").contains("invalid model");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aBadRiskMatrixIsRefusedWithItsPlace(@TempDir Path dir) throws IOException {
    Path matrix = dir.resolve("matrix.yaml");
    Files.writeString(
        matrix,
        """
        unlikely: [low, low, medium, elevated]
        possible: [low, medium, elevated, high]
        likely: [medium, elevated, high, critical]
        very-likely: [medium, high, critical, severe]
        """);
    Cli result =
        Cli.run("analyze", "--matrix", matrix.toString(), "../examples/iot-fleet/bulwark.yaml");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.err()).contains("matrix.yaml:4:39").contains("'severe' is not a severity");
  }

  @Test
  void outputGoesToAFileWhenAsked(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("analysis.json");
    Cli result =
        Cli.run(
            "analyze",
            "--today",
            TODAY,
            "--format",
            "json",
            "-o",
            out.toString(),
            "../examples/iot-fleet/bulwark.yaml");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("{\n  \"bulwark-analysis\": 1,");
  }

  @Test
  void rulesListShowsTheCatalogue() {
    Cli result = Cli.run("rules", "list");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("BW-WEB-001").contains("SQL injection").contains(" rules;");
    Cli web = Cli.run("rules", "list", "--area", "web", "--format", "json");
    assertThat(web.out()).contains("\"id\": \"BW-WEB-001\"").doesNotContain("BW-NET-001");
  }

  @Test
  void rulesExplainPrintsTheRulePage() {
    Cli result = Cli.run("rules", "explain", "bw-web-001");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("# BW-WEB-001: SQL injection")
        .contains("CWE-89")
        .contains("**Verify:**");
  }

  @Test
  void anUnknownRuleIsAUsageErrorWithASuggestion() {
    Cli result = Cli.run("rules", "explain", "BW-WEB-01");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("no rule 'BW-WEB-01'").contains("did you mean BW-WEB-0");
  }
}
