package dev.bulwark.lifecycle.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Business;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.Model;
import dev.bulwark.model.Positions;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the diff says about the pairs under src/test/resources/diff, worked out by hand. */
class DifferTest {
  @Test
  void protocolChangeIsOneFlowChangedFieldByField() {
    ModelDiff diff = Pairs.diff("protocol-change");

    assertThat(diff.changes())
        .containsExactly(
            new EntryChange(
                "flows",
                "flow",
                "checkout",
                Change.CHANGED,
                List.of(
                    FieldChange.value(
                        "protocol",
                        FieldChange.Form.VALUE,
                        Optional.of("https"),
                        Optional.of("http")),
                    FieldChange.value(
                        "authentication",
                        FieldChange.Form.VALUE,
                        Optional.of("token"),
                        Optional.of("none"))),
                Optional.empty()));
    assertThat(Phrases.PLAIN.entry(diff.changes().getFirst()))
        .isEqualTo("flow checkout: protocol https → http; authentication token → none");
  }

  @Test
  void aVersionThatDoesNotExistIsAnEmptyModelSoEverythingIsAdded() {
    Snapshot base = Pairs.snapshot(Pairs.ROOT.resolve("base.yaml"));
    ModelDiff added = Differ.diff(Snapshot.absent("main:base.yaml (absent)", base), base);

    assertThat(added.before()).isEqualTo("main:base.yaml (absent)");
    // 3 zones, 1 actor, 3 components, 2 data, 3 flows, 1 threat, 1 mitigation.
    assertThat(added.count(Change.ADDED)).isEqualTo(14);
    assertThat(added.count(Change.REMOVED)).isZero();
    // The model's own fields show as set; id and title are the model's on both sides.
    assertThat(added.changes().getFirst().section()).isEqualTo(EntryChange.MODEL);
    assertThat(Phrases.PLAIN.entry(added.changes().getFirst()))
        .isEqualTo("the model: owner (none) → team-shop; business.compliance +gdpr");
    ThreatDiff threats = added.threats().orElseThrow();
    int assessed = base.assessment().orElseThrow().threats().size();
    assertThat(threats.before()).isEqualTo(RiskTotals.NONE);
    assertThat(threats.after().threats()).isEqualTo(assessed).isPositive();
    assertThat(threats.changes())
        .hasSize(assessed)
        .allMatch(c -> c.kind() == ThreatChange.Kind.APPEARED);
  }

  @Test
  void aVersionThatNoLongerExistsIsEverythingRemoved() {
    Snapshot base = Pairs.snapshot(Pairs.ROOT.resolve("base.yaml"));
    Snapshot absent = Snapshot.absent("gone (absent)", base);
    ModelDiff removed = Differ.diff(base, absent);

    assertThat(removed).isEqualTo(Differ.diff(absent, base).reversed());
    assertThat(removed.count(Change.REMOVED)).isEqualTo(14);
    assertThat(removed.count(Change.ADDED)).isZero();
    assertThat(removed.threats().orElseThrow().after()).isEqualTo(RiskTotals.NONE);
  }

  @Test
  void anAbsentVersionOfAnUnanalysedModelComparesNoThreats() {
    Snapshot models =
        new Snapshot("b", Pairs.load(Pairs.ROOT.resolve("base.yaml")), Optional.empty());
    assertThat(Differ.diff(Snapshot.absent("a (absent)", models), models).threats()).isEmpty();
  }

  @Test
  void plainHttpMakesUnencryptedSensitiveDataAppear() {
    ThreatDiff threats = Pairs.diff("protocol-change").threats().orElseThrow();

    ThreatChange unencrypted =
        threats.changes().stream()
            .filter(c -> c.fingerprint().equals("BW-NET-001@checkout"))
            .findFirst()
            .orElseThrow();
    assertThat(unencrypted.kind()).isEqualTo(ThreatChange.Kind.APPEARED);
    assertThat(unencrypted.after().orElseThrow().severity()).isEqualTo(Severity.ELEVATED);
    assertThat(unencrypted.riskDelta()).isEqualTo(4); // elevated weighs 2 × 2 × 1
    assertThat(threats.riskDelta())
        .isEqualTo(threats.changes().stream().mapToInt(ThreatChange::riskDelta).sum());
  }

  @Test
  void aSuppressedThreatIsMarkedSoNotFixed() {
    ThreatDiff threats = Pairs.diff("context").threats().orElseThrow();

    assertThat(threats.changes())
        .filteredOn(ThreatChange::suppressed)
        .extracting(ThreatChange::fingerprint)
        .containsExactly("BW-SUPPLY-006@web", "BW-SUPPLY-006@api");
    assertThat(threats.reversed().changes())
        .filteredOn(ThreatChange::suppressed)
        .extracting(ThreatChange::kind)
        .containsOnly(ThreatChange.Kind.APPEARED);
  }

  @Test
  void movesBetweenZonesAreSaidApart() {
    ModelDiff diff = Pairs.diff("zone-move");

    assertThat(diff.changes())
        .extracting(EntryChange::key, EntryChange::move, EntryChange::fields)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "internal",
                Optional.of(new Move("parent", Optional.empty(), Optional.of("dmz"))),
                List.of()),
            org.assertj.core.groups.Tuple.tuple(
                "api",
                Optional.of(new Move("zone", Optional.of("dmz"), Optional.of("internal"))),
                List.of()));
    assertThat(diff.moves()).isEqualTo(2);
    assertThat(Phrases.PLAIN.entry(diff.changes().get(1)))
        .isEqualTo("component api moved from zone dmz to zone internal");
  }

  @Test
  void setsReportItemsAddedAndRemoved() {
    EntryChange web =
        Pairs.diff("context").changes().stream()
            .filter(c -> c.key().equals("web"))
            .findFirst()
            .orElseThrow();

    assertThat(web.fields())
        .containsExactly(FieldChange.set("tags", List.of("pci"), List.of("public")));
  }

  @Test
  void businessContextIsComparedFieldByField() {
    EntryChange model = Pairs.diff("context").changes().getFirst();

    assertThat(model.section()).isEqualTo(EntryChange.MODEL);
    assertThat(model.fields())
        .extracting(FieldChange::field)
        .containsExactly("owner", "business.criticality", "business.compliance");
  }

  @Test
  void noBusinessContextIsTheDefaultOne() {
    Model base = Pairs.load(Pairs.ROOT.resolve("base.yaml"));
    Model none = withBusiness(base, Optional.empty());
    Model defaults =
        withBusiness(
            base,
            Optional.of(
                new Business(
                    Criticality.MEDIUM,
                    List.of(),
                    Optional.empty(),
                    "USD",
                    Optional.empty(),
                    Positions.NONE)));
    Model high =
        withBusiness(
            base,
            Optional.of(
                new Business(
                    Criticality.HIGH,
                    List.of(),
                    Optional.empty(),
                    "USD",
                    Optional.empty(),
                    Positions.NONE)));

    assertThat(Differ.entries(none, defaults)).isEmpty();
    assertThat(Differ.entries(none, high).getFirst().fields())
        .containsExactly(
            FieldChange.value(
                "business.criticality",
                FieldChange.Form.VALUE,
                Optional.of("medium"),
                Optional.of("high")));
  }

  @Test
  void expiredAcceptanceReopensTheThreat() {
    ThreatDiff threats = Pairs.diff("triage").threats().orElseThrow();

    ThreatChange expired =
        threats.changes().stream()
            .filter(c -> c.fingerprint().equals("BW-AUTH-004@web"))
            .findFirst()
            .orElseThrow();
    assertThat(expired.before().orElseThrow().status()).isEqualTo(TriageStatus.ACCEPTED);
    assertThat(expired.after().orElseThrow().status()).isEqualTo(TriageStatus.OPEN);
    assertThat(expired.after().orElseThrow().acceptanceExpired()).isTrue();
    assertThat(expired.statusChanged()).isTrue();
    assertThat(expired.severityChanged()).isFalse();
    assertThat(expired.riskDelta()).isEqualTo(4);
    assertThat(threats.count(ThreatChange.Kind.CHANGED)).isEqualTo(4);
    assertThat(threats.riskDelta()).isEqualTo(+4 - 4 - 4 - 2);
  }

  @Test
  void reorderedReformattedModelDiffersInNothing() {
    ModelDiff diff = Pairs.diff("reorder-only");

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.threats().orElseThrow().riskDelta()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"protocol-change", "zone-move", "threats-appear-resolve", "triage", "context"})
  void diffBackwardsIsDiffForwardsReversed(String name) {
    ModelDiff forwards = Pairs.diff(name);
    Snapshot after = Pairs.snapshot(Pairs.ROOT.resolve(name).resolve("after.yaml"));
    Snapshot before =
        Pairs.snapshot(
            Pairs.ROOT.resolve(name.equals("triage") ? "triage/before.yaml" : "base.yaml"));

    assertThat(Differ.diff(after, before)).isEqualTo(forwards.reversed());
  }

  @Test
  void entriesSharingAKeyAreMatchedByContentNotFileOrder() {
    Model base = Pairs.load(Pairs.ROOT.resolve("base.yaml"));
    TriageEntry open = triage("BW-WEB-005@web", TriageStatus.OPEN);
    TriageEntry accepted = triage("BW-WEB-005@web", TriageStatus.ACCEPTED);
    Model one = withTriage(base, List.of(open, accepted));
    Model other = withTriage(base, List.of(accepted, open));

    assertThat(Differ.entries(one, other)).isEmpty();
    assertThat(Differ.entries(one, withTriage(base, List.of(open))))
        .extracting(EntryChange::change)
        .containsExactly(Change.REMOVED);
  }

  @Test
  void zoneAddedAndRemovedAreNamed() {
    Model base = Pairs.load(Pairs.ROOT.resolve("base.yaml"));
    List<Zone> zones = new ArrayList<>(base.zones());
    zones.removeIf(z -> z.id().equals("dmz"));
    zones.add(
        new Zone(
            "partner",
            30,
            ZoneKind.ORGANIZATION,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Positions.NONE));

    List<EntryChange> changes = Differ.entries(base, base.withZones(zones));

    assertThat(changes)
        .extracting(c -> Phrases.PLAIN.entry(c))
        .containsExactly("removed zone dmz", "added zone partner");
  }

  private static TriageEntry triage(String threat, TriageStatus status) {
    return new TriageEntry(
        threat,
        status,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Positions.NONE);
  }

  private static Model withBusiness(Model model, Optional<Business> business) {
    return new Model(
        model.formatVersion(),
        model.id(),
        model.title(),
        model.description(),
        model.owner(),
        business,
        model.imports(),
        model.zones(),
        model.actors(),
        model.components(),
        model.data(),
        model.flows(),
        model.threats(),
        model.mitigations(),
        model.triage(),
        model.rules(),
        model.suppressions(),
        List.of(),
        List.of(),
        Optional.empty(),
        model.positions());
  }

  private static Model withTriage(Model model, List<TriageEntry> triage) {
    return new Model(
        model.formatVersion(),
        model.id(),
        model.title(),
        model.description(),
        model.owner(),
        model.business(),
        model.imports(),
        model.zones(),
        model.actors(),
        model.components(),
        model.data(),
        model.flows(),
        model.threats(),
        model.mitigations(),
        triage,
        model.rules(),
        model.suppressions(),
        List.of(),
        List.of(),
        Optional.empty(),
        model.positions());
  }
}
