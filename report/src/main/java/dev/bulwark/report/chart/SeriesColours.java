package dev.bulwark.report.chart;

import java.util.List;

/**
 * Colours for lines that are told apart by series rather than by severity (loss exceedance curves):
 * the near-black ink for the total, then five hues after Okabe and Ito's palette for colour-blind
 * readers, darkened where needed so that each line has a contrast of at least 3:1 on white (WCAG
 * 1.4.11). Each also has its own dash pattern, so that no reader depends on hue alone.
 */
public final class SeriesColours {
  private static final List<String> COLOURS =
      List.of("#0072b2", "#c0531a", "#007a5a", "#a0527f", "#806a00");

  private static final List<String> DASHES = List.of("6 3", "2 2", "8 3 2 3", "1 3", "10 4");

  private SeriesColours() {}

  /** How many series have their own colour; later ones repeat them. */
  public static int count() {
    return COLOURS.size();
  }

  /** The colour of the n-th series (from 0), after the total. */
  public static String colour(int n) {
    return COLOURS.get(n % COLOURS.size());
  }

  /** The dash pattern of the n-th series (from 0), after the total. */
  public static String dash(int n) {
    return DASHES.get(n % DASHES.size());
  }

  /** The colour of the total, drawn solid and thicker. */
  public static String total() {
    return SeverityColours.ink();
  }
}
