package dev.bulwark.lifecycle.git;

import java.util.Objects;
import java.util.Optional;

/**
 * The two versions a {@code --git} argument names: {@code A..B} (A against B), {@code A...B} (the
 * merge base of A and B against B: what B changed since it forked, as a pull request shows), or
 * {@code A} alone (A against the working tree).
 *
 * @param before the older revision
 * @param after the newer revision; empty for the working tree
 * @param mergeBase whether {@code before} is to be replaced by the merge base of the two
 */
public record RevisionRange(String before, Optional<String> after, boolean mergeBase) {
  public RevisionRange {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isBlank() || after.map(String::isBlank).orElse(false)) {
      throw new GitException("a revision is empty; expected REV, REV..REV or REV...REV");
    }
    if (mergeBase && after.isEmpty()) {
      throw new IllegalArgumentException("a merge base needs two revisions");
    }
  }

  /** Reads {@code A..B}, {@code A...B} or {@code A}; an empty side of a range means HEAD. */
  public static RevisionRange parse(String spec) {
    String text = spec.strip();
    int three = text.indexOf("...");
    if (three >= 0) {
      return new RevisionRange(
          orHead(text.substring(0, three)), Optional.of(orHead(text.substring(three + 3))), true);
    }
    int two = text.indexOf("..");
    if (two >= 0) {
      return new RevisionRange(
          orHead(text.substring(0, two)), Optional.of(orHead(text.substring(two + 2))), false);
    }
    return new RevisionRange(text, Optional.empty(), false);
  }

  private static String orHead(String side) {
    return side.isEmpty() ? "HEAD" : side;
  }
}
