package dev.bulwark.report.diagram;

import static dev.bulwark.report.diagram.SvgOut.fmt;

import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.LinkStyle;
import dev.bulwark.report.diagram.Graph.Paint;
import dev.bulwark.report.diagram.Graph.Shape;
import dev.bulwark.report.diagram.Graph.Vertex;
import dev.bulwark.report.diagram.Placed.Rect;
import dev.bulwark.report.diagram.Placed.Route;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a laid-out graph as SVG 1.1: zone boxes, then links, then vertices, then link labels (on
 * top, so that they stay readable), then notes and the legend. Ids are the diagram id plus a
 * running number; every group carries its hover text as a {@code <title>}; class names only tag
 * groups (bw-zone, bw-node, bw-link) for tests and for the page around the diagram.
 */
final class SvgDiagram {
  private SvgDiagram() {}

  static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

  /** The SVG and its size. */
  record Drawing(String svg, double width, double height) {}

  static Drawing write(String id, Graph graph, Placed placed) {
    return write(id, graph, placed, Highlight.NONE);
  }

  /** The diagram with an attack path drawn over a faded copy of the rest, when one is given. */
  static Drawing write(String id, Graph graph, Placed placed, Highlight highlight) {
    SvgLegend legend = SvgLegend.of(graph, Math.max(placed.width(), 480));
    double notesHeight = graph.notes().size() * 16.0;
    double width = Math.max(placed.width(), legend.width());
    double notesWidth = 0;
    for (String note : graph.notes()) {
      notesWidth = Math.max(notesWidth, TextWidth.of(note, 11) + 32);
    }
    width = Math.ceil(Math.max(width, notesWidth));
    double height = Math.ceil(placed.height() + notesHeight + legend.height());
    SvgOut out =
        new SvgOut(
            4096 + 700 * (graph.vertices().size() + graph.links().size() + graph.boxes().size()));
    root(out, id, new Rect(0, 0, width, height), false);
    out.title(graph.title()).raw("\n");
    out.open("rect").attr("width", width).attr("height", height).attr("fill", "#ffffff").end();
    body(out, id, graph, placed);
    if (!highlight.isEmpty()) {
      overlay(out, id, graph, placed, highlight, new Rect(0, 0, placed.width(), placed.height()));
    }
    double y = placed.height();
    for (String note : graph.notes()) {
      y += 16;
      out.open("text")
          .attr("x", 16)
          .attr("y", y - 4)
          .attr("font-size", 11)
          .attr("fill", Palette.MUTED)
          .close()
          .text(note)
          .closeTag("text");
    }
    legend.write(out, id, placed.height() + notesHeight);
    out.closeTag("svg");
    return new Drawing(out.toString(), width, height);
  }

  /**
   * A view of a diagram written elsewhere on the same page ({@code baseId}, from {@code graph} and
   * {@code placed}), cropped to {@code region}, with an attack path over it. The diagram is not
   * copied but shown by reference to its {@code <baseId>-graph} group, so the view costs only the
   * path's own markup.
   */
  static Drawing view(
      String id,
      String title,
      String baseId,
      Graph graph,
      Placed placed,
      Highlight highlight,
      Rect region) {
    SvgOut out = new SvgOut(4096 + 700 * highlight.vertices().size());
    root(out, id, region, true);
    out.title(title).raw("\n");
    out.open("rect")
        .attr("x", region.x())
        .attr("y", region.y())
        .attr("width", region.width())
        .attr("height", region.height())
        .attr("fill", "#ffffff")
        .end();
    out.open("use").attr("xlink:href", "#" + graphId(baseId)).end();
    overlay(out, id, graph, placed, highlight, region);
    out.closeTag("svg");
    return new Drawing(out.toString(), region.width(), region.height());
  }

  /** The id of the group that holds a diagram's zones, links and nodes, without legend or notes. */
  static String graphId(String diagramId) {
    return diagramId + "-graph";
  }

  /** The root element, showing {@code box} of the drawing at its natural size. */
  private static void root(SvgOut out, String id, Rect box, boolean xlink) {
    out.open("svg").attr("xmlns", "http://www.w3.org/2000/svg");
    if (xlink) {
      out.attr("xmlns:xlink", "http://www.w3.org/1999/xlink");
    }
    out.attr("version", "1.1")
        .attr("id", id)
        .attr("class", "bw-diagram")
        .attr("width", box.width())
        .attr("height", box.height())
        .attr(
            "viewBox",
            fmt(box.x()) + " " + fmt(box.y()) + " " + fmt(box.width()) + " " + fmt(box.height()))
        .attr("font-family", FONT)
        .attr("font-size", 12)
        .close()
        .raw("\n");
  }

  /**
   * Zones, then links, then vertices, then link labels (on top, so that they stay readable), in one
   * group with the arrow markers they use, so that a view elsewhere on the page can show it.
   */
  private static void body(SvgOut out, String id, Graph graph, Placed placed) {
    out.open("g").attr("id", graphId(id)).close().raw("\n");
    markers(out, id);
    Map<String, Integer> depth = new HashMap<>();
    int n = 0;
    for (Box box : graph.boxes()) {
      int d = box.parent().map(p -> depth.getOrDefault(p, 0) + 1).orElse(0);
      depth.put(box.key(), d);
      zone(out, id + "-z" + ++n, box, placed.boxes().get(box.key()), d);
    }
    // Links of one style share a group that holds their stroke, so each link is one polyline.
    for (LinkStyle style : LinkStyle.values()) {
      boolean open = false;
      for (Link link : graph.links()) {
        if (link.style() != style) {
          continue;
        }
        if (!open) {
          out.open("g").attr("class", "bw-links").attr("fill", "none");
          stroke(out, style);
          out.attr("marker-end", "url(#" + id + (crossing(style) ? "-arrow-x" : "-arrow") + ")")
              .close()
              .raw("\n");
          open = true;
        }
        line(out, placed.links().get(link.key()), link);
      }
      if (open) {
        out.closeTag("g");
      }
    }
    out.open("g")
        .attr("class", "bw-nodes")
        .attr("text-anchor", "middle")
        .attr("fill", Palette.TEXT)
        .close()
        .raw("\n");
    n = 0;
    for (Vertex v : graph.vertices()) {
      node(out, id + "-n" + ++n, v, placed.vertices().get(v.key()));
    }
    out.closeTag("g");
    boolean labels = false;
    for (Link link : graph.links()) {
      Route route = placed.links().get(link.key());
      if (route.label().isPresent()) {
        if (!labels) {
          out.open("g")
              .attr("class", "bw-link-labels")
              .attr("font-size", Sizes.LINK_FONT)
              .attr("text-anchor", "middle")
              .close()
              .raw("\n");
          labels = true;
        }
        linkLabel(out, link, route.label().get());
      }
    }
    if (labels) {
      out.closeTag("g");
    }
    out.closeTag("g");
  }

  /**
   * Fades {@code veil} of the drawing with a translucent white, then draws the path's links and
   * vertices again on top in the path colour, each vertex with its step number.
   */
  private static void overlay(
      SvgOut out, String id, Graph graph, Placed placed, Highlight highlight, Rect veil) {
    out.raw("<defs>\n");
    marker(out, id + "-arrow-path", Palette.PATH);
    out.raw("</defs>\n");
    out.open("rect")
        .attr("class", "bw-veil")
        .attr("x", veil.x())
        .attr("y", veil.y())
        .attr("width", veil.width())
        .attr("height", veil.height())
        .attr("fill", "#ffffff")
        .attr("fill-opacity", 0.65)
        .end();
    out.open("g")
        .attr("class", "bw-path-links")
        .attr("fill", "none")
        .attr("stroke", Palette.PATH)
        .attr("stroke-width", 3.2)
        .attr("marker-end", "url(#" + id + "-arrow-path)")
        .close()
        .raw("\n");
    for (Link link : graph.links()) {
      if (highlight.links().contains(link.key())) {
        line(out, placed.links().get(link.key()), link);
      }
    }
    out.closeTag("g");
    Map<String, Vertex> vertices = new HashMap<>();
    graph.vertices().forEach(v -> vertices.put(v.key(), v));
    out.open("g")
        .attr("class", "bw-path-nodes")
        .attr("text-anchor", "middle")
        .attr("fill", Palette.TEXT)
        .close()
        .raw("\n");
    int step = 0;
    for (String key : highlight.vertices()) {
      Vertex v = vertices.get(key);
      Rect r = placed.vertices().get(key);
      step++;
      if (v == null || r == null) {
        continue; // a vertex the drawing left out
      }
      node(out, id + "-p" + step, "bw-path-node", v, r);
      out.open("rect")
          .attr("x", r.x() - 3)
          .attr("y", r.y() - 3)
          .attr("width", r.width() + 6)
          .attr("height", r.height() + 6)
          .attr("rx", 4)
          .attr("fill", "none")
          .attr("stroke", Palette.PATH)
          .attr("stroke-width", 2.5)
          .end();
      out.open("circle")
          .attr("cx", r.x())
          .attr("cy", r.y())
          .attr("r", 9)
          .attr("fill", Palette.PATH)
          .end();
      out.open("text")
          .attr("x", r.x())
          .attr("y", r.y() + 4)
          .attr("fill", "#ffffff")
          .attr("font-size", 11)
          .attr("font-weight", "bold")
          .close()
          .text(Integer.toString(step))
          .closeTag("text");
    }
    out.closeTag("g");
  }

  private static void markers(SvgOut out, String id) {
    out.raw("<defs>\n");
    marker(out, id + "-arrow", Palette.FLOW);
    marker(out, id + "-arrow-x", Palette.CROSSING);
    out.raw("</defs>\n");
  }

  private static void marker(SvgOut out, String markerId, String colour) {
    out.open("marker")
        .attr("id", markerId)
        .attr("viewBox", "0 0 10 10")
        .attr("refX", 10)
        .attr("refY", 5)
        .attr("markerWidth", 9)
        .attr("markerHeight", 9)
        .attr("markerUnits", "userSpaceOnUse")
        .attr("orient", "auto")
        .close();
    out.open("path").attr("d", "M0,0 L10,5 L0,10 z").attr("fill", colour).end();
    out.closeTag("marker");
  }

  private static void zone(SvgOut out, String elementId, Box box, Rect r, int depth) {
    out.open("g").attr("id", elementId).attr("class", "bw-zone").close().title(box.tooltip());
    out.open("rect")
        .attr("x", r.x())
        .attr("y", r.y())
        .attr("width", r.width())
        .attr("height", r.height())
        .attr("rx", 6)
        .attr("fill", Palette.zoneFill(depth))
        .attr("stroke", Palette.ZONE_STROKE)
        .attr("stroke-width", 1.2)
        .attr("stroke-dasharray", "7 4")
        .end();
    out.open("text")
        .attr("x", r.x() + 8)
        .attr("y", r.y() + 16)
        .attr("font-size", Sizes.BOX_FONT)
        .attr("font-weight", "bold")
        .attr("fill", Palette.MUTED)
        .close()
        .text(TextWidth.clip(box.label()))
        .closeTag("text");
    out.closeTag("g");
  }

  private static void line(SvgOut out, Route route, Link link) {
    out.open("polyline").points("points", route.points()).close();
    out.title(link.tooltip()).closeTag("polyline");
  }

  static boolean crossing(LinkStyle style) {
    return style == LinkStyle.CROSSING;
  }

  /** Stroke attributes of a link style: colour, width, dashes. */
  static void stroke(SvgOut out, LinkStyle style) {
    switch (style) {
      case FLOW -> out.attr("stroke", Palette.FLOW).attr("stroke-width", 1.3);
      case CROSSING ->
          out.attr("stroke", Palette.CROSSING)
              .attr("stroke-width", 1.6)
              .attr("stroke-dasharray", "6 3");
      case STORES -> out.attr("stroke", "#1c3d6e").attr("stroke-width", 2.2);
      case PROCESSES -> out.attr("stroke", Palette.FLOW).attr("stroke-width", 1.3);
      case CARRIES ->
          out.attr("stroke", Palette.FLOW)
              .attr("stroke-width", 1.1)
              .attr("stroke-dasharray", "2 3");
    }
  }

  private static void linkLabel(SvgOut out, Link link, Rect r) {
    out.open("g").close().title(link.tooltip());
    out.open("rect")
        .attr("x", r.x())
        .attr("y", r.y())
        .attr("width", r.width())
        .attr("height", r.height())
        .attr("fill", "#ffffff")
        .attr("fill-opacity", 0.9)
        .end();
    out.open("text")
        .attr("x", r.centerX())
        .attr("y", r.y() + r.height() - 3.5)
        .attr("fill", crossing(link.style()) ? Palette.CROSSING : Palette.TEXT)
        .close()
        .text(TextWidth.clip(link.label()))
        .closeTag("text");
    out.closeTag("g");
  }

  private static void node(SvgOut out, String elementId, Vertex v, Rect r) {
    node(out, elementId, "bw-node", v, r);
  }

  private static void node(SvgOut out, String elementId, String cssClass, Vertex v, Rect r) {
    out.open("g").attr("id", elementId).attr("class", cssClass).close().title(v.tooltip());
    outline(out, v.shape(), v.outsider(), r, v.paint());
    double textLeft = r.x() + (v.shape() == Shape.ACTOR ? Sizes.GLYPH : 0);
    double cx = (textLeft + r.right()) / 2;
    double cy = r.centerY() + (v.shape() == Shape.STORE ? Sizes.CAP / 2 : 0);
    double labelY = v.detail().isPresent() ? cy - 2 : cy + 4;
    out.open("text")
        .attr("x", cx)
        .attr("y", labelY)
        .attr("font-weight", "bold")
        .close()
        .text(TextWidth.clip(v.label()))
        .closeTag("text");
    if (v.detail().isPresent()) {
      out.open("text")
          .attr("x", cx)
          .attr("y", cy + 12)
          .attr("font-size", Sizes.DETAIL_FONT)
          .attr("fill", Palette.MUTED)
          .close()
          .text(TextWidth.clip(v.detail().get()))
          .closeTag("text");
    }
    out.closeTag("g");
  }

  /**
   * A shape's outline; the first element is always a {@code <rect>} spanning the whole shape (a
   * cylinder is a rectangle with elliptical corners), so that readers of the SVG find its bounds.
   */
  static void outline(SvgOut out, Shape shape, boolean outsider, Rect r, Paint paint) {
    shapeRect(out, shape, r, paint, paint.fill());
    if (outsider || shape == Shape.EXTERNAL) {
      Rect inner = new Rect(r.x() + 3.5, r.y() + 3.5, r.width() - 7, r.height() - 7);
      shapeRect(out, shape, inner, new Paint("none", paint.stroke(), 1), "none");
    }
    switch (shape) {
      case ACTOR -> {
        double gx = r.x() + 11;
        double gy = r.centerY();
        out.open("circle")
            .attr("cx", gx)
            .attr("cy", gy - 5)
            .attr("r", 3.5)
            .attr("fill", "none")
            .attr("stroke", paint.stroke())
            .attr("stroke-width", 1.3)
            .end();
        out.open("path")
            .attr("d", "M" + fmt(gx - 6) + "," + fmt(gy + 7) + " a6,6 0 0 1 12,0")
            .attr("fill", "none")
            .attr("stroke", paint.stroke())
            .attr("stroke-width", 1.3)
            .end();
      }
      case STORE ->
          out.open("path")
              .attr(
                  "d",
                  "M"
                      + fmt(r.x())
                      + ","
                      + fmt(r.y() + Sizes.CAP)
                      + " A"
                      + fmt(r.width() / 2)
                      + ","
                      + fmt(Sizes.CAP)
                      + " 0 0 0 "
                      + fmt(r.right())
                      + ","
                      + fmt(r.y() + Sizes.CAP))
              .attr("fill", "none")
              .attr("stroke", paint.stroke())
              .attr("stroke-width", paint.strokeWidth())
              .end();
      case DATA -> {
        double f = 10;
        out.open("path")
            .attr(
                "d",
                "M"
                    + fmt(r.right() - f)
                    + ","
                    + fmt(r.y())
                    + " L"
                    + fmt(r.right())
                    + ","
                    + fmt(r.y() + f)
                    + " L"
                    + fmt(r.right())
                    + ","
                    + fmt(r.y())
                    + " z")
            .attr("fill", "#ffffff")
            .end();
        out.open("path")
            .attr(
                "d",
                "M"
                    + fmt(r.right() - f)
                    + ","
                    + fmt(r.y())
                    + " L"
                    + fmt(r.right() - f)
                    + ","
                    + fmt(r.y() + f)
                    + " L"
                    + fmt(r.right())
                    + ","
                    + fmt(r.y() + f))
            .attr("fill", "none")
            .attr("stroke", paint.stroke())
            .attr("stroke-width", 1)
            .end();
      }
      default -> {}
    }
  }

  private static void shapeRect(SvgOut out, Shape shape, Rect r, Paint paint, String fill) {
    out.open("rect")
        .attr("x", r.x())
        .attr("y", r.y())
        .attr("width", r.width())
        .attr("height", r.height());
    switch (shape) {
      case PROCESS -> out.attr("rx", Math.min(r.height() / 2, 18));
      case STORE -> out.attr("rx", r.width() / 2).attr("ry", Sizes.CAP);
      case ZONE, STUB -> out.attr("rx", 5);
      default -> {}
    }
    out.attr("fill", shape == Shape.STUB && !"none".equals(fill) ? Palette.STUB_FILL : fill)
        .attr("stroke", shape == Shape.STUB ? Palette.ZONE_STROKE : paint.stroke())
        .attr("stroke-width", paint.strokeWidth());
    if (shape == Shape.ZONE || shape == Shape.STUB) {
      out.attr("stroke-dasharray", "6 3");
    }
    out.end();
  }
}
