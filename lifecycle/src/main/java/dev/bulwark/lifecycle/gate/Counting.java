package dev.bulwark.lifecycle.gate;

/** "1 threat", "3 threats": the summaries' counts. */
final class Counting {
  private Counting() {}

  static String of(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
