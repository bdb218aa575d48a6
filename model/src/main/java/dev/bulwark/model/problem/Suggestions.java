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

  /**
   * Edit distance counting an insertion, deletion, substitution or swap of two neighbouring letters
   * as one (optimal string alignment), ignoring case. Long or very different words are not
   * compared: they are never typos of each other.
   */
  static int distance(String a, String b) {
    String left = a.toLowerCase(java.util.Locale.ROOT);
    String right = b.toLowerCase(java.util.Locale.ROOT);
    if (Math.abs(left.length() - right.length()) > 3 || left.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[left.length() + 1][right.length() + 1];
    for (int i = 0; i <= left.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= right.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= left.length(); i++) {
      for (int j = 1; j <= right.length(); j++) {
        int cost = left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && left.charAt(i - 1) == right.charAt(j - 2)
            && left.charAt(i - 2) == right.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[left.length()][right.length()];
  }
}
