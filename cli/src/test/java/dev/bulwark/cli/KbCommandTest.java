package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class KbCommandTest {
  /** The knowledge module's fixtures: samples of MITRE's files (see the README there). */
  private static final Path SAMPLES = Path.of("..", "knowledge", "src", "test", "resources", "kb");

  private static final String CAPEC = SAMPLES.resolve("capec_v3.9_sample30.xml").toString();
  private static final String CAPEC_STIX =
      SAMPLES.resolve("stix-capec_2.1_sample30.json").toString();
  private static final String CWE_CSV =
      SAMPLES.resolve("cwe_v4.14_view1000_sample30.csv").toString();
  private static final String CWE_XML =
      SAMPLES.resolve("cwe_view660_java_v4.12_sample30.xml").toString();
  private static final String ATTACK =
      SAMPLES.resolve("enterprise-attack_v18.1_sample.json").toString();

  @TempDir Path kb;

  @Test
  void importPrintsALinePerFileAndTheTotals() {
    Cli result = Cli.run("kb", "import", "--kb", kb.toString(), CAPEC, ATTACK, CWE_CSV);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(CAPEC + ": CAPEC XML 3.9 as 'capec': 30 CAPEC attack patterns (")
        .contains(
            ATTACK
                + ": STIX bundle as 'enterprise-attack': 11 ATT&CK techniques, 8 ATT&CK"
                + " mitigations, 2 revoked ids redirected (")
        .contains(CWE_CSV + ": CWE CSV as 'cwe-csv': 30 CWE weaknesses (")
        .contains(
            "Knowledge base "
                + kb
                + ": 30 CAPEC attack patterns, 30 CWE weaknesses, 11 ATT&CK techniques, 8 ATT&CK"
                + " mitigations, 2 revoked ids.");
    assertThat(kb.resolve("capec.json")).exists();
    assertThat(kb.resolve("enterprise-attack.json")).exists();
    assertThat(kb.resolve("cwe-csv.json")).exists();
  }

  @Test
  void showFollowsCapecToAttackAndItsMitigations() {
    Cli.run("kb", "import", "--kb", kb.toString(), CAPEC, ATTACK, CWE_CSV, CAPEC_STIX, CWE_XML);

    Cli capec = Cli.run("kb", "show", "--kb", kb.toString(), "CAPEC-650");
    assertThat(capec.exitCode()).isZero();
    assertThat(capec.out())
        .startsWith("CAPEC-650  Upload a Web Shell to a Web Server\n")
        .contains("CAPEC attack pattern, abstraction Detailed, status Draft")
        .contains("related ATT&CK techniques:\n    T1505.003  Web Shell")
        .contains("child of (CAPEC attack patterns):\n    CAPEC-17  (not in the knowledge base)");

    Cli technique = Cli.run("kb", "show", "--kb", kb.toString(), "T1505.003");
    assertThat(technique.out())
        .contains("mitigated by (ATT&CK mitigations):")
        .contains("    M1018  User Account Management")
        .contains(
            "related CAPEC attack patterns:\n    CAPEC-650  Upload a Web Shell to a Web Server");

    Cli weakness = Cli.run("kb", "show", "--kb", kb.toString(), "cwe-89");
    assertThat(weakness.out()).contains("CAPEC-66  SQL Injection");
  }

  @Test
  void aRevokedTechniqueRedirects() {
    Cli.run("kb", "import", "--kb", kb.toString(), ATTACK);
    Cli result = Cli.run("kb", "show", "--kb", kb.toString(), "T1100");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("T1100 (Web Shell) was revoked; it is now T1505.003.\nT1505.003  Web Shell\n");
  }

  @Test
  void showAsJson() throws IOException {
    Cli.run("kb", "import", "--kb", kb.toString(), ATTACK);
    Cli result = Cli.run("kb", "show", "--kb", kb.toString(), "--format", "json", "T1100");
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("id").asString()).isEqualTo("T1505.003");
    assertThat(json.get("kind").asString()).isEqualTo("attack-technique");
    assertThat(json.get("redirectedFrom").get(0).asString()).isEqualTo("T1100");
    assertThat(json.get("related").findValuesAsString("id")).contains("M1018");
  }

  @Test
  void anUnknownIdFailsWithASuggestion() {
    Cli.run("kb", "import", "--kb", kb.toString(), CAPEC);
    Cli result = Cli.run("kb", "show", "--kb", kb.toString(), "CAPEC-6550");
    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err())
        .contains("CAPEC-6550 is not in the knowledge base in " + kb)
        .contains("did you mean CAPEC-650?");
  }

  @Test
  void anEmptyKnowledgeBaseSaysHowToFillIt() {
    Cli result = Cli.run("kb", "show", "--kb", kb.resolve("none").toString(), "CAPEC-66");
    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err()).contains("is empty", "bulwark kb import");
  }

  @Test
  void aBrokenFileImportsNothing() throws IOException {
    Path broken = kb.resolveSibling(kb.getFileName() + "-broken.csv");
    Files.writeString(broken, "CWE-ID,Name\n89,\"SQL Injection\n");
    Cli result = Cli.run("kb", "import", "--kb", kb.toString(), CAPEC, broken.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err())
        .contains(broken + ":2:4: unclosed quote")
        .contains("Nothing was imported");
    try (Stream<Path> files = Files.list(kb)) {
      assertThat(files).isEmpty();
    }
    Files.delete(broken);
  }

  @Test
  void twoFilesOfOneSourceAreAUsageError() {
    Cli result = Cli.run("kb", "import", "--kb", kb.toString(), CAPEC, CAPEC);
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("are both source 'capec'", "--source");

    Cli renamed = Cli.run("kb", "import", "--kb", kb.toString(), "--source", "capec-old", CAPEC);
    assertThat(renamed.exitCode()).isZero();
    assertThat(kb.resolve("capec-old.json")).exists();
  }

  @Test
  void helpDescribesBothSubcommands() {
    assertThat(Cli.run("kb", "--help").out()).contains("import", "show");
    assertThat(Cli.run("kb", "import", "--help").out())
        .contains("Usage: bulwark kb import", "--kb");
    assertThat(Cli.run("kb", "show").exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
