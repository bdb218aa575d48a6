package dev.bulwark.report.chart;

import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import dev.bulwark.report.Digest;
import dev.bulwark.risk.Impact;
import dev.bulwark.risk.Likelihood;
import dev.bulwark.risk.RiskMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The likelihood × impact heat map: one cell per pair, very likely at the top and critical impact
 * on the right, holding the number of open threats there and tinted by the severity the
 * assessment's risk matrix gives the pair. Cell ids are {@code <prefix>-cell-<likelihood>-<impact>}
 * in model spelling ({@code very-likely}), so that pages and tests can find them.
 */
public final class HeatMapChart {
  private static final int CELL_WIDTH = 80;
  private static final int CELL_HEIGHT = 48;
  private static final int GRID_X = 104;
  private static final int GRID_Y = 8;
  private static final int ROWS = Likelihood.values().length;
  private static final int COLUMNS = Impact.values().length;
  private static final int WIDTH = GRID_X + COLUMNS * CELL_WIDTH + 8;
  private static final int HEIGHT = GRID_Y + ROWS * CELL_HEIGHT + 46;

  private HeatMapChart() {}

  /** The chart as an SVG element; {@code idPrefix} starts every id in it. */
  public static String render(Digest digest, String idPrefix) {
    RiskMatrix matrix = digest.input().assessment().matrix();
    Svg svg =
        new Svg(
            idPrefix,
            "heatmap",
            WIDTH,
            HEIGHT,
            "Open threats by likelihood and impact",
            summary(digest));
    int total = 0;
    for (int row = 0; row < ROWS; row++) {
      Likelihood likelihood = Likelihood.values()[ROWS - 1 - row];
      int y = GRID_Y + row * CELL_HEIGHT;
      svg.text(GRID_X - 8, y + CELL_HEIGHT / 2.0 + 4, "end", Svg.MUTED, Svg.label(likelihood), "");
      for (int column = 0; column < COLUMNS; column++) {
        Impact impact = Impact.values()[column];
        int count = digest.heat(likelihood, impact);
        total += count;
        cell(svg, GRID_X + column * CELL_WIDTH, y, likelihood, impact, count, matrix);
      }
    }
    int below = GRID_Y + ROWS * CELL_HEIGHT;
    for (int column = 0; column < COLUMNS; column++) {
      svg.text(
          GRID_X + column * CELL_WIDTH + CELL_WIDTH / 2.0,
          below + 16,
          "middle",
          Svg.MUTED,
          Svg.label(Impact.values()[column]),
          "");
    }
    svg.text(GRID_X + COLUMNS * CELL_WIDTH / 2.0, below + 36, "middle", Svg.MUTED, "Impact", "");
    svg.text(
        0,
        0,
        "middle",
        Svg.MUTED,
        "Likelihood",
        "transform=\"translate(14 "
            + Svg.num(GRID_Y + ROWS * CELL_HEIGHT / 2.0)
            + ") rotate(-90)\"");
    if (total == 0) {
      double cx = GRID_X + COLUMNS * CELL_WIDTH / 2.0;
      double cy = GRID_Y + ROWS * CELL_HEIGHT / 2.0;
      svg.raw("<g class=\"empty\">\n")
          .rect(cx - 90, cy - 16, 180, 32, "#ffffff", "stroke=\"" + Svg.GRID + "\" rx=\"4\"")
          .text(cx, cy + 5, "middle", SeverityColours.ink(), "No open threats", "font-size=\"14\"")
          .raw("</g>\n");
    }
    return svg.close();
  }

  private static void cell(
      Svg svg, int x, int y, Likelihood likelihood, Impact impact, int count, RiskMatrix matrix) {
    Severity severity = matrix.severity(likelihood, impact);
    String fill = count == 0 ? SeverityColours.tint(severity) : SeverityColours.fill(severity);
    String ink = count == 0 ? SeverityColours.ink() : SeverityColours.text(severity);
    svg.group(
            "cell-" + Wire.name(likelihood) + "-" + Wire.name(impact),
            "cell",
            Svg.label(likelihood)
                + " × "
                + Svg.words(impact)
                + " impact: "
                + Svg.plural(count, "open threat")
                + " ("
                + Svg.words(severity)
                + ")")
        .rect(x, y, CELL_WIDTH, CELL_HEIGHT, fill, "stroke=\"#ffffff\" stroke-width=\"2\"")
        .text(x + 5, y + 12, "start", ink, Svg.words(severity), "font-size=\"9\"");
    if (count > 0) {
      svg.text(
          x + CELL_WIDTH / 2.0,
          y + 33,
          "middle",
          ink,
          Integer.toString(count),
          "class=\"count\" font-size=\"18\" font-weight=\"bold\"");
    }
    svg.end();
  }

  /** The non-empty cells in reading order, for screen readers. */
  private static String summary(Digest digest) {
    List<String> cells = new ArrayList<>();
    int total = 0;
    for (int row = ROWS - 1; row >= 0; row--) {
      Likelihood likelihood = Likelihood.values()[row];
      for (Impact impact : Impact.values()) {
        int count = digest.heat(likelihood, impact);
        total += count;
        if (count > 0) {
          cells.add(Svg.words(likelihood) + " × " + Svg.words(impact) + " impact: " + count);
        }
      }
    }
    if (total == 0) {
      return "Heat map of open threats by likelihood and impact: no open threats.";
    }
    return "Heat map of "
        + Svg.plural(total, "open threat")
        + " by likelihood and impact; "
        + String.join("; ", cells)
        + ".";
  }
}
