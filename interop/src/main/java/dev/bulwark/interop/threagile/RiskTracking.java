package dev.bulwark.interop.threagile;

import static dev.bulwark.interop.PeerFile.quote;
import static java.util.Map.entry;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Position;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.problem.ProblemType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Threagile's {@code risk_tracking} as triage. A Threagile risk id is its rule's category and the
 * ids of the elements involved, joined by '@', with '*' for any one of them. Where a Bulwark rule
 * derives the same threat from the same elements, the entry becomes a triage entry on that rule's
 * fingerprint ('*' kept as Bulwark's wildcard). A risk of an individual category decides the
 * hand-written threat made from it. A risk of any other category is kept as a hand-written threat
 * of its own when the id names its elements, and reported as not mapped when it has wildcards.
 */
final class RiskTracking {
  private RiskTracking() {}

  /** What an @-part of a Threagile risk id names. */
  enum Part {
    ASSET,
    LINK
  }

  /**
   * A Threagile category with a Bulwark counterpart: the rule ids, the parts of a Threagile risk id
   * of that category, and which of them make the Bulwark fingerprint, in its order.
   */
  record Equivalent(List<String> rules, List<Part> parts, List<Integer> fingerprint) {}

  private static Equivalent onAsset(String rule) {
    return new Equivalent(List.of(rule), List.of(Part.ASSET), List.of(0));
  }

  /** {@code category@link@source@target}: Bulwark reports these on the flow. */
  private static Equivalent onLink(String rule) {
    return new Equivalent(List.of(rule), List.of(Part.LINK, Part.ASSET, Part.ASSET), List.of(0));
  }

  /** {@code category@caller@target@link}: Bulwark reports these on caller and target. */
  private static Equivalent onCall(String... rules) {
    return new Equivalent(
        List.of(rules), List.of(Part.ASSET, Part.ASSET, Part.LINK), List.of(0, 1));
  }

  static final Map<String, Equivalent> EQUIVALENTS =
      Map.ofEntries(
          entry("untrusted-deserialization", onAsset("BW-WEB-010")),
          entry("unencrypted-asset", onAsset("BW-DATA-001")),
          entry("missing-hardening", onAsset("BW-NET-006")),
          entry("cross-site-scripting", onAsset("BW-WEB-005")),
          entry("missing-waf", onAsset("BW-WEB-011")),
          entry("xml-external-entity", onAsset("BW-WEB-008")),
          entry("code-backdooring", onAsset("BW-SUPPLY-002")),
          entry("accidental-secret-leak", onAsset("BW-DATA-003")),
          entry("unchecked-deployment", onAsset("BW-SUPPLY-004")),
          entry("missing-network-segmentation", onAsset("BW-NET-002")),
          entry("container-platform-escape", onAsset("BW-K8S-002")),
          entry("missing-file-validation", onAsset("BW-WEB-012")),
          entry(
              "cross-site-request-forgery",
              new Equivalent(List.of("BW-WEB-006"), List.of(Part.ASSET, Part.LINK), List.of(0))),
          entry(
              "server-side-request-forgery",
              new Equivalent(
                  List.of("BW-WEB-007"), List.of(Part.ASSET, Part.ASSET, Part.LINK), List.of(0))),
          entry("ldap-injection", onCall("BW-WEB-003")),
          entry("sql-nosql-injection", onCall("BW-WEB-001", "BW-WEB-002")),
          entry("search-query-injection", onCall("BW-WEB-004")),
          entry("unencrypted-communication", onLink("BW-NET-001")),
          entry("missing-authentication", onLink("BW-AUTH-001")),
          entry("missing-authentication-second-factor", onLink("BW-AUTH-002")),
          entry("unguarded-direct-datastore-access", onLink("BW-NET-004")));

  record Result(List<TriageEntry> triage, List<Threat> threats) {}

  static Result read(Context cx, Mapping root, IndividualRisks.Result individual) {
    PeerFile r = cx.file;
    Map<String, String> decided = new LinkedHashMap<>();
    List<TriageEntry> triage = new ArrayList<>();
    List<Threat> threats = new ArrayList<>();
    for (Entry entry :
        r.mapping(root, "risk_tracking", "the model").map(r::entries).orElse(List.of())) {
      String riskId = entry.key().value().strip();
      String what = "risk tracking " + quote(riskId);
      Optional<Mapping> body = r.body(entry.value(), what);
      if (body.isEmpty()) {
        continue;
      }
      List<String> targets = targets(cx, riskId, entry, individual, threats);
      Decision decision = decision(r, body.get(), what, entry.key().position());
      for (String target : targets) {
        String first = decided.putIfAbsent(target, riskId);
        if (first != null) {
          r.notMapped(
              entry.key().position(),
              what
                  + " decides "
                  + quote(target)
                  + ", which "
                  + quote(first)
                  + " decides already; the first is kept");
          continue;
        }
        triage.add(
            new TriageEntry(
                target,
                decision.status(),
                decision.why(),
                r.text(body.get(), "checked_by", what),
                decision.date(),
                Optional.empty(),
                r.text(body.get(), "ticket", what),
                Places.at(entry.key().position())
                    .field("threat", entry.key().position())
                    .field("status", r.get(body.get(), "status"))
                    .field("date", r.get(body.get(), "date"))
                    .positions()));
      }
    }
    return new Result(triage, threats);
  }

  private record Decision(TriageStatus status, Optional<String> why, Optional<LocalDate> date) {}

  private static Decision decision(PeerFile r, Mapping body, String what, Position at) {
    r.leftovers(body, Set.of("status", "justification", "ticket", "date", "checked_by"), what, at);
    Optional<Text> status = r.located(body, "status", what);
    String name = status.map(s -> s.value().toLowerCase(Locale.ROOT)).orElse("unchecked");
    TriageStatus mapped =
        status
            .flatMap(s -> r.oneOf(Terms.STATUS, s, "'status' of " + what))
            .orElse(TriageStatus.OPEN);
    Optional<String> justification = r.text(body, "justification", what);
    Optional<String> why =
        name.equals("in-discussion")
            ? Optional.of("In discussion." + justification.map(j -> " " + j).orElse(""))
            : justification;
    Optional<LocalDate> date = Optional.empty();
    Optional<Text> written = r.located(body, "date", what);
    if (written.isPresent()) {
      try {
        date = Optional.of(LocalDate.parse(written.get().value()));
      } catch (DateTimeParseException e) {
        r.error(
            ProblemType.INVALID_DATE,
            written.get().position(),
            "'date' of " + what + " is " + quote(written.get().value()) + ", not a date",
            "write it as YYYY-MM-DD");
      }
    }
    return new Decision(mapped, why, date);
  }

  /** The fingerprints or threat ids a Threagile risk id decides; empty when it has no place. */
  private static List<String> targets(
      Context cx,
      String riskId,
      Entry entry,
      IndividualRisks.Result individual,
      List<Threat> threats) {
    PeerFile r = cx.file;
    String what = "risk tracking " + quote(riskId);
    List<String> parts = Arrays.asList(riskId.split("@", -1));
    String category = parts.get(0);
    List<String> rest = parts.subList(1, parts.size());
    boolean wildcard = riskId.contains("*");
    if (individual.categories().contains(category)) {
      if (wildcard) {
        return List.of(riskId.replace('@', '.').replace('>', '.'));
      }
      String threat = individual.idOfRisk().get(riskId);
      if (threat == null) {
        r.notMapped(entry.key().position(), what + " names no risk the model identifies");
        return List.of();
      }
      return List.of(threat);
    }
    Equivalent equivalent = EQUIVALENTS.get(category);
    if (equivalent != null && equivalent.parts().size() == rest.size()) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < rest.size(); i++) {
        String part = rest.get(i);
        String id =
            part.equals("*")
                ? "*"
                : equivalent.parts().get(i) == Part.ASSET
                    ? cx.assets.get(part)
                    : cx.links.get(part);
        if (id == null) {
          r.notMapped(
              entry.key().position(),
              what
                  + " names "
                  + quote(part)
                  + ", which the model does not hold;"
                  + " the decision is not kept");
          return List.of();
        }
        ids.add(id);
      }
      List<String> element = equivalent.fingerprint().stream().map(ids::get).toList();
      return equivalent.rules().stream()
          .map(rule -> rule + "@" + String.join("+", element))
          .toList();
    }
    if (wildcard) {
      r.notMapped(
          entry.key().position(),
          what
              + " decides risks of Threagile's category "
              + quote(category)
              + ", which no Bulwark rule derives; the decision is not kept",
          "decide the matching Bulwark threats in 'triage' after an analysis");
      return List.of();
    }
    Threat threat = builtinRisk(cx, riskId, category, rest, entry);
    threats.add(threat);
    r.notMapped(
        entry.key().position(),
        what
            + " decides a risk of Threagile's category "
            + quote(category)
            + ", which no Bulwark rule derives; kept as hand-written threat "
            + quote(threat.id()),
        "");
    return List.of(threat.id());
  }

  private static Threat builtinRisk(
      Context cx, String riskId, String category, List<String> parts, Entry entry) {
    String id = cx.ids.claim(riskId.replace('@', '.').replace('>', '.'), "risk");
    Set<String> affects = new LinkedHashSet<>();
    for (String part : parts) {
      for (Map<String, String> kind : List.of(cx.assets, cx.links, cx.boundaries, cx.data)) {
        if (kind.containsKey(part)) {
          affects.add(kind.get(part));
          break;
        }
      }
    }
    String words = category.replace('-', ' ');
    String title =
        words.isBlank() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    return new Threat(
        id,
        title,
        Optional.of("Threagile risk " + riskId + ", kept from its risk tracking."),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.copyOf(affects),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        category.isBlank() ? List.of() : List.of(category),
        Places.at(entry.key().position()).positions());
  }
}
