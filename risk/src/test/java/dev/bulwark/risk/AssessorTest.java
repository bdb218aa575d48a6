package dev.bulwark.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.problem.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** assess.yaml with two stub rules; every expectation is worked out in the comments. */
class AssessorTest {
  private static final Model MODEL = Fixtures.load("assess.yaml");
  static final RuleSet RULES =
      RuleSet.of(
          List.of(
              StubRule.of("BW-TEST-001")
                  .on("api-cause", "api")
                  .on("shared", "web")
                  .on("shared", "db")
                  .on("alone", "worker"),
              StubRule.of("BW-TEST-002").on("shared", "web")));
  private static final Assessment ASSESSMENT =
      new Assessor(RULES, RiskMatrix.DEFAULT, LocalDate.of(2026, 11, 22)).assess(MODEL);

  private static AssessedThreat threat(String fingerprint) {
    return ASSESSMENT.threats().stream()
        .filter(t -> t.fingerprint().equals(fingerprint))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no threat " + fingerprint));
  }

  private static Threat written(String id) {
    return MODEL.threats().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private static Mitigation mitigation(String id) {
    return MODEL.mitigations().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  /** Line (from 1) of the first line of assess.yaml containing the text. */
  private static int lineOf(String text) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.DIR.resolve("assess.yaml"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  private static void assertScore(
      String fingerprint, Severity severity, Likelihood likelihood, Impact impact, String method) {
    Score score = threat(fingerprint).score();
    assertThat(score.severity()).as(fingerprint + " severity").isEqualTo(severity);
    assertThat(score.likelihood()).as(fingerprint + " likelihood").isEqualTo(likelihood);
    assertThat(score.impact()).as(fingerprint + " impact").isEqualTo(impact);
    assertThat(score.method()).as(fingerprint + " method").isEqualTo(method);
  }

  @Test
  void derivedThreatsAreScoredFromContext() {
    // web: internet-exposed (likely), orders' confidentiality high -> high.
    assertScore("BW-TEST-001@web", Severity.HIGH, Likelihood.LIKELY, Impact.HIGH, "context");
    // api: one flow from web (possible) x high.
    assertScore("BW-TEST-001@api", Severity.ELEVATED, Likelihood.POSSIBLE, Impact.HIGH, "context");
    // worker: three flows away (unlikely), no data and no keys -> medium.
    assertScore("BW-TEST-001@worker", Severity.LOW, Likelihood.UNLIKELY, Impact.MEDIUM, "context");
    AssessedThreat web = threat("BW-TEST-001@web");
    assertThat(web.origin()).isEqualTo("rule");
    assertThat(web.rule()).isEqualTo("BW-TEST-001");
    assertThat(web.data()).containsExactly("orders");
    assertThat(web.countermeasures()).containsExactly("input-validation");
    assertThat(web.position().line()).isEqualTo(14);
  }

  @Test
  void handWrittenThreatsAreScoredFromTheContextOfWhatTheyAffect() {
    // affects api, which processes orders (confidentiality high); api is possible.
    assertScore("t-context", Severity.ELEVATED, Likelihood.POSSIBLE, Impact.HIGH, "context");
    AssessedThreat t = threat("t-context");
    assertThat(t.origin()).isEqualTo("hand-written");
    assertThat(t.score().impactReasons())
        .containsExactly("high: orders: confidentiality rated high");
    assertThat(t.position()).isEqualTo(written("t-context").position());
  }

  @Test
  void severityByHandOverridesTheMatrix() {
    assertScore("t-manual", Severity.LOW, Likelihood.POSSIBLE, Impact.HIGH, "manual");
    assertScore("t-cvss-and-manual", Severity.MEDIUM, Likelihood.UNLIKELY, Impact.MEDIUM, "manual");
  }

  @Test
  void cvssSetsTheSeverity() {
    // 9.8 -> critical, whatever the context (unlikely x medium) says.
    assertScore("t-cvss", Severity.CRITICAL, Likelihood.UNLIKELY, Impact.MEDIUM, "cvss");
  }

  @Test
  void owaspRiskRatingSetsLikelihoodImpactAndSeverity() {
    // likelihood 7 (high), business impact 7 (high): critical.
    assertScore("t-rating", Severity.CRITICAL, Likelihood.LIKELY, Impact.HIGH, "owasp-risk-rating");
  }

  @Test
  void anUnreadableCvssIsAnErrorAtItsField() throws IOException {
    Position at = written("t-bad-cvss").positions().of("cvss");
    assertThat(at.line()).isEqualTo(lineOf("cvss: CVSS:3.1/AV:X"));
    assertThat(at.column()).isEqualTo(11);
    assertThat(ASSESSMENT.notices())
        .filteredOn(n -> n.code().equals("invalid-cvss"))
        .singleElement()
        .satisfies(n -> {
          assertThat(n.level()).isEqualTo(Level.ERROR);
          assertThat(n.position()).isEqualTo(at);
          assertThat(n.message()).startsWith("threat 't-bad-cvss': 'CVSS:3.1/AV:X' is not a");
        });
    // the context score stands
    assertScore("t-bad-cvss", Severity.ELEVATED, Likelihood.POSSIBLE, Impact.HIGH, "context");
  }

  @Test
  void anUnreadableRiskRatingIsAnErrorAtItsField() throws IOException {
    Position at = written("t-bad-rating").positions().of("risk-rating");
    assertThat(at.line()).isEqualTo(lineOf("risk-rating: SL:1"));
    assertThat(ASSESSMENT.notices())
        .filteredOn(n -> n.code().equals("invalid-risk-rating"))
        .singleElement()
        .satisfies(n -> {
          assertThat(n.level()).isEqualTo(Level.ERROR);
          assertThat(n.position()).isEqualTo(at);
          assertThat(n.message()).startsWith("threat 't-bad-rating': ");
        });
    assertScore("t-bad-rating", Severity.ELEVATED, Likelihood.POSSIBLE, Impact.HIGH, "context");
  }

  @Test
  void mitigationStatusSetsTheThreatStatus() {
    assertThat(threat("BW-TEST-001@api").status()).isEqualTo(TriageStatus.MITIGATED);
    assertThat(threat("t-context").status()).isEqualTo(TriageStatus.MITIGATED);
    assertThat(threat("BW-TEST-001@db").status()).isEqualTo(TriageStatus.IN_PROGRESS);
    assertThat(threat("t-bad-rating").status()).isEqualTo(TriageStatus.IN_PROGRESS);
    assertThat(threat("t-bad-cvss").status()).isEqualTo(TriageStatus.OPEN);
    assertThat(threat("t-cvss-and-manual").status()).isEqualTo(TriageStatus.OPEN);
    // implemented and planned: the implemented one counts
    assertThat(threat("t-manual").status()).isEqualTo(TriageStatus.MITIGATED);
    assertThat(threat("t-manual").mitigations()).containsExactly("m-implemented", "m-planned");
    assertThat(threat("t-context").mitigations()).containsExactly("m-verified", "m-stale");
  }

  @Test
  void triageBeatsMitigationStatus() {
    AssessedThreat worker = threat("BW-TEST-001@worker");
    assertThat(worker.mitigations()).containsExactly("m-decided");
    assertThat(worker.status()).isEqualTo(TriageStatus.ACCEPTED);
    assertThat(worker.decision()).isPresent();
    assertThat(threat("BW-TEST-002@web").status()).isEqualTo(TriageStatus.TRANSFERRED);
  }

  @Test
  void anExpiredAcceptanceReopensWithANotice() throws IOException {
    AssessedThreat cvss = threat("t-cvss");
    assertThat(cvss.status()).isEqualTo(TriageStatus.OPEN);
    assertThat(cvss.decision().orElseThrow().expired()).isTrue();
    assertThat(ASSESSMENT.notices())
        .filteredOn(n -> n.code().equals("expired-acceptance"))
        .singleElement()
        .satisfies(n -> {
          assertThat(n.level()).isEqualTo(Level.WARNING);
          assertThat(n.position().line()).isEqualTo(lineOf("threat: t-cvss,"));
          assertThat(n.message())
              .isEqualTo(
                  "the acceptance of t-cvss expired on 2026-11-21; the threat is open again");
        });
    // until today still holds
    assertThat(threat("t-rating").status()).isEqualTo(TriageStatus.ACCEPTED);
  }

  @Test
  void staleAndShadowedTriageEntriesAreReported() throws IOException {
    List<Notice> stale =
        ASSESSMENT.notices().stream().filter(n -> n.code().equals("stale-triage")).toList();
    assertThat(stale)
        .extracting(n -> n.position().line(), Notice::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                lineOf("threat: BW-TEST-001@wbe"),
                "triage entry 'BW-TEST-001@wbe' matches no threat: the decision is stale (did"
                    + " you mean 'BW-TEST-001@web'?)"),
            org.assertj.core.groups.Tuple.tuple(
                lineOf("threat: \"BW-TEST-002@*\""),
                "triage entry 'BW-TEST-002@*' is shadowed by a more specific entry for every"
                    + " threat it matches"));
  }

  @Test
  void aMitigationNamingAGoneFingerprintIsStale() throws IOException {
    Position at = mitigation("m-stale").positions().of("mitigates[1]");
    String line =
        Files.readAllLines(Fixtures.DIR.resolve("assess.yaml")).get(lineOf("id: m-stale") - 1);
    assertThat(at)
        .isEqualTo(
            new Position(at.file(), lineOf("id: m-stale"), line.indexOf("BW-TEST-001@gone") + 1));
    assertThat(ASSESSMENT.notices())
        .filteredOn(n -> n.code().equals("stale-mitigation-link"))
        .extracting(Notice::position, Notice::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                at,
                "mitigation 'm-stale' names threat 'BW-TEST-001@gone', which no rule reports any"
                    + " more"));
  }

  @Test
  void noticesAreInFileOrder() {
    assertThat(ASSESSMENT.notices())
        .extracting(Notice::code)
        .containsExactly(
            "invalid-cvss",
            "invalid-risk-rating",
            "stale-mitigation-link",
            "expired-acceptance",
            "stale-triage",
            "stale-triage");
  }

  @Test
  void threatsAreRankedBySeverityLikelihoodImpactThenFingerprint() {
    assertThat(ASSESSMENT.threats())
        .extracting(AssessedThreat::fingerprint)
        .containsExactly(
            // critical: likely before unlikely
            "t-rating",
            "t-cvss",
            // high, likely: impact high before medium, then by fingerprint
            "BW-TEST-001@web",
            "BW-TEST-002@web",
            "A-impact-medium",
            // elevated, possible, high: by fingerprint
            "BW-TEST-001@api",
            "BW-TEST-001@db",
            "t-bad-cvss",
            "t-bad-rating",
            "t-context",
            "t-cvss-and-manual",
            // low: possible before unlikely
            "t-manual",
            "BW-TEST-001@worker");
  }

  @Test
  void groupsNeedTwoThreatsOfOneRuleWithOneCause() {
    // BW-TEST-001#shared: web and db. BW-TEST-002#shared has one threat; api-cause and alone
    // one each; hand-written threats are their own group.
    assertThat(ASSESSMENT.groups())
        .containsExactly(
            new Assessment.Group(
                "BW-TEST-001#shared",
                "BW-TEST-001",
                "shared",
                List.of("BW-TEST-001@web", "BW-TEST-001@db"),
                Severity.HIGH));
  }

  @Test
  void summaryCounts() {
    // open: t-cvss (expired), A-impact-medium, BW-TEST-001@web, t-bad-cvss, t-cvss-and-manual;
    // in progress: BW-TEST-001@db, t-bad-rating.
    assertThat(ASSESSMENT.byStatus())
        .containsEntry(TriageStatus.OPEN, 5)
        .containsEntry(TriageStatus.IN_PROGRESS, 2)
        .containsEntry(TriageStatus.MITIGATED, 3)
        .containsEntry(TriageStatus.ACCEPTED, 2)
        .containsEntry(TriageStatus.TRANSFERRED, 1)
        .containsEntry(TriageStatus.FALSE_POSITIVE, 0);
    assertThat(ASSESSMENT.bySeverity(true))
        .containsEntry(Severity.CRITICAL, 1)
        .containsEntry(Severity.HIGH, 2)
        .containsEntry(Severity.ELEVATED, 3)
        .containsEntry(Severity.MEDIUM, 1)
        .containsEntry(Severity.LOW, 0);
  }
}
