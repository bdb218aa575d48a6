package dev.bulwark.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bulwark.lifecycle.gate.Baseline;
import dev.bulwark.lifecycle.gate.CheckResult;
import dev.bulwark.lifecycle.gate.Gate;
import dev.bulwark.lifecycle.gate.GateFinding;
import dev.bulwark.lifecycle.gate.GateResult;
import dev.bulwark.lifecycle.gate.Policy;
import dev.bulwark.model.Golden;
import dev.bulwark.model.Position;
import dev.bulwark.report.Digest;
import dev.bulwark.report.GateFixtures;
import dev.bulwark.report.ReportFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The gate's SARIF log: the threats as the report writes them plus the failed checks' findings in
 * the same run, valid against the official 2.1.0 schema.
 */
class GateSarifTest {
  private static final GateSarif SARIF = new GateSarif("0.1.0");
  private static final Path ROOT = ReportFixtures.repository();

  static Stream<String> models() {
    return Stream.concat(ReportFixtures.EXAMPLES.stream(), Stream.of("hostile"));
  }

  private static Digest digest(String name) {
    return SarifReportTest.digest(name);
  }

  private static GateResult strict(String name) {
    return GateFixtures.verdict(
        digest(name), GateFixtures.STRICT, Optional.of(new Baseline.Known("main", Set.of())));
  }

  private static String log(String name) {
    return SARIF.renderToString(strict(name), Optional.of(digest(name)), ROOT);
  }

  private static Schema schema() throws IOException {
    try (InputStream in =
        GateSarifTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void validatesAgainstTheOfficialSchema(String name) throws IOException {
    assertThat(schema().validate(log(name), InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void theThreatsAreTheReportsAndTheFailedChecksFollowInTheSameRun(String name) {
    JsonNode runs = new ObjectMapper().readTree(log(name)).get("runs");
    assertThat(runs).hasSize(1);
    JsonNode report =
        new ObjectMapper()
            .readTree(new SarifReport("0.1.0").renderToString(digest(name)))
            .get("runs")
            .get(0);
    JsonNode run = runs.get(0);
    int threats = report.get("results").size();
    for (int i = 0; i < threats; i++) {
      assertThat(run.get("results").get(i)).isEqualTo(report.get("results").get(i));
    }
    assertThat(run.get("automationDetails")).isEqualTo(report.get("automationDetails"));
    JsonNode rules = run.get("tool").get("driver").get("rules");
    Set<String> used = new HashSet<>();
    List<String> gateRules = new ArrayList<>();
    for (JsonNode result : run.get("results")) {
      String id = result.get("ruleId").asString();
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString()).isEqualTo(id);
      used.add(id);
    }
    for (JsonNode rule : rules) {
      assertThat(used).contains(rule.get("id").asString());
      if (rule.get("id").asString().startsWith("gate:")) {
        gateRules.add(rule.get("id").asString());
      }
    }
    // What failed with findings of its own; open-threats and new-threats findings are threats
    // at their own place, whose alerts the threat results already are.
    List<String> expected = new ArrayList<>();
    for (CheckResult check : strict(name).checks()) {
      if (check.failed() && !List.of("open-threats", "new-threats").contains(check.id())) {
        expected.add("gate:" + check.id());
      }
    }
    assertThat(gateRules).containsExactlyElementsOf(expected).isNotEmpty();
    int findings =
        strict(name).checks().stream()
            .filter(c -> expected.contains("gate:" + c.id()))
            .mapToInt(c -> c.findings().size())
            .sum();
    assertThat(run.get("results").size()).isEqualTo(threats + findings);
  }

  @Test
  void theOnlineShopsMissingOwnersAreErrorsAtTheirElements() {
    JsonNode results =
        new ObjectMapper().readTree(log("online-shop")).get("runs").get(0).get("results");
    JsonNode owner = null;
    for (JsonNode result : results) {
      if (result.get("ruleId").asString().equals("gate:missing-owners")) {
        owner = result;
        break;
      }
    }
    assertThat(owner).isNotNull();
    assertThat(owner.get("level").asString()).isEqualTo("error");
    assertThat(owner.get("partialFingerprints").get("bulwarkGate/v1").asString())
        .startsWith("missing-owners:owner:");
    JsonNode location = owner.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asString())
        .startsWith("examples/online-shop/");
    assertThat(location.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
  }

  @Test
  void aModelThatCouldNotBeAnalysedGivesItsErrorsOnly() throws IOException {
    GateFinding error =
        new GateFinding(
            new Position(ROOT.resolve("examples/broken.yaml").toString(), 3, 7),
            "error [dangling-reference] 'to' of flow 'buy' names 'wbe'",
            "dangling-reference:x");
    GateResult rejected =
        Gate.rejected(Policy.defaults(), "examples/broken.yaml", List.of(error), Optional.empty());
    String log = SARIF.renderToString(rejected, Optional.empty(), ROOT);
    assertThat(schema().validate(log, InputFormat.JSON)).isEmpty();
    Golden.assertMatches("sarif/gate-rejected.sarif", log);
  }

  @Test
  void theSameVerdictGivesTheSameBytes() {
    assertThat(log("iot-fleet")).isEqualTo(log("iot-fleet"));
  }
}
