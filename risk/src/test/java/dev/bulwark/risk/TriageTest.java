package dev.bulwark.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Position;
import dev.bulwark.model.Positions;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.problem.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriageTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  /** Entries at lines 1, 2, 3... of triage.yaml, each with a distinct status-free reason. */
  private static List<TriageEntry> entries(Object... threatsAndStatuses) {
    List<TriageEntry> entries = new ArrayList<>();
    for (int i = 0; i < threatsAndStatuses.length; i += 2) {
      entries.add(
          entry(
              (String) threatsAndStatuses[i],
              (TriageStatus) threatsAndStatuses[i + 1],
              Optional.empty(),
              i / 2 + 1));
    }
    return entries;
  }

  private static TriageEntry entry(
      String threat, TriageStatus status, Optional<LocalDate> until, int line) {
    return new TriageEntry(
        threat,
        status,
        Optional.of("reason " + line),
        Optional.empty(),
        Optional.empty(),
        until,
        Optional.empty(),
        new Positions(new Position("triage.yaml", line, 5), Map.of()));
  }

  private static TriageEntry decided(Triage triage, String fingerprint) {
    return triage.decide(fingerprint).orElseThrow().entry();
  }

  @Test
  void exactBeatsPatternWhereverItIsWritten() {
    List<TriageEntry> entries =
        entries(
            "BW-WEB-001@*", TriageStatus.ACCEPTED,
            "BW-WEB-001@web*", TriageStatus.TRANSFERRED,
            "BW-WEB-001@web", TriageStatus.FALSE_POSITIVE);
    Triage triage = new Triage(entries, TODAY);
    assertThat(decided(triage, "BW-WEB-001@web")).isEqualTo(entries.get(2));
    assertThat(triage.decide("BW-WEB-001@web").orElseThrow().status())
        .isEqualTo(TriageStatus.FALSE_POSITIVE);
  }

  @Test
  void moreLiteralCharactersBeatFewer() {
    List<TriageEntry> entries =
        entries(
            "*@web", TriageStatus.ACCEPTED, // 4 literal characters
            "BW-WEB-*", TriageStatus.MITIGATED, // 7
            "BW-*@*", TriageStatus.TRANSFERRED); // 4
    Triage triage = new Triage(entries, TODAY);
    assertThat(decided(triage, "BW-WEB-001@web")).isEqualTo(entries.get(1));
    assertThat(decided(triage, "BW-NET-001@web")).isEqualTo(entries.get(0));
  }

  @Test
  void theFirstInTheFileBreaksATie() {
    List<TriageEntry> entries =
        entries("*web", TriageStatus.ACCEPTED, "BW-*", TriageStatus.MITIGATED); // 3 and 3
    assertThat(decided(new Triage(entries, TODAY), "BW-WEB-001@web")).isEqualTo(entries.get(0));
    List<TriageEntry> reversed = List.of(entries.get(1), entries.get(0));
    assertThat(decided(new Triage(reversed, TODAY), "BW-WEB-001@web")).isEqualTo(entries.get(1));
  }

  @Test
  void starMatchesAcrossAtPlusAndSlash() {
    Triage triage = new Triage(entries("BW-*-001*db", TriageStatus.ACCEPTED), TODAY);
    assertThat(triage.decide("BW-WEB-001@payments/api+payments/db")).isPresent();
    assertThat(triage.decide("BW-WEB-001@payments/api+payments/cache")).isEmpty();
    Triage everything = new Triage(entries("*", TriageStatus.ACCEPTED), TODAY);
    assertThat(everything.decide("BW-WEB-001@a/b+c/d")).isPresent();
  }

  @Test
  void regexMetacharactersAreLiteral() {
    Triage triage =
        new Triage(
            entries(
                "BW-WEB-001@api.v1", TriageStatus.ACCEPTED,
                "BW-NET-001@(a|b)*", TriageStatus.ACCEPTED,
                "BW-X-1@[q]+?$", TriageStatus.ACCEPTED),
            TODAY);
    assertThat(triage.decide("BW-WEB-001@apixv1")).isEmpty();
    assertThat(triage.decide("BW-WEB-001@api.v1")).isPresent();
    assertThat(triage.decide("BW-NET-001@a")).isEmpty();
    assertThat(triage.decide("BW-NET-001@(a|b)-flow")).isPresent();
    assertThat(triage.decide("BW-X-1@q")).isEmpty();
    assertThat(triage.decide("BW-X-1@[q]+?$")).isPresent();
  }

  @Test
  void anAcceptanceExpiresTheDayAfterItsUntilDate() {
    TriageEntry yesterday =
        entry("BW-WEB-001@a", TriageStatus.ACCEPTED, Optional.of(TODAY.minusDays(1)), 1);
    TriageEntry today = entry("BW-WEB-001@b", TriageStatus.ACCEPTED, Optional.of(TODAY), 2);
    TriageEntry noDate = entry("BW-WEB-001@c", TriageStatus.ACCEPTED, Optional.empty(), 3);
    TriageEntry transferred =
        entry("BW-WEB-001@d", TriageStatus.TRANSFERRED, Optional.of(TODAY.minusDays(9)), 4);
    Triage triage = new Triage(List.of(yesterday, today, noDate, transferred), TODAY);

    Decision expired = triage.decide("BW-WEB-001@a").orElseThrow();
    assertThat(expired.expired()).isTrue();
    assertThat(expired.status()).isEqualTo(TriageStatus.OPEN);

    Decision lastDay = triage.decide("BW-WEB-001@b").orElseThrow();
    assertThat(lastDay.expired()).isFalse();
    assertThat(lastDay.status()).isEqualTo(TriageStatus.ACCEPTED);

    assertThat(triage.decide("BW-WEB-001@c").orElseThrow().expired()).isFalse();
    // only acceptances expire
    assertThat(triage.decide("BW-WEB-001@d").orElseThrow().status())
        .isEqualTo(TriageStatus.TRANSFERRED);
  }

  @Test
  void anEntryMatchingNothingIsStaleWithASuggestion() {
    Triage triage = new Triage(entries("BW-WEB-001@wbe", TriageStatus.ACCEPTED), TODAY);
    List<String> fingerprints = List.of("BW-WEB-001@web", "BW-NET-001@checkout");
    fingerprints.forEach(triage::decide);
    List<Notice> notices = triage.staleEntries(fingerprints);
    assertThat(notices).hasSize(1);
    Notice notice = notices.getFirst();
    assertThat(notice.code()).isEqualTo("stale-triage");
    assertThat(notice.level()).isEqualTo(Level.WARNING);
    assertThat(notice.position()).isEqualTo(new Position("triage.yaml", 1, 5));
    assertThat(notice.message())
        .isEqualTo(
            "triage entry 'BW-WEB-001@wbe' matches no threat: the decision is stale (did you mean"
                + " 'BW-WEB-001@web'?)");
  }

  @Test
  void aShadowedEntryIsStale() {
    Triage triage =
        new Triage(
            entries("BW-WEB-*", TriageStatus.ACCEPTED, "BW-WEB-001@web", TriageStatus.MITIGATED),
            TODAY);
    List<String> fingerprints = List.of("BW-WEB-001@web");
    fingerprints.forEach(triage::decide);
    List<Notice> notices = triage.staleEntries(fingerprints);
    assertThat(notices)
        .extracting(Notice::code, Notice::position, Notice::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "stale-triage",
                new Position("triage.yaml", 1, 5),
                "triage entry 'BW-WEB-*' is shadowed by a more specific entry for every threat it"
                    + " matches"));
  }

  @Test
  void usedEntriesAreNotStale() {
    Triage triage =
        new Triage(
            entries("BW-WEB-*", TriageStatus.ACCEPTED, "BW-WEB-001@web", TriageStatus.MITIGATED),
            TODAY);
    List<String> fingerprints = List.of("BW-WEB-001@web", "BW-WEB-002@web");
    fingerprints.forEach(triage::decide);
    assertThat(triage.staleEntries(fingerprints)).isEmpty();
  }
}
