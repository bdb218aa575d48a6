package dev.bulwark.report.diagram;

import static dev.bulwark.report.diagram.SvgOut.fmt;

import dev.bulwark.model.Classification;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import dev.bulwark.report.diagram.Graph.Legend;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.LinkStyle;
import dev.bulwark.report.diagram.Graph.Paint;
import dev.bulwark.report.diagram.Graph.Shape;
import dev.bulwark.report.diagram.Graph.Vertex;
import dev.bulwark.report.diagram.Placed.Rect;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The legend under a diagram: the shapes and link styles it uses, then the colour scale (highest
 * open severity, or data classification). Items flow left to right and wrap at the diagram's width.
 */
final class SvgLegend {
  private static final double ROW = 30;
  private static final double SAMPLE_W = 46;
  private static final double SAMPLE_H = 22;
  private static final double FONT = 11;

  private sealed interface Item permits ShapeItem, LineItem, Heading {
    String text();

    default double width() {
      return (this instanceof Heading ? 0 : SAMPLE_W + 6) + TextWidth.of(text(), FONT) + 18;
    }
  }

  private record ShapeItem(Shape shape, boolean outsider, Paint paint, String text)
      implements Item {}

  private record LineItem(LinkStyle style, String text) implements Item {}

  private record Heading(String text) implements Item {}

  private record Placement(Item item, double x, double y) {}

  private final List<Placement> placements;
  private final double width;
  private final double height;

  private SvgLegend(List<Placement> placements, double width, double height) {
    this.placements = placements;
    this.width = width;
    this.height = height;
  }

  double width() {
    return width;
  }

  double height() {
    return height;
  }

  static SvgLegend of(Graph graph, double maxWidth) {
    List<Item> items = new ArrayList<>();
    Set<Shape> shapes = EnumSet.noneOf(Shape.class);
    boolean outsiders = false;
    for (Vertex v : graph.vertices()) {
      shapes.add(v.shape());
      outsiders |= v.outsider() && v.shape() != Shape.EXTERNAL;
    }
    Set<LinkStyle> styles = EnumSet.noneOf(LinkStyle.class);
    graph.links().stream().map(Link::style).forEach(styles::add);
    for (Shape s : shapes) {
      items.add(new ShapeItem(s, false, Palette.NONE, shapeName(s, graph.legend())));
    }
    if (outsiders) {
      items.add(new ShapeItem(Shape.PROCESS, true, Palette.NONE, "double border: another party"));
    }
    for (LinkStyle s : styles) {
      items.add(new LineItem(s, styleName(s, graph.legend())));
    }
    List<Item> scale = new ArrayList<>();
    if (graph.legend() == Legend.DATA_ASSETS) {
      scale.add(new Heading("Data classification:"));
      for (Classification c : Classification.values()) {
        scale.add(new ShapeItem(Shape.DATA, false, Palette.classification(c), Wire.name(c)));
      }
    } else {
      scale.add(
          new Heading(
              graph.legend() == Legend.OVERVIEW
                  ? "Highest open severity inside:"
                  : "Highest open severity:"));
      scale.add(new ShapeItem(Shape.PROCESS, false, Palette.NONE, "none"));
      for (Severity s : Severity.values()) {
        scale.add(new ShapeItem(Shape.PROCESS, false, Palette.severity(s), Wire.name(s)));
      }
    }
    List<Placement> placements = new ArrayList<>();
    double[] size = {0, 0};
    double y = flow(items, 0, maxWidth, placements, size);
    y = flow(scale, y + ROW, maxWidth, placements, size);
    return new SvgLegend(List.copyOf(placements), Math.ceil(size[0]), y + ROW + 8);
  }

  /** Places items in rows from {@code y}; returns the y of the last row. */
  private static double flow(
      List<Item> items, double y, double maxWidth, List<Placement> out, double[] size) {
    double x = 16;
    for (Item item : items) {
      if (x > 16 && x + item.width() > maxWidth) {
        x = 16;
        y += ROW;
      }
      out.add(new Placement(item, x, y));
      x += item.width();
      size[0] = Math.max(size[0], x);
    }
    return y;
  }

  void write(SvgOut out, String id, double top) {
    out.open("g").attr("id", id + "-legend").attr("class", "bw-legend").close();
    out.open("line")
        .attr("x1", 8)
        .attr("y1", top + 4)
        .attr("x2", width - 8)
        .attr("y2", top + 4)
        .attr("stroke", "#cbd2d9")
        .attr("stroke-width", 1)
        .end();
    for (Placement p : placements) {
      double y = top + 12 + p.y();
      double textX = p.x() + SAMPLE_W + 6;
      switch (p.item()) {
        case ShapeItem s -> {
          SvgDiagram.outline(
              out, s.shape(), s.outsider(), new Rect(p.x(), y, SAMPLE_W, SAMPLE_H), s.paint());
        }
        case LineItem l -> {
          out.open("polyline")
              .attr(
                  "points",
                  fmt(p.x())
                      + ","
                      + fmt(y + SAMPLE_H / 2)
                      + " "
                      + fmt(p.x() + SAMPLE_W)
                      + ","
                      + fmt(y + SAMPLE_H / 2))
              .attr("fill", "none");
          SvgDiagram.stroke(out, l.style());
          out.attr(
                  "marker-end",
                  "url(#" + id + (SvgDiagram.crossing(l.style()) ? "-arrow-x" : "-arrow") + ")")
              .end();
        }
        case Heading h -> textX = p.x();
      }
      out.open("text")
          .attr("x", textX)
          .attr("y", y + 15)
          .attr("font-size", FONT)
          .attr("fill", Palette.TEXT)
          .close()
          .text(p.item().text())
          .closeTag("text");
    }
    out.closeTag("g");
  }

  private static String shapeName(Shape shape, Legend legend) {
    return switch (shape) {
      case ACTOR -> "actor";
      case PROCESS -> "process or service";
      case STORE -> "data store";
      case EXTERNAL -> "another party's service";
      case ZONE -> legend == Legend.OVERVIEW ? "trust zone (its own elements)" : "nested zone";
      case STUB -> "other zone";
      case DATA -> "data asset";
    };
  }

  private static String styleName(LinkStyle style, Legend legend) {
    return switch (style) {
      case FLOW -> "flow (id · protocol)";
      case CROSSING ->
          legend == Legend.OVERVIEW ? "flows between zones (count)" : "crosses a trust boundary";
      case STORES -> "stores";
      case PROCESSES -> "processes";
      case CARRIES -> "carried by its flows";
    };
  }
}
