package dev.bulwark.report.chart;

import dev.bulwark.model.Severity;

/**
 * The one severity palette of every report, chart and diagram: dark red, red-orange, orange,
 * yellow, grey-blue from critical down. Each fill comes with the text colour to write on it, which
 * has a contrast ratio of at least 4.5:1 (WCAG AA), and a pale tint for backgrounds such as empty
 * heat-map cells. Plain hex colours, because the PDF printer knows no CSS variables.
 */
public final class SeverityColours {
  private static final String WHITE = "#ffffff";
  private static final String INK = "#111827";

  private SeverityColours() {}

  /** The colour that marks the severity: a chart cell, a bar, a diagram element. */
  public static String fill(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "#7f1d1d";
      case HIGH -> "#c2410c";
      case ELEVATED -> "#f59e0b";
      case MEDIUM -> "#facc15";
      case LOW -> "#94a3b8";
    };
  }

  /** The colour of text written on {@link #fill}: white on the dark two, near-black on the rest. */
  public static String text(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> WHITE;
      case ELEVATED, MEDIUM, LOW -> INK;
    };
  }

  /** A pale tint of {@link #fill} for backgrounds; {@link #ink()} reads on every one of them. */
  public static String tint(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "#f5d5d5";
      case HIGH -> "#fbdccb";
      case ELEVATED -> "#fdebc8";
      case MEDIUM -> "#fdf5c4";
      case LOW -> "#e5e9ef";
    };
  }

  /** The near-black used for text on white and on the tints. */
  public static String ink() {
    return INK;
  }
}
