package dev.bulwark.risk;

import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.problem.Level;
import dev.bulwark.model.problem.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Matches triage entries to threat fingerprints. An exact entry wins over patterns; among patterns
 * ({@code *} matches any run of characters) the most specific one (most literal characters) wins,
 * then the first in the file. An acceptance past its {@code until} date reopens the threat; an
 * entry that matches no threat is reported as stale rather than silently kept.
 */
final class Triage {
  private final List<TriageEntry> entries;
  private final List<Pattern> patterns = new ArrayList<>();
  private final Set<TriageEntry> used = new HashSet<>();
  // Exact entries are looked up, only patterns are matched: a model may hold thousands of each.
  private final Map<String, TriageEntry> exact = new HashMap<>();
  private final List<Integer> wildcards = new ArrayList<>();
  private final LocalDate today;

  Triage(List<TriageEntry> entries, LocalDate today) {
    this.entries = entries;
    this.today = today;
    for (int i = 0; i < entries.size(); i++) {
      TriageEntry entry = entries.get(i);
      patterns.add(glob(entry.threat()));
      if (entry.threat().contains("*")) {
        wildcards.add(i);
      } else {
        exact.putIfAbsent(entry.threat(), entry); // the first in the file wins a tie
      }
    }
  }

  Optional<Decision> decide(String fingerprint) {
    TriageEntry best = exact.get(fingerprint);
    int bestRank = best == null ? -1 : Integer.MAX_VALUE;
    for (int i : wildcards) {
      TriageEntry entry = entries.get(i);
      if (!patterns.get(i).matcher(fingerprint).matches()) {
        continue;
      }
      int rank =
          entry.threat().contains("*")
              ? entry.threat().replace("*", "").length()
              : Integer.MAX_VALUE;
      if (rank > bestRank) {
        best = entry;
        bestRank = rank;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    used.add(best);
    boolean expired =
        best.status() == TriageStatus.ACCEPTED
            && best.until().map(until -> until.isBefore(today)).orElse(false);
    return Optional.of(new Decision(best, expired));
  }

  /** Notices for entries that decided nothing; call after every threat was decided. */
  List<Notice> staleEntries(Collection<String> fingerprints) {
    List<Notice> notices = new ArrayList<>();
    Set<String> known = new HashSet<>(fingerprints);
    Map<String, List<String>> byPart = new HashMap<>();
    for (String fingerprint : fingerprints) {
      for (String part : parts(fingerprint)) {
        byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(fingerprint);
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      TriageEntry entry = entries.get(i);
      if (used.contains(entry)) {
        continue;
      }
      Pattern pattern = patterns.get(i);
      boolean matches =
          entry.threat().contains("*")
              ? fingerprints.stream().anyMatch(f -> pattern.matcher(f).matches())
              : known.contains(entry.threat());
      String message =
          matches
              ? "triage entry '"
                  + entry.threat()
                  + "' is shadowed by a more specific entry for every threat it matches"
              : "triage entry '"
                  + entry.threat()
                  + "' matches no threat: the decision is stale"
                  + suggestion(entry.threat(), byPart)
                      .map(s -> " (did you mean '" + s + "'?)")
                      .orElse("");
      notices.add(new Notice(Level.WARNING, "stale-triage", entry.position(), message));
    }
    return notices;
  }

  /**
   * The closest fingerprint that shares the rule or the element part with the entry: a typo is
   * usually in one of the two, and comparing with every threat of a large model costs too much.
   */
  private static Optional<String> suggestion(String entry, Map<String, List<String>> byPart) {
    Set<String> candidates = new TreeSet<>();
    for (String part : parts(entry)) {
      candidates.addAll(byPart.getOrDefault(part, List.of()));
    }
    return Suggestions.closest(entry, candidates);
  }

  /** The rule part and the element part of a fingerprint, tagged so that they never collide. */
  private static List<String> parts(String fingerprint) {
    int at = fingerprint.indexOf('@');
    return at < 0
        ? List.of("element:" + fingerprint)
        : List.of(
            "rule:" + fingerprint.substring(0, at), "element:" + fingerprint.substring(at + 1));
  }

  private static Pattern glob(String pattern) {
    return Pattern.compile(
        Arrays.stream(pattern.split("\\*", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".*")));
  }
}
