package dev.bulwark.lifecycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading plan policies: the default one, and every mistake with its place and code. */
class PlanPolicyReaderTest {
  private static final String VALID =
      """
      bulwark-plan: 1
      points:
        exposure: {internet: 2}
      tiers:
        - tier: 1
          title: Low
          min-score: 0
          activities: [sast]
        - tier: 2
          title: High
          min-score: 2
          activities: [pentest]
      activities:
        - {id: sast, title: SAST}
        - {id: pentest, title: Penetration test, description: Yearly.}
      """;

  private static PlanPolicyReader.Read read(String yaml) {
    return PlanPolicyReader.read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  /** Each problem as "line:col [code] message". */
  private static List<String> problems(String yaml) {
    PlanPolicyReader.Read read = read(yaml);
    assertThat(read.policy()).isEmpty();
    return read.problems().stream().map(PlanPolicyReaderTest::shown).toList();
  }

  private static String shown(Problem p) {
    return p.position().line()
        + ":"
        + p.position().column()
        + " ["
        + p.type().code()
        + "] "
        + p.message();
  }

  @Test
  void theDefaultPolicyReadsWithoutAProblem() {
    PlanPolicyReader.Read read =
        PlanPolicyReader.read(
            "built-in", PlanPolicy.defaultText().getBytes(StandardCharsets.UTF_8));
    assertThat(read.problems()).isEmpty();
    PlanPolicy policy = read.policy().orElseThrow();
    assertThat(policy.tiers()).extracting(Tier::minScore).containsExactly(0, 5, 9);
    assertThat(policy.tiers())
        .extracting(Tier::title)
        .containsExactly("Baseline", "Elevated", "High");
    assertThat(policy.tiers().get(0).activities())
        .containsExactly("sast", "secret-scanning", "threat-model-in-ci");
    assertThat(policy.tiers().get(1).activities())
        .containsExactly("dependency-scanning", "dast", "security-champion-review");
    assertThat(policy.tiers().get(2).activities())
        .containsExactly("penetration-test", "expert-threat-model-review");
    assertThat(policy.weight(Factor.COMPLIANCE, "PCI-DSS")).isEqualTo(new Weight(2, 3));
    assertThat(policy.weight(Factor.COMPLIANCE, "iso27001")).isEqualTo(new Weight(1, 0));
    assertThat(policy.weight(Factor.OPEN_THREATS, "critical")).isEqualTo(new Weight(3, 2));
    assertThat(policy.weight(Factor.PERSONAL_DATA, "personal")).isEqualTo(new Weight(1, 0));
    assertThat(policy.weight(Factor.CLASSIFICATION, "internal")).isEqualTo(Weight.NONE);
    assertThat(policy.maxScore()).isEqualTo(15);
  }

  @Test
  void aValidPolicyReadsWhole() {
    PlanPolicyReader.Read read = read(VALID);
    assertThat(read.problems()).isEmpty();
    PlanPolicy policy = read.policy().orElseThrow();
    assertThat(policy.source()).isEqualTo("p.yaml");
    assertThat(policy.maxScore()).isEqualTo(2);
    assertThat(policy.activity("pentest"))
        .contains(new Activity("pentest", "Penetration test", "Yearly."));
    assertThat(policy.weight(Factor.EXPOSURE, "partner")).isEqualTo(Weight.NONE);
  }

  @Test
  void jsonReadsToo() {
    PlanPolicyReader.Read read =
        read(
            """
            {"bulwark-plan": 1, "points": {"personal-data": {"points": 4, "minimum-tier": 1}},
             "tiers": [{"tier": 1, "title": "Only", "min-score": 0}], "activities": []}
            """);
    assertThat(read.problems()).isEmpty();
    assertThat(read.policy().orElseThrow().weight(Factor.PERSONAL_DATA, "personal"))
        .isEqualTo(new Weight(4, 1));
  }

  @Test
  void unknownKeysAreNamedWithTheClosestAllowedOne() {
    assertThat(problems(VALID.replace("points:", "pionts:")))
        .containsExactly(
            "1:1 [missing-field] 'points' is missing: what each factor level is worth",
            "2:1 [unknown-field] 'pionts' is not a key of a plan policy");
    assertThat(read(VALID.replace("exposure:", "exposre:")).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.hint()).contains("exposure"));
  }

  @Test
  void theVersionIsRequiredAndMustBeOne() {
    assertThat(problems(VALID.replace("bulwark-plan: 1\n", "")))
        .containsExactly(
            "1:1 [missing-field] 'bulwark-plan: 1' is missing: it says the file is a plan policy,"
                + " and its version");
    assertThat(problems(VALID.replace("bulwark-plan: 1", "bulwark-plan: 2")))
        .containsExactly(
            "1:15 [unsupported-version] 'bulwark-plan' is '2'; this build reads version 1");
  }

  @Test
  void levelsAndWeightsAreChecked() {
    assertThat(
            problems(
                VALID.replace(
                    "exposure: {internet: 2}",
                    "exposure: {internet: -1, public: 1}\n  ratings: [high]\n"
                        + "  criticality: {high: {points: 1, minimum-tier: 0}, low: many}")))
        .containsExactly(
            "3:24 [out-of-range] 'exposure.internet' is -1; it must lie between 0 and 1000",
            "3:28 [unknown-value] 'public' is not a level of 'exposure'",
            "4:12 [wrong-type] 'ratings' maps its levels to points (low, medium, high, critical),"
                + " not a list",
            "5:49 [out-of-range] minimum-tier counts from 1",
            "5:58 [wrong-type] 'criticality.low' is a whole number, not 'many'");
  }

  @Test
  void aMinimumTierMustNameATier() {
    assertThat(problems(VALID.replace("{internet: 2}", "{internet: {points: 2, minimum-tier: 3}}")))
        .containsExactly(
            "3:50 [out-of-range] minimum-tier 3 names no tier: the policy has tiers 1 to 2");
  }

  @Test
  void complianceRegimesAreComparedWithoutCase() {
    assertThat(
            problems(
                VALID.replace(
                    "exposure: {internet: 2}", "compliance: {PCI-DSS: 2, pci-dss: 3, '': 1}")))
        .containsExactly(
            "3:28 [duplicate-key] regime 'pci-dss' is listed twice (names are compared without"
                + " case)",
            "3:40 [unknown-value] a regime name is empty");
  }

  @Test
  void tiersAreNumberedInOrderWithRisingScoresFromZero() {
    assertThat(problems(VALID.replace("min-score: 0", "min-score: 1")))
        .containsExactly(
            "7:16 [out-of-range] the first tier starts at min-score 0, so that every model has a"
                + " tier");
    assertThat(problems(VALID.replace("min-score: 2", "min-score: 0")))
        .containsExactly(
            "11:16 [out-of-range] min-score 0 is not above the previous tier's (0): each tier"
                + " starts at a higher score");
    assertThat(problems(VALID.replace("tier: 2", "tier: 3")))
        .containsExactly(
            "9:11 [out-of-range] tier 3 is out of order: tiers are numbered 1, 2, 3… in order, so"
                + " this one is tier 2");
  }

  @Test
  void tiersNameDefinedActivitiesOnce() {
    assertThat(problems(VALID.replace("activities: [pentest]", "activities: [pentst, sast]")))
        .containsExactly(
            "12:18 [dangling-reference] tier 2 names activity 'pentst', which 'activities' does"
                + " not define",
            "12:26 [duplicate-id] activity 'sast' is in two tiers: a tier keeps the activities of"
                + " the tiers below, so name it once, in the lowest tier that needs it");
  }

  @Test
  void activitiesNeedAnIdAndATitle() {
    assertThat(
            problems(
                VALID.replace(
                    "- {id: sast, title: SAST}",
                    "- {id: Sast!, title: SAST}\n  - {id: pentest, title: Again}\n  - {id: x}")))
        .containsExactly(
            "8:18 [dangling-reference] tier 1 names activity 'sast', which 'activities' does not"
                + " define",
            "14:10 [invalid-id] activity id 'Sast!' is not lower-case words joined by '-'",
            "16:5 [missing-field] 'title' is missing: an activity needs it",
            "17:10 [duplicate-id] a second activity with id 'pentest'");
  }

  @Test
  void theShapeOfTheFileIsChecked() {
    assertThat(problems("- just\n- a list\n"))
        .containsExactly(
            "1:1 [wrong-type] a plan policy is a mapping with 'bulwark-plan: 1', 'points', 'tiers'"
                + " and 'activities', not a list");
    assertThat(problems("bulwark-plan: 1\npoints: {}\ntiers: []\nactivities: []\n"))
        .containsExactly("3:8 [missing-field] 'tiers' lists no tier: give at least one");
    assertThat(problems("bulwark-plan: [1\n"))
        .singleElement()
        .asString()
        .contains("[syntax-error]");
  }
}
