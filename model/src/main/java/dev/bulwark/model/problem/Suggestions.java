package dev.bulwark.model.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?": the closest known word to a misspelt one. */
public final class Suggestions {
  private Suggestions() {}

  /** The candidate closest to the word, if it is close enough to be a likely typo. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    int allowed = Math.max(1, Math.min(3, word.length() / 3));
    return candidates.stream()
        .filter(candidate -> distance(word, candidate) <= allowed)
        .min(
            Comparator.comparingInt((String candidate) -> distance(word, candidate))
                .thenComparing(Comparator.naturalOrder()));
  }

  /** A hint naming the closest candidate, else listing all of them when there are few. */
  public static String hint(String word, Collection<String> candidates) {
    Optional<String> closest = closest(word, candidates);
    if (closest.isPresent()) {
      return "did you mean '" + closest.get() + "'?";
    }
    return candidates.size() <= 40 ? allowed(candidates) : "";
  }

  /** A hint naming the closest candidate, if any, and always the allowed values. */
  public static String hintWithAllowed(String word, Collection<String> candidates) {
    return closest(word, candidates)
        .map(closest -> "did you mean '" + closest + "'? " + allowed(candidates))
        .orElse(allowed(candidates));
  }

  private static String allowed(Collection<String> candidates) {
    return "allowed: " + String.join(", ", candidates);
  }

  /** Levenshtein distance, ignoring case; bounded input keeps the quadratic cost small. */
  static int distance(String a, String b) {
    String left = a.toLowerCase(java.util.Locale.ROOT);
    String right = b.toLowerCase(java.util.Locale.ROOT);
    if (Math.abs(left.length() - right.length()) > 3 || left.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[right.length() + 1];
    int[] current = new int[right.length() + 1];
    for (int j = 0; j <= right.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= left.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= right.length(); j++) {
        int substitution = left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[right.length()];
  }
}
