package dev.bulwark.report.chart;

import dev.bulwark.report.Digest;
import dev.bulwark.report.Digest.Bar;
import java.util.ArrayList;
import java.util.List;

/**
 * The Pareto chart of open risk by rule: one bar per rule with its summed risk weight, largest
 * first, the line of the cumulative share on a 0–100 % scale, and a dashed line at 80 %, where the
 * few rules worth fixing first end. Bars are {@code <prefix>-bar-<n>} from 1, with the rule's title
 * and counts in their tooltips.
 */
public final class ParetoChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 300;
  private static final int LEFT = 52;
  private static final int RIGHT = WIDTH - 48;
  private static final int TOP = 16;
  private static final int BOTTOM = HEIGHT - 92;
  private static final int LABEL_CHARS = 22;
  private static final String BAR = "#475569";
  private static final String LINE = "#1f2937";
  private static final String REFERENCE = "#b91c1c";

  private ParetoChart() {}

  /** The chart as an SVG element; {@code idPrefix} starts every id in it. */
  public static String render(Digest digest, String idPrefix) {
    List<Bar> bars = digest.pareto();
    Svg svg = new Svg(idPrefix, "pareto", WIDTH, HEIGHT, "Open risk by rule", summary(bars));
    int max = bars.stream().mapToInt(Bar::weight).max().orElse(0);
    int step = step(max);
    int top = Math.max(step, (max + step - 1) / step * step);
    axes(svg, step, top);
    if (bars.isEmpty()) {
      svg.text(
          (LEFT + RIGHT) / 2.0,
          (TOP + BOTTOM) / 2.0,
          "middle",
          SeverityColours.ink(),
          "No open threats: no risk to rank",
          "class=\"empty\" font-size=\"14\"");
      return svg.close();
    }
    double slot = (double) (RIGHT - LEFT) / bars.size();
    double width = Math.min(44, slot * 0.7);
    double height = BOTTOM - TOP;
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double centre = LEFT + slot * (i + 0.5);
      double barHeight = height * bar.weight() / top;
      svg.group("bar-" + (i + 1), "bar", tooltip(bar))
          .rect(centre - width / 2, BOTTOM - barHeight, width, barHeight, BAR, "")
          .text(
              centre,
              BOTTOM - barHeight - 4,
              "middle",
              SeverityColours.ink(),
              Integer.toString(bar.weight()),
              "class=\"weight\" font-size=\"10\"")
          .end();
      svg.text(
          0,
          0,
          "end",
          SeverityColours.ink(),
          shorten(bar.rule()),
          "class=\"rule\" font-size=\"10\" transform=\"translate("
              + Svg.num(centre + 3)
              + " "
              + (BOTTOM + 10)
              + ") rotate(-45)\"");
      if (!points.isEmpty()) {
        points.append(' ');
      }
      points
          .append(Svg.num(centre))
          .append(',')
          .append(Svg.num(BOTTOM - height * bar.cumulativeShare()));
    }
    svg.raw(
        "<polyline class=\"cumulative\" points=\""
            + points
            + "\" fill=\"none\" stroke=\""
            + LINE
            + "\" stroke-width=\"2\"/>\n");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      svg.group("share-" + (i + 1), "share", Svg.percent(bar.cumulativeShare()) + " cumulative")
          .raw(
              "<circle cx=\""
                  + Svg.num(LEFT + slot * (i + 0.5))
                  + "\" cy=\""
                  + Svg.num(BOTTOM - height * bar.cumulativeShare())
                  + "\" r=\"3\" fill=\""
                  + LINE
                  + "\"/>\n")
          .end();
    }
    return svg.close();
  }

  /** Both scales, the grid, and the 80 % reference line. */
  private static void axes(Svg svg, int step, int top) {
    double height = BOTTOM - TOP;
    for (int value = 0; value <= top; value += step) {
      double y = BOTTOM - height * value / top;
      svg.line(LEFT, y, RIGHT, y, Svg.GRID, "")
          .text(LEFT - 6, y + 4, "end", Svg.MUTED, Integer.toString(value), "");
    }
    for (int percent = 0; percent <= 100; percent += 20) {
      boolean reference = percent == 80;
      svg.text(
          RIGHT + 6,
          BOTTOM - height * percent / 100 + 4,
          "start",
          reference ? REFERENCE : Svg.MUTED,
          percent + "%",
          reference ? "font-weight=\"bold\"" : "");
    }
    double reference = BOTTOM - height * 0.8;
    svg.line(
            LEFT,
            reference,
            RIGHT,
            reference,
            REFERENCE,
            "class=\"reference\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"")
        .line(LEFT, TOP, LEFT, BOTTOM, Svg.MUTED, "")
        .line(RIGHT, TOP, RIGHT, BOTTOM, Svg.MUTED, "")
        .line(LEFT, BOTTOM, RIGHT, BOTTOM, Svg.MUTED, "")
        .text(
            0,
            0,
            "middle",
            Svg.MUTED,
            "Risk weight",
            "transform=\"translate(14 " + Svg.num((TOP + BOTTOM) / 2.0) + ") rotate(-90)\"")
        .text(
            0,
            0,
            "middle",
            Svg.MUTED,
            "Cumulative share",
            "transform=\"translate("
                + (WIDTH - 8)
                + " "
                + Svg.num((TOP + BOTTOM) / 2.0)
                + ") rotate(90)\"");
  }

  /** A round step for about four grid lines: 1, 2, 5 times a power of ten. */
  static int step(int max) {
    int step = 1;
    while (true) {
      for (int factor : new int[] {1, 2, 5}) {
        if ((long) step * factor * 4 >= max) {
          return step * factor;
        }
      }
      step *= 10;
    }
  }

  private static String tooltip(Bar bar) {
    return bar.rule()
        + " — "
        + bar.title()
        + ": "
        + Svg.plural(bar.threats(), "open threat")
        + ", risk weight "
        + bar.weight()
        + ", "
        + Svg.percent(bar.cumulativeShare())
        + " cumulative";
  }

  private static String shorten(String rule) {
    if (rule.codePointCount(0, rule.length()) <= LABEL_CHARS) {
      return rule;
    }
    return rule.substring(0, rule.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
  }

  /**
   * The rules that carry 80 % of the risk, for screen readers; the bar of the other rules is no
   * rule, so the list stops before it even when it is the bar that reaches 80 %.
   */
  private static String summary(List<Bar> bars) {
    if (bars.isEmpty()) {
      return "Pareto chart of open risk by rule: no open threats.";
    }
    List<String> leaders = new ArrayList<>();
    double share = 0;
    for (int i = 0; i < bars.size() && share < 0.8; i++) {
      Bar bar = bars.get(i);
      if (i == Digest.PARETO_BARS && bar.rule().equals("others")) {
        break;
      }
      leaders.add(bar.rule() + " (weight " + bar.weight() + ")");
      share = bar.cumulativeShare();
    }
    return "Pareto chart of open risk by rule, "
        + Svg.plural(bars.size(), "bar")
        + "; "
        + (leaders.size() == 1
            ? "the first rule carries "
            : "the first " + leaders.size() + " rules carry ")
        + Svg.percent(share)
        + " of the risk: "
        + String.join(", ", leaders)
        + ".";
  }
}
