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
  private final LocalDate today;

  Triage(List<TriageEntry> entries, LocalDate today) {
    this.entries = entries;
    this.today = today;
    for (TriageEntry entry : entries) {
      patterns.add(glob(entry.threat()));
    }
  }

  Optional<Decision> decide(String fingerprint) {
    TriageEntry best = null;
    int bestRank = -1;
    for (int i = 0; i < entries.size(); i++) {
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
    Map<String, Boolean> matchedAny = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      TriageEntry entry = entries.get(i);
      if (used.contains(entry)) {
        continue;
      }
      Pattern pattern = patterns.get(i);
      boolean matches =
          matchedAny.computeIfAbsent(
              entry.threat(),
              k -> fingerprints.stream().anyMatch(f -> pattern.matcher(f).matches()));
      String message =
          matches
              ? "triage entry '"
                  + entry.threat()
                  + "' is shadowed by a more specific entry for every threat it matches"
              : "triage entry '"
                  + entry.threat()
                  + "' matches no threat: the decision is stale"
                  + Suggestions.closest(entry.threat(), fingerprints)
                      .map(s -> " (did you mean '" + s + "'?)")
                      .orElse("");
      notices.add(new Notice(Level.WARNING, "stale-triage", entry.position(), message));
    }
    return notices;
  }

  private static Pattern glob(String pattern) {
    return Pattern.compile(
        Arrays.stream(pattern.split("\\*", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".*")));
  }
}
