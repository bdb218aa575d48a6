package dev.bulwark.interop.composer;

import static java.util.Map.entry;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Threat Composer's threats, in its threat-statement grammar, as hand-written threats: source,
 * prerequisites, action, impact and goals map one to one. Impacted assets name no element (a
 * workspace has none), so they are kept as {@code asset:<name>} tags; the status decides the threat
 * in triage.
 */
final class Threats {
  private Threats() {}

  private static final Map<String, Stride> STRIDE =
      Map.of(
          "s", Stride.SPOOFING,
          "t", Stride.TAMPERING,
          "r", Stride.REPUDIATION,
          "i", Stride.INFORMATION_DISCLOSURE,
          "d", Stride.DENIAL_OF_SERVICE,
          "e", Stride.ELEVATION_OF_PRIVILEGE);

  private static final Map<String, Severity> PRIORITY =
      Map.of("high", Severity.HIGH, "medium", Severity.MEDIUM, "low", Severity.LOW);

  private static final Map<String, TriageStatus> STATUS =
      Map.ofEntries(
          entry("threatidentified", TriageStatus.OPEN),
          entry("threatresolved", TriageStatus.MITIGATED),
          entry("threatresolvednotuseful", TriageStatus.FALSE_POSITIVE));

  static final Set<String> READ =
      Set.of(
          "id",
          "numericId",
          "displayOrder",
          "metadata",
          "tags",
          "threatSource",
          "prerequisites",
          "threatAction",
          "threatImpact",
          "impactedGoal",
          "impactedAssets",
          "statement",
          "status");

  record Result(List<Threat> threats, List<TriageEntry> triage) {}

  static Result build(Context cx, List<Items.Item> items) {
    List<Threat> threats = new ArrayList<>();
    List<TriageEntry> triage = new ArrayList<>();
    for (Items.Item item : items) {
      threats.add(threat(cx, item));
      status(cx, item).ifPresent(triage::add);
    }
    return new Result(threats, triage);
  }

  private static Threat threat(Context cx, Items.Item item) {
    PeerFile r = cx.file;
    var body = item.body();
    String what = item.what();
    Metadata metadata = Metadata.read(r, body, what);
    metadata.leftovers(r, Set.of("STRIDE", "Priority", "Comments"), what, item.at());
    r.leftovers(body, READ, what, item.at());

    Optional<String> action = r.text(body, "threatAction", what);
    Optional<String> statement = r.text(body, "statement", what);
    String title =
        action
            .map(a -> Character.toUpperCase(a.charAt(0)) + a.substring(1))
            .or(() -> statement)
            .orElse(item.id());

    List<Goal> goals = new ArrayList<>();
    for (Text goal : r.locatedTexts(body, "impactedGoal", what)) {
      goalOf(goal.value())
          .ifPresentOrElse(
              g -> {
                if (!goals.contains(g)) {
                  goals.add(g);
                }
              },
              () ->
                  r.notMapped(
                      goal.position(),
                      what
                          + " impacts the goal "
                          + PeerFile.quote(goal.value())
                          + ", which is not a Bulwark goal; the statement keeps it",
                      "goals: confidentiality, integrity, availability, accountability, privacy,"
                          + " safety"));
    }
    Set<String> tags = new LinkedHashSet<>();
    tags.addAll(r.texts(body, "tags", what));
    r.locatedTexts(body, "impactedAssets", what).forEach(t -> tags.add("asset:" + t.value()));

    List<Stride> stride = new ArrayList<>();
    for (Text letter : metadata.get("STRIDE")) {
      r.oneOf(STRIDE, letter, "a STRIDE letter of " + what)
          .filter(s -> !stride.contains(s))
          .ifPresent(stride::add);
    }
    Optional<Severity> severity =
        metadata.first("Priority").flatMap(p -> r.oneOf(PRIORITY, p, "the priority of " + what));

    return new Threat(
        item.id(),
        title,
        description(cx, item, statement, metadata),
        r.text(body, "threatSource", what),
        r.text(body, "prerequisites", what),
        action,
        r.text(body, "threatImpact", what),
        goals,
        List.of(),
        stride,
        severity,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.copyOf(tags),
        Places.at(item.at())
            .field("id", r.get(body, "numericId"))
            .field("source", r.get(body, "threatSource"))
            .field("action", r.get(body, "threatAction"))
            .positions());
  }

  private static Optional<Goal> goalOf(String name) {
    String key = name.strip().toUpperCase(Locale.ROOT);
    for (Goal goal : Goal.values()) {
      if (goal.name().equals(key)) {
        return Optional.of(goal);
      }
    }
    return Optional.empty();
  }

  /** The statement, the comments and the assumptions the threat rests on. */
  static Optional<String> description(
      Context cx, Items.Item item, Optional<String> lead, Metadata metadata) {
    List<String> parts = new ArrayList<>();
    lead.ifPresent(parts::add);
    metadata.get("Comments").forEach(c -> parts.add("Comments: " + c.value()));
    cx.assumed.getOrDefault(item.uuid(), List.of()).forEach(a -> parts.add("Assumes: " + a));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
  }

  /** A decided status as a triage entry on the threat; an identified threat is open anyway. */
  private static Optional<TriageEntry> status(Context cx, Items.Item item) {
    PeerFile r = cx.file;
    return r.located(item.body(), "status", item.what())
        .flatMap(s -> r.oneOf(STATUS, s, "the status of " + item.what()))
        .filter(s -> s != TriageStatus.OPEN)
        .map(s ->
            new TriageEntry(
                item.id(),
                s,
                r.text(item.body(), "status", item.what())
                    .map(w -> "'" + w + "' in Threat Composer."),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Places.at(r.where(item.body(), "status")).positions()));
  }
}
