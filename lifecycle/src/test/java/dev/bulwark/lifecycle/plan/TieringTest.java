package dev.bulwark.lifecycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Position;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tier boundaries of the default policy (tier 2 from score 5, tier 3 from score 9; a critical open
 * threat keeps a model at tier 2, PCI DSS at tier 3), each just below, at and above, with scores
 * worked out by hand from the points in default-plan-policy.yaml.
 */
class TieringTest {
  private static final PlanPolicy DEFAULT = PlanPolicy.defaults();

  private static Observation seen(Factor factor, String level, String element) {
    return new Observation(
        factor, level, new Fact(element, element + " is " + level, new Position("m.yaml", 1, 1)));
  }

  /** Observations from "factor=level" words, e.g. "criticality=high exposure=internet". */
  private static List<Observation> model(String facts) {
    List<Observation> out = new ArrayList<>();
    int n = 0;
    for (String fact : facts.split(" ")) {
      if (fact.isEmpty()) {
        continue;
      }
      String[] parts = fact.split("=");
      Factor factor =
          List.of(Factor.values()).stream()
              .filter(f -> f.key().equals(parts[0]))
              .findFirst()
              .orElseThrow();
      out.add(seen(factor, parts[1], "e" + n++));
    }
    return out;
  }

  @ParameterizedTest(name = "{0} → score {1}, tier {2}")
  @CsvSource({
    // below, at and above tier 2's min-score of 5
    "'criticality=high exposure=internet', 4, 1",
    "'criticality=critical exposure=internet', 5, 2",
    "'criticality=critical exposure=internet personal-data=personal', 6, 2",
    // below, at and above tier 3's min-score of 9
    "'criticality=high exposure=internet classification=restricted ratings=critical', 8, 2",
    "'criticality=critical exposure=internet classification=restricted ratings=critical', 9, 3",
    "'criticality=critical exposure=internet classification=restricted ratings=critical"
        + " personal-data=personal', 10, 3",
    // nothing at all, and everything at its worst
    "'', 0, 1",
    "'criticality=critical exposure=internet classification=restricted personal-data=personal"
        + " ratings=critical compliance=hipaa open-threats=critical', 15, 3",
  })
  void theScoreSetsTheTierAtEachBoundary(String facts, int score, int tier) {
    TierDecision decision = Tiering.decide(model(facts), DEFAULT);
    assertThat(decision.score()).isEqualTo(score);
    assertThat(decision.tier()).isEqualTo(tier);
    assertThat(decision.scoreTier()).isEqualTo(tier);
    assertThat(decision.maxScore()).isEqualTo(15);
  }

  @ParameterizedTest(name = "open threats at {0} → tier {1}")
  @CsvSource({"high, 1", "critical, 2"})
  void aCriticalOpenThreatKeepsAModelAtTierTwo(String severity, int tier) {
    TierDecision decision = Tiering.decide(model("open-threats=" + severity), DEFAULT);
    assertThat(decision.tier()).isEqualTo(tier);
    assertThat(decision.scoreTier()).isEqualTo(1);
  }

  @Test
  void pciDssKeepsAModelAtTierThreeWhateverItsScore() {
    TierDecision decision = Tiering.decide(model("compliance=PCI-DSS"), DEFAULT);
    assertThat(decision.score()).isEqualTo(2);
    assertThat(decision.scoreTier()).isEqualTo(1);
    assertThat(decision.tier()).isEqualTo(3);
    assertThat(decision.raisedBy())
        .hasValueSatisfying(r -> assertThat(r.level()).isEqualTo("PCI-DSS"));
  }

  @Test
  void onEachFactorOnlyTheLevelWorthTheMostCounts() {
    TierDecision decision =
        Tiering.decide(
            model("exposure=partner exposure=internet exposure=internet exposure=partner"),
            DEFAULT);
    assertThat(decision.score()).isEqualTo(2);
    assertThat(decision.reasons())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.level()).isEqualTo("internet");
          assertThat(r.points()).isEqualTo(2);
          assertThat(r.facts()).extracting(Fact::element).containsExactly("e1", "e2");
        });
  }

  @Test
  void regimesNotNamedInThePolicyScoreAsOther() {
    TierDecision decision = Tiering.decide(model("compliance=gdpr compliance=soc2"), DEFAULT);
    assertThat(decision.score()).isEqualTo(1);
    assertThat(decision.reasons())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.level()).isEqualTo("gdpr");
          assertThat(r.facts()).extracting(Fact::element).containsExactly("e0");
        });
  }

  @Test
  void levelsWorthNothingGiveNoReason() {
    TierDecision decision =
        Tiering.decide(model("criticality=low exposure=internal classification=public"), DEFAULT);
    assertThat(decision.score()).isZero();
    assertThat(decision.reasons()).isEmpty();
  }

  @Test
  void aMinimumTierOnALevelWorthFewerPointsIsAReasonOfItsOwn() {
    PlanPolicy policy =
        read(
            """
            bulwark-plan: 1
            points:
              compliance:
                sox: 3
                pci-dss: {points: 1, minimum-tier: 2}
            tiers:
              - {tier: 1, title: Low, min-score: 0}
              - {tier: 2, title: High, min-score: 4}
            activities: []
            """);
    TierDecision decision = Tiering.decide(model("compliance=sox compliance=pci-dss"), policy);
    assertThat(decision.score()).isEqualTo(3);
    assertThat(decision.tier()).isEqualTo(2);
    assertThat(decision.reasons())
        .extracting(r -> r.level() + " " + r.points() + " " + r.minimumTier())
        .containsExactly("sox 3 0", "pci-dss 0 2");
  }

  private static PlanPolicy read(String yaml) {
    PlanPolicyReader.Read read =
        PlanPolicyReader.read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(read.problems()).isEmpty();
    return read.policy().orElseThrow();
  }
}
