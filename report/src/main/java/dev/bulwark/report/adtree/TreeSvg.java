package dev.bulwark.report.adtree;

import dev.bulwark.analysis.adtree.AdNode;
import dev.bulwark.analysis.adtree.AdTree;
import dev.bulwark.analysis.adtree.Refinement;
import dev.bulwark.analysis.adtree.Role;
import dev.bulwark.report.Escape;
import dev.bulwark.report.adtree.Layout.Box;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An attack-defence tree as standalone SVG 1.1: presentation attributes only (no CSS, no script),
 * so that browsers and Batik draw the same. Attacks are red ellipses, defences green rectangles, a
 * leaf that is infeasible or not in place grey with a dashed outline; a countermeasure edge is
 * dashed in the colour of the countermeasure; an AND has an arc across its child edges. Every id
 * starts with the given prefix so that several drawings can share a page; model ids never become
 * SVG ids. Text is escaped with {@link Escape#xml}.
 */
public final class TreeSvg {
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,40}");
  private static final String FONT = "Helvetica, Arial, sans-serif";
  private static final double ARC = 18;
  private static final double LEGEND = 44;

  private TreeSvg() {}

  /** The drawing with ids starting {@code adt-}. */
  public static String svg(AdTree tree) {
    return svg(tree, "adt");
  }

  /** The drawing with ids starting {@code prefix-}. */
  public static String svg(AdTree tree, String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "an id prefix is a letter then letters, digits, _ or - (up to 41), not '" + prefix + "'");
    }
    Layout.Placed placed = Layout.of(tree);
    Map<String, AdNode> byId = tree.index();
    double width = Math.ceil(Math.max(placed.width(), 520));
    double height = Math.ceil(placed.height() + LEGEND);
    StringBuilder out = new StringBuilder(4096 + 600 * tree.nodes().size());
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" id=\"")
        .append(prefix)
        .append("\" width=\"")
        .append(fmt(width))
        .append("\" height=\"")
        .append(fmt(height))
        .append("\" viewBox=\"0 0 ")
        .append(fmt(width))
        .append(' ')
        .append(fmt(height))
        .append("\" font-family=\"")
        .append(FONT)
        .append("\" font-size=\"12\">\n");
    out.append("<title>")
        .append(Escape.xml("Attack-defence tree: " + tree.rootNode().label()))
        .append("</title>\n");
    out.append("<rect width=\"")
        .append(fmt(width))
        .append("\" height=\"")
        .append(fmt(height))
        .append("\" fill=\"#ffffff\"/>\n");
    edges(out, prefix, byId, placed.boxes());
    nodes(out, prefix, tree, placed.boxes());
    legend(out, prefix, placed.height());
    return out.append("</svg>\n").toString();
  }

  private static void edges(
      StringBuilder out, String prefix, Map<String, AdNode> byId, Map<String, Box> boxes) {
    out.append("<g id=\"")
        .append(prefix)
        .append("-edges\" fill=\"none\" stroke=\"")
        .append(Labels.EDGE)
        .append("\" stroke-width=\"1.4\">\n");
    for (AdNode node : byId.values()) {
      Box from = boxes.get(node.id());
      for (String child : node.children()) {
        line(out, from, boxes.get(child), "");
      }
      if (node.refinement().orElse(Refinement.OR) == Refinement.AND && node.children().size() > 1) {
        arc(out, from, node.children().stream().map(boxes::get).toList());
      }
      node.counter()
          .ifPresent(c ->
              line(
                  out,
                  from,
                  boxes.get(c),
                  " stroke=\""
                      + Labels.stroke(byId.get(c).role())
                      + "\" stroke-dasharray=\"6,4\" stroke-width=\"1.6\""));
    }
    out.append("</g>\n");
  }

  private static void line(StringBuilder out, Box from, Box to, String paint) {
    out.append("<line x1=\"")
        .append(fmt(from.x()))
        .append("\" y1=\"")
        .append(fmt(from.bottom()))
        .append("\" x2=\"")
        .append(fmt(to.x()))
        .append("\" y2=\"")
        .append(fmt(to.top()))
        .append('"')
        .append(paint)
        .append("/>\n");
  }

  /**
   * The AND mark: an arc of radius {@link #ARC} round the parent's bottom, from its leftmost child
   * edge to its rightmost, bulging downwards (sweep flag 0 turns anticlockwise on screen).
   */
  private static void arc(StringBuilder out, Box parent, List<Box> children) {
    double px = parent.x();
    double py = parent.bottom();
    double[] left = null;
    double[] right = null;
    for (Box c : children) {
      double dx = c.x() - px;
      double dy = c.top() - py;
      double length = Math.hypot(dx, dy);
      double[] unit = {dx / length, dy / length};
      if (left == null || unit[0] < left[0]) {
        left = unit;
      }
      if (right == null || unit[0] > right[0]) {
        right = unit;
      }
    }
    out.append("<path d=\"M ")
        .append(fmt(px + ARC * left[0]))
        .append(' ')
        .append(fmt(py + ARC * left[1]))
        .append(" A ")
        .append(fmt(ARC))
        .append(' ')
        .append(fmt(ARC))
        .append(" 0 0 0 ")
        .append(fmt(px + ARC * right[0]))
        .append(' ')
        .append(fmt(py + ARC * right[1]))
        .append("\" stroke-width=\"1.8\"/>\n");
  }

  private static void nodes(StringBuilder out, String prefix, AdTree tree, Map<String, Box> boxes) {
    out.append("<g id=\"").append(prefix).append("-nodes\">\n");
    int n = 0;
    for (AdNode node : tree.nodes()) {
      Box b = boxes.get(node.id());
      out.append("<g id=\"").append(prefix).append("-n").append(++n).append("\">");
      out.append("<title>").append(Escape.xml(Labels.tooltip(node))).append("</title>\n");
      String paint =
          " fill=\""
              + Labels.fill(node)
              + "\" stroke=\""
              + Labels.stroke(node.role())
              + "\" stroke-width=\"1.6\""
              + (node.attributes().active() ? "" : " stroke-dasharray=\"4,3\"");
      if (node.role() == Role.ATTACK) {
        out.append("<ellipse cx=\"")
            .append(fmt(b.x()))
            .append("\" cy=\"")
            .append(fmt(b.y()))
            .append("\" rx=\"")
            .append(fmt(b.width() / 2))
            .append("\" ry=\"")
            .append(fmt(b.height() / 2))
            .append('"')
            .append(paint)
            .append("/>\n");
      } else {
        out.append("<rect x=\"")
            .append(fmt(b.x() - b.width() / 2))
            .append("\" y=\"")
            .append(fmt(b.top()))
            .append("\" width=\"")
            .append(fmt(b.width()))
            .append("\" height=\"")
            .append(fmt(b.height()))
            .append("\" rx=\"3\"")
            .append(paint)
            .append("/>\n");
      }
      var detail = Labels.detail(node);
      double labelY = detail.isPresent() ? b.y() - 3 : b.y() + 4;
      text(out, b.x(), labelY, Layout.LABEL_SIZE, Labels.TEXT, Labels.clip(node.label()));
      detail.ifPresent(d -> text(out, b.x(), b.y() + 13, Layout.DETAIL_SIZE, "#52606d", d));
      out.append("</g>\n");
    }
    out.append("</g>\n");
  }

  private static void text(
      StringBuilder out, double x, double y, double size, String colour, String text) {
    out.append("<text x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\" font-size=\"")
        .append(fmt(size))
        .append("\" fill=\"")
        .append(colour)
        .append("\" text-anchor=\"middle\">")
        .append(Escape.xml(text))
        .append("</text>\n");
  }

  private static void legend(StringBuilder out, String prefix, double top) {
    double y = top + 14;
    List<String> items = new ArrayList<>();
    items.add(
        "<ellipse cx=\"36\" cy=\""
            + fmt(y)
            + "\" rx=\"16\" ry=\"9\" fill=\""
            + Labels.ATTACK_FILL
            + "\" stroke=\""
            + Labels.ATTACK_STROKE
            + "\" stroke-width=\"1.6\"/>"
            + label(58, y, "attack"));
    items.add(
        "<rect x=\"120\" y=\""
            + fmt(y - 9)
            + "\" width=\"32\" height=\"18\" rx=\"3\" fill=\""
            + Labels.DEFENCE_FILL
            + "\" stroke=\""
            + Labels.DEFENCE_STROKE
            + "\" stroke-width=\"1.6\"/>"
            + label(160, y, "defence"));
    items.add(
        "<path d=\"M 236 "
            + fmt(y - 8)
            + " L 228 "
            + fmt(y + 9)
            + " M 236 "
            + fmt(y - 8)
            + " L 244 "
            + fmt(y + 9)
            + " M 231.5 "
            + fmt(y + 1)
            + " A 10 10 0 0 0 240.5 "
            + fmt(y + 1)
            + "\" fill=\"none\" stroke=\""
            + Labels.EDGE
            + "\" stroke-width=\"1.4\"/>"
            + label(252, y, "AND"));
    items.add(
        "<line x1=\"300\" y1=\""
            + fmt(y)
            + "\" x2=\"332\" y2=\""
            + fmt(y)
            + "\" stroke=\""
            + Labels.DEFENCE_STROKE
            + "\" stroke-width=\"1.6\" stroke-dasharray=\"6,4\"/>"
            + label(340, y, "countermeasure"));
    out.append("<g id=\"")
        .append(prefix)
        .append("-legend\" font-size=\"11\" fill=\"")
        .append(Labels.TEXT)
        .append("\">\n");
    for (String item : items) {
      out.append(item).append('\n');
    }
    out.append("</g>\n");
  }

  private static String label(double x, double y, String text) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y + 4) + "\">" + text + "</text>";
  }

  /** A number with at most one decimal, no exponent, no locale: the same bytes everywhere. */
  static String fmt(double value) {
    return new BigDecimal(value)
        .setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
