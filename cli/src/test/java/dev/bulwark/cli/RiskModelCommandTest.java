package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code bulwark risk FILE}: a model's risk in money through the command line. */
class RiskModelCommandTest {
  private static final String SMALL = "src/test/resources/risk/small.yaml";
  private static final String SHOP = "../examples/online-shop/bulwark.yaml";
  private static final String TODAY = "2026-11-22";

  private static Cli risk(String model, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("risk", model, "--no-kb", "--today", TODAY, "--iterations", "4000"));
    args.addAll(List.of(more));
    Cli result = Cli.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  @Test
  void aSmallModelPrintsTheReviewedJsonWithWhatIfAndRoadmap() {
    Golden.assertMatches(
        "risk/small.json",
        risk(SMALL, "--format", "json", "--what-if", "chargeback-insurance", "--budget", "20000")
            .out());
  }

  @Test
  void theOnlineShopPrintsTheReviewedText() {
    Golden.assertMatches(
        "risk/online-shop.txt",
        risk(
                SHOP,
                "--top",
                "12",
                "--what-if",
                "customer-passkeys,edge-hardening",
                "--budget",
                "60000")
            .out());
  }

  @Test
  void theThreadCountNeverChangesTheBytes() {
    String one = risk(SHOP, "--format", "json", "--threads", "1", "--roadmap").out();
    assertThat(risk(SHOP, "--format", "json", "--threads", "3", "--roadmap").out()).isEqualTo(one);
    assertThat(risk(SHOP, "--format", "json", "--seed", "7", "--roadmap").out()).isNotEqualTo(one);
  }

  @Test
  void theDocumentSaysWhatWasDerived() {
    JsonNode doc = new ObjectMapper().readTree(risk(SMALL, "--format", "json").out());
    assertThat(doc.get("bulwark-risk").asInt()).isEqualTo(1);
    assertThat(doc.get("currency").asString()).isEqualTo("EUR");
    assertThat(doc.get("baseline").get(0).asString()).isEqualTo("fraud-screening");
    JsonNode leak = null;
    for (JsonNode s : doc.get("scenarios")) {
      if (s.get("id").asString().equals("leak")) {
        leak = s;
      }
    }
    assertThat(leak).isNotNull();
    assertThat(leak.get("origin").asString()).isEqualTo("model");
    for (JsonNode input : leak.get("inputs")) {
      assertThat(input.get("derived").asBoolean()).isTrue();
      assertThat(input.get("basis").asString()).startsWith("derived");
    }
  }

  @Test
  void withoutDerivedScenariosOnlyTheModelsAreSimulated() {
    JsonNode doc =
        new ObjectMapper().readTree(risk(SMALL, "--format", "json", "--no-derived").out());
    assertThat(doc.get("scenarios")).hasSize(2);
    assertThat(doc.get("derived-scenarios").asBoolean()).isFalse();
  }

  @Test
  void anUnknownMitigationIsAUsageErrorWithASuggestion() {
    Cli result = Cli.run("risk", SMALL, "--no-kb", "--what-if", "field-encryptin");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .contains(
            "--what-if: 'field-encryptin' is no mitigation with effects in the model; did you"
                + " mean 'field-encryption'?");
  }

  @Test
  void aNegativeBudgetIsAUsageError() {
    Cli result = Cli.run("risk", SMALL, "--no-kb", "--budget", "-5");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("--budget: cannot be negative, got -5");
  }

  @Test
  void anInvalidModelIsExitTwo() {
    Cli result = Cli.run("risk", "src/test/resources/models/broken.yaml", "--no-kb");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
  }

  @Test
  void withoutAFileItPrintsItsHelp() {
    Cli result = Cli.run("risk");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: bulwark risk", "simulate", "--what-if", "--budget");
  }

  @Test
  void aModelWithNothingAtRiskSaysSo(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("bulwark.yaml");
    Files.writeString(model, "bulwark: 1\nid: empty\ntitle: Nothing yet\n");
    Cli text = risk(model.toString());
    assertThat(text.out()).contains("No scenario to simulate");
    JsonNode doc = new ObjectMapper().readTree(risk(model.toString(), "--format", "json").out());
    assertThat(doc.get("scenarios")).isEmpty();
    assertThat(doc.get("total").get("statistics").get("mean").asDouble()).isZero();
  }

  @Test
  void theOutputCanGoToAFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("risk.json");
    Cli result = risk(SMALL, "--format", "json", "-o", out.toString());
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("{\n  \"bulwark-risk\": 1,");
  }
}
