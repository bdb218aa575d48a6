package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.report.diagram.TestModels;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Impact;
import dev.bulwark.risk.Likelihood;
import dev.bulwark.risk.RiskWeight;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** What the digest works out, checked against the assessment it comes from. */
class DigestTest {
  private static final Digest SHOP = Digest.of(ReportFixtures.example("online-shop"));

  private static List<AssessedThreat> open(Digest digest) {
    return digest.input().assessment().threats().stream().filter(AssessedThreat::isOpen).toList();
  }

  @Test
  void theHeatMapCountsEveryOpenThreatOnceInItsCell() {
    int total = 0;
    for (Likelihood l : Likelihood.values()) {
      for (Impact i : Impact.values()) {
        long expected =
            open(SHOP).stream()
                .filter(t -> t.score().likelihood() == l && t.score().impact() == i)
                .count();
        assertThat(SHOP.heat(l, i)).as(l + " × " + i).isEqualTo((int) expected);
        total += SHOP.heat(l, i);
      }
    }
    assertThat(total).isEqualTo(open(SHOP).size());
  }

  @Test
  void thePostureNamesTheWorstOpenSeverity() {
    assertThat(SHOP.worstOpen()).isEqualTo(Severity.CRITICAL);
    assertThat(SHOP.posture()).startsWith("At risk: ").contains(open(SHOP).size() + " of ");
  }

  @Test
  void topRisksAreTheFirstOpenThreatsByRisk() {
    assertThat(SHOP.topRisks()).hasSize(Digest.TOP).allMatch(AssessedThreat::isOpen);
    assertThat(SHOP.topRisks()).isSortedAccordingTo(AssessedThreat.BY_RISK);
    assertThat(SHOP.topRisks().getFirst()).isEqualTo(open(SHOP).getFirst());
  }

  @Test
  void acceptancesAreListedWithTheirEndDates() {
    assertThat(SHOP.accepted())
        .extracting(a -> a.threat().fingerprint())
        .containsExactly("BW-PRIV-007@session-cache");
    assertThat(SHOP.accepted().getFirst().until()).hasToString("Optional[2027-06-30]");
  }

  @Test
  void theParetoAddsUpToAllOpenRiskInDescendingOrder() {
    List<Digest.Bar> bars = SHOP.pareto();
    int all = open(SHOP).stream().mapToInt(t -> RiskWeight.of(t.score().severity())).sum();
    assertThat(bars.stream().mapToInt(Digest.Bar::weight).sum()).isEqualTo(all);
    assertThat(bars.getLast().cumulativeShare()).isEqualTo(1.0);
    List<Digest.Bar> ranked = bars.subList(0, bars.size() - 1); // "others" may be larger
    assertThat(ranked).extracting(Digest.Bar::weight).isSortedAccordingTo((a, b) -> b - a);
    List<Double> shares = new ArrayList<>(bars.stream().map(Digest.Bar::cumulativeShare).toList());
    assertThat(shares).isSorted();
  }

  @Test
  void whatToFundIsRankedByTheRiskItAddresses() {
    Digest.Fund first = SHOP.fundNext().getFirst();
    int weight =
        open(SHOP).stream()
            .filter(t -> t.countermeasures().contains(first.countermeasure().id()))
            .mapToInt(t -> RiskWeight.of(t.score().severity()))
            .sum();
    assertThat(first.weight()).isEqualTo(weight);
    assertThat(SHOP.fundNext())
        .extracting(Digest.Fund::weight)
        .isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void everyThreatAppearsOnceUnderAnElementAZoneOrElsewhere() {
    List<String> placed = new ArrayList<>();
    for (Digest.ZoneSection z : SHOP.zones()) {
      z.own().forEach(t -> placed.add(t.fingerprint()));
      z.elements().forEach(e -> e.threats().forEach(t -> placed.add(t.fingerprint())));
    }
    SHOP.elsewhere().forEach(t -> placed.add(t.fingerprint()));
    assertThat(placed)
        .containsExactlyInAnyOrderElementsOf(
            SHOP.input().assessment().threats().stream().map(AssessedThreat::fingerprint).toList());
  }

  @Test
  void aThreatOnAFlowIsListedUnderTheFlowsTarget() {
    Digest.ElementThreats storefront =
        SHOP.zones().stream()
            .flatMap(z -> z.elements().stream())
            .filter(e -> e.id().equals("storefront"))
            .findFirst()
            .orElseThrow();
    assertThat(storefront.threats())
        .extracting(AssessedThreat::fingerprint)
        .contains("BW-AUTH-001@lb-to-storefront");
  }

  @Test
  void zonesComeDepthFirstWithChildrenAfterTheirParent() {
    List<String> order = new ArrayList<>();
    for (Digest.ZoneSection z : SHOP.zones()) {
      z.zone().ifPresent(zone -> order.add(zone.id()));
      z.zone()
          .flatMap(zone -> zone.parent())
          .ifPresent(parent -> assertThat(order).as("parent of " + z).contains(parent));
    }
    assertThat(order).hasSize(SHOP.input().model().zones().size());
  }

  @Test
  void smallModelsAreExplainedInFull() {
    assertThat(SHOP.detailed()).isEmpty();
    assertThat(SHOP.input().assessment().threats()).allMatch(SHOP::inDetail);
  }

  @Test
  void elementSeverityIsTheWorstOpenThreatOnIt() {
    for (var entry : SHOP.elementSeverity().entrySet()) {
      Severity worst =
          open(SHOP).stream()
              .filter(t -> t.elements().contains(entry.getKey()))
              .map(t -> t.score().severity())
              .max(Severity::compareTo)
              .orElse(null);
      assertThat(entry.getValue()).as(entry.getKey()).isEqualTo(worst);
    }
    assertThat(SHOP.elementSeverity()).doesNotContainKey("nothing-here");
    assertThat(SHOP.byStatus().get(TriageStatus.ACCEPTED)).isEqualTo(1);
    assertThat(SHOP.quality()).allMatch(Objects::nonNull);
  }

  @Test
  void largeModelsExplainOnlyTheRiskiestOpenThreatsInFull() {
    Digest large = Digest.of(ReportFixtures.analyse(TestModels.large(400, 7)));
    assertThat(large.input().assessment().threats()).hasSizeGreaterThan(Digest.ALL_IN_DETAIL);
    assertThat(large.detailed()).hasSize(Digest.DETAILED);
    assertThat(large.detailed())
        .containsExactlyInAnyOrderElementsOf(
            open(large).stream().limit(Digest.DETAILED).map(AssessedThreat::fingerprint).toList());
    AssessedThreat last = open(large).getLast();
    assertThat(large.inDetail(last)).isFalse();
  }
}
