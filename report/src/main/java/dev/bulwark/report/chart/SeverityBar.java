package dev.bulwark.report.chart;

import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import dev.bulwark.report.Digest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A small horizontal bar of the open threats stacked by severity, critical on the left, with a
 * legend of every count below it, for the executive view. Segments are {@code <prefix>-<severity>};
 * a segment too narrow for its number still shows it in the legend.
 */
public final class SeverityBar {
  private static final int WIDTH = 440;
  private static final int HEIGHT = 52;
  private static final int BAR_HEIGHT = 24;
  private static final int MIN_SEGMENT = 4;
  private static final int MIN_LABELLED = 22;
  private static final int LEGEND_ENTRY = WIDTH / Severity.values().length;
  private static final List<Severity> WORST_FIRST = List.of(Severity.values()).reversed();

  private SeverityBar() {}

  /** The chart as an SVG element; {@code idPrefix} starts every id in it. */
  public static String render(Digest digest, String idPrefix) {
    Map<Severity, Integer> counts = digest.openBySeverity();
    int[] widths = widths(WORST_FIRST, counts);
    Svg svg =
        new Svg(
            idPrefix,
            "severity-bar",
            WIDTH,
            HEIGHT,
            "Open threats by severity",
            summary(WORST_FIRST, counts));
    if (IntStream.of(widths).sum() == 0) {
      svg.rect(0, 1, WIDTH, BAR_HEIGHT, "#e5e7eb", "class=\"empty\"")
          .text(
              WIDTH / 2.0,
              BAR_HEIGHT / 2.0 + 5,
              "middle",
              SeverityColours.ink(),
              "No open threats",
              "");
    }
    int x = 0;
    for (int i = 0; i < WORST_FIRST.size(); i++) {
      Severity severity = WORST_FIRST.get(i);
      int count = counts.getOrDefault(severity, 0);
      if (count > 0) {
        segment(svg, severity, count, x, widths[i]);
      }
      x += widths[i];
      int legend = i * LEGEND_ENTRY;
      svg.rect(
              legend,
              BAR_HEIGHT + 9,
              10,
              10,
              SeverityColours.fill(severity),
              "stroke=\"" + Svg.MUTED + "\" stroke-width=\"0.5\"")
          .text(
              legend + 14,
              BAR_HEIGHT + 18,
              "start",
              SeverityColours.ink(),
              Svg.label(severity) + " " + count,
              "class=\"legend\"");
    }
    return svg.close();
  }

  private static void segment(Svg svg, Severity severity, int count, int x, int width) {
    svg.group(Wire.name(severity), "segment", count + " " + Svg.words(severity))
        .rect(x, 1, width, BAR_HEIGHT, SeverityColours.fill(severity), "");
    if (width >= MIN_LABELLED) {
      svg.text(
          x + width / 2.0,
          BAR_HEIGHT / 2.0 + 5,
          "middle",
          SeverityColours.text(severity),
          Integer.toString(count),
          "class=\"count\" font-weight=\"bold\"");
    }
    svg.end();
  }

  /**
   * Segment widths that add up to the whole bar: each non-empty segment gets a minimum, the rest is
   * shared in proportion, and the pixels left by rounding down go to the largest remainders (the
   * worse severity on a tie).
   */
  static int[] widths(List<Severity> order, Map<Severity, Integer> counts) {
    int[] widths = new int[order.size()];
    long total = 0;
    int nonEmpty = 0;
    for (Severity s : order) {
      int count = counts.getOrDefault(s, 0);
      total += count;
      nonEmpty += count > 0 ? 1 : 0;
    }
    if (total == 0) {
      return widths;
    }
    long shared = WIDTH - (long) MIN_SEGMENT * nonEmpty;
    long[] remainders = new long[order.size()];
    int used = 0;
    for (int i = 0; i < order.size(); i++) {
      int count = counts.getOrDefault(order.get(i), 0);
      if (count > 0) {
        widths[i] = MIN_SEGMENT + (int) (shared * count / total);
        remainders[i] = shared * count % total;
        used += widths[i];
      } else {
        remainders[i] = -1;
      }
    }
    for (int left = WIDTH - used; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < order.size(); i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      widths[best]++;
      remainders[best] = -1;
    }
    return widths;
  }

  private static String summary(List<Severity> order, Map<Severity, Integer> counts) {
    int total = 0;
    List<String> parts = new ArrayList<>();
    for (Severity s : order) {
      int count = counts.getOrDefault(s, 0);
      total += count;
      parts.add(count + " " + Svg.words(s));
    }
    if (total == 0) {
      return "Open threats by severity: none.";
    }
    return "Open threats by severity: "
        + String.join(", ", parts)
        + "; "
        + Svg.plural(total, "open threat")
        + " in all.";
  }
}
