package dev.bulwark.report.chart;

import dev.bulwark.risk.fair.Summary;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Loss exceedance curves: for each series, the chance that a year's loss is above an amount, on a
 * logarithmic loss axis (powers of ten) and a linear probability axis. The first series is drawn as
 * the total (solid, ink), the others in {@link SeriesColours}, each with a dash pattern and a
 * legend entry below the plot. Curves are groups {@code <prefix>-curve-<n>} from 1 with their
 * figures in the tooltip.
 */
public final class LossExceedanceChart {
  private static final int WIDTH = 640;
  private static final int LEFT = 56;
  private static final int RIGHT = WIDTH - 20;
  private static final int TOP = 16;
  private static final int BOTTOM = 236;
  private static final int LEGEND_ROW = 16;
  private static final int MAX_DECADES = 8;
  private static final int LABEL_CHARS = 80;

  private LossExceedanceChart() {}

  /** One curve: a name for the legend and the summary whose exceedance curve it draws. */
  public record Series(String name, Summary summary) {
    public Series {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * The chart as an SVG element; {@code series} starts with the total; {@code currency} names the
   * unit of the loss axis; {@code idPrefix} starts every id in it.
   */
  public static String render(List<Series> series, String currency, String idPrefix) {
    int height = BOTTOM + 44 + LEGEND_ROW * series.size();
    Svg svg =
        new Svg(
            idPrefix,
            "loss-exceedance",
            WIDTH,
            height,
            "Loss exceedance",
            summary(series, currency));
    List<Series> drawn = series.stream().filter(s -> !s.summary().exceedance().isEmpty()).toList();
    if (drawn.isEmpty()) {
      svg.text(
          (LEFT + RIGHT) / 2.0,
          (TOP + BOTTOM) / 2.0,
          "middle",
          SeverityColours.ink(),
          "No simulated year lost anything",
          "class=\"empty\" font-size=\"14\"");
      return svg.close();
    }
    double low = Double.POSITIVE_INFINITY;
    double high = 0;
    for (Series s : drawn) {
      low = Math.min(low, s.summary().exceedance().getFirst().loss());
      high = Math.max(high, s.summary().max());
    }
    int top = (int) Math.ceil(Math.log10(high));
    int bottom = Math.max((int) Math.floor(Math.log10(low)), top - MAX_DECADES);
    if (top <= bottom) {
      top = bottom + 1;
    }
    axes(svg, bottom, top, currency);
    for (int n = drawn.size() - 1; n >= 0; n--) {
      curve(svg, drawn.get(n), n, bottom, top);
    }
    legend(svg, series);
    return svg.close();
  }

  private static void axes(Svg svg, int bottom, int top, String currency) {
    for (int percent = 0; percent <= 100; percent += 20) {
      double y = y(percent / 100.0);
      svg.line(LEFT, y, RIGHT, y, Svg.GRID, "")
          .text(LEFT - 6, y + 4, "end", Svg.MUTED, percent + "%", "");
    }
    for (int decade = bottom; decade <= top; decade++) {
      double x = x(Math.pow(10, decade), bottom, top);
      svg.line(x, TOP, x, BOTTOM, Svg.GRID, "")
          .text(x, BOTTOM + 16, "middle", Svg.MUTED, power(decade), "");
    }
    svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, Svg.MUTED, "")
        .line(LEFT, TOP, LEFT, BOTTOM, Svg.MUTED, "")
        .text(
            (LEFT + RIGHT) / 2.0,
            BOTTOM + 32,
            "middle",
            Svg.MUTED,
            "Annual loss, " + currency + " (log scale)",
            "")
        .text(
            0,
            0,
            "middle",
            Svg.MUTED,
            "Chance of a year above it",
            "transform=\"translate(14 " + Svg.num((TOP + BOTTOM) / 2.0) + ") rotate(-90)\"");
  }

  private static void curve(Svg svg, Series s, int n, int bottom, int top) {
    StringBuilder points = new StringBuilder();
    for (Summary.Exceedance e : s.summary().exceedance()) {
      if (!points.isEmpty()) {
        points.append(' ');
      }
      points
          .append(Svg.num(x(e.loss(), bottom, top)))
          .append(',')
          .append(Svg.num(y(e.probability())));
    }
    String colour = n == 0 ? SeriesColours.total() : SeriesColours.colour(n - 1);
    String stroke =
        n == 0
            ? "stroke-width=\"2.5\""
            : "stroke-width=\"1.5\" stroke-dasharray=\"" + SeriesColours.dash(n - 1) + "\"";
    svg.group("curve-" + (n + 1), n == 0 ? "curve total" : "curve", tooltip(s))
        .raw(
            "<polyline points=\""
                + points
                + "\" fill=\"none\" stroke=\""
                + colour
                + "\" "
                + stroke
                + "/>\n")
        .end();
  }

  private static void legend(Svg svg, List<Series> series) {
    double y = BOTTOM + 52;
    for (int n = 0; n < series.size(); n++) {
      String colour = n == 0 ? SeriesColours.total() : SeriesColours.colour(n - 1);
      String stroke =
          n == 0
              ? "stroke-width=\"2.5\""
              : "stroke-width=\"1.5\" stroke-dasharray=\"" + SeriesColours.dash(n - 1) + "\"";
      svg.line(LEFT, y - 4, LEFT + 28, y - 4, colour, stroke)
          .text(
              LEFT + 36,
              y,
              "start",
              SeverityColours.ink(),
              shorten(series.get(n).name()),
              "class=\"legend\"");
      y += LEGEND_ROW;
    }
  }

  private static double x(double loss, int bottom, int top) {
    double clamped = Math.min(Math.max(loss, Math.pow(10, bottom)), Math.pow(10, top));
    return LEFT + (Math.log10(clamped) - bottom) / (top - bottom) * (RIGHT - LEFT);
  }

  private static double y(double probability) {
    return BOTTOM - probability * (BOTTOM - TOP);
  }

  private static String tooltip(Series s) {
    Summary m = s.summary();
    return s.name()
        + ": mean "
        + amount(m.mean())
        + "; 10% of years above "
        + amount(m.percentile(90))
        + ", 1% above "
        + amount(m.percentile(99));
  }

  private static String summary(List<Series> series, String currency) {
    if (series.isEmpty() || series.getFirst().summary().exceedance().isEmpty()) {
      return "Loss exceedance curves: no simulated year lost anything.";
    }
    Summary total = series.getFirst().summary();
    return "Loss exceedance curves in "
        + currency
        + ", the chance that a year's loss exceeds an amount; "
        + series.getFirst().name()
        + ": mean "
        + amount(total.mean())
        + ", 10% of years lose more than "
        + amount(total.percentile(90))
        + " and 1% more than "
        + amount(total.percentile(99))
        + (series.size() > 1 ? "; with the " + (series.size() - 1) + " largest scenarios." : ".");
  }

  /** 1, 10, 100, 1k … 100k, 1M … 100M, 1B …: the axis labels of powers of ten. */
  static String power(int decade) {
    String[] units = {"", "k", "M", "B", "T"};
    if (decade < 0) {
      return String.format(
          Locale.ROOT, "%s", java.math.BigDecimal.ONE.scaleByPowerOfTen(decade).toPlainString());
    }
    int unit = Math.min(decade / 3, units.length - 1);
    long value = Math.round(Math.pow(10, decade - 3 * unit));
    return value + units[unit];
  }

  private static String amount(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= LABEL_CHARS) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
  }
}
