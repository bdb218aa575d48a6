package dev.bulwark.report.diagram;

import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.Vertex;
import dev.bulwark.report.diagram.Placed.Point;
import dev.bulwark.report.diagram.Placed.Rect;
import dev.bulwark.report.diagram.Placed.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout for diagrams too big for ELK in the time a report has: each zone's vertices and nested
 * zones are packed in rows (model order, innermost zones first), and links are straight lines
 * between the borders of their ends, without drawn labels (their text is in the hover title). Time
 * and output grow linearly with the graph, whatever its shape.
 */
final class GridLayout {
  private GridLayout() {}

  private static final double GAP = 24;
  private static final double MARGIN = 16;

  /** A packed item: the size it needs, and how to place it (and what it holds) at a point. */
  private record Item(double width, double height, List<Placed1> parts) {}

  /** One rectangle of a packed item, relative to the item's top left. */
  private record Placed1(String key, boolean box, Rect rect) {}

  static Placed layout(Graph graph) {
    Map<String, List<Box>> childBoxes = new HashMap<>();
    Map<String, List<Vertex>> childVertices = new HashMap<>();
    List<Box> topBoxes = new ArrayList<>();
    List<Vertex> topVertices = new ArrayList<>();
    for (Box b : graph.boxes()) {
      b.parent()
          .ifPresentOrElse(
              p -> childBoxes.computeIfAbsent(p, k -> new ArrayList<>()).add(b),
              () -> topBoxes.add(b));
    }
    for (Vertex v : graph.vertices()) {
      v.box()
          .ifPresentOrElse(
              p -> childVertices.computeIfAbsent(p, k -> new ArrayList<>()).add(v),
              () -> topVertices.add(v));
    }
    Item all = pack(topVertices, topBoxes, childBoxes, childVertices);
    Map<String, Rect> boxes = new LinkedHashMap<>();
    Map<String, Rect> vertices = new LinkedHashMap<>();
    for (Placed1 part : all.parts()) {
      Rect r = part.rect();
      Rect moved = new Rect(r.x() + MARGIN, r.y() + MARGIN, r.width(), r.height());
      (part.box() ? boxes : vertices).put(part.key(), moved);
    }
    Map<String, Route> routes = new LinkedHashMap<>();
    for (Link link : graph.links()) {
      routes.put(link.key(), straight(vertices.get(link.from()), vertices.get(link.to())));
    }
    return new Placed(
        all.width() + 2 * MARGIN,
        all.height() + 2 * MARGIN,
        boxes,
        vertices,
        routes,
        Diagram.Layout.GRID);
  }

  private static Item pack(
      List<Vertex> vertices,
      List<Box> boxes,
      Map<String, List<Box>> childBoxes,
      Map<String, List<Vertex>> childVertices) {
    List<Item> items = new ArrayList<>();
    for (Vertex v : vertices) {
      double w = Sizes.width(v);
      double h = Sizes.height(v);
      items.add(new Item(w, h, List.of(new Placed1(v.key(), false, new Rect(0, 0, w, h)))));
    }
    for (Box b : boxes) {
      items.add(box(b, childBoxes, childVertices));
    }
    return rows(items);
  }

  private static Item box(
      Box box, Map<String, List<Box>> childBoxes, Map<String, List<Vertex>> childVertices) {
    Item inner =
        pack(
            childVertices.getOrDefault(box.key(), List.of()),
            childBoxes.getOrDefault(box.key(), List.of()),
            childBoxes,
            childVertices);
    double top = Sizes.BOX_HEADER + 4;
    double width = Math.max(Sizes.boxMinWidth(box), inner.width() + 2 * Sizes.BOX_PAD);
    double height = top + inner.height() + Sizes.BOX_PAD;
    List<Placed1> parts = new ArrayList<>();
    parts.add(new Placed1(box.key(), true, new Rect(0, 0, width, height)));
    for (Placed1 p : inner.parts()) {
      Rect r = p.rect();
      parts.add(
          new Placed1(
              p.key(),
              p.box(),
              new Rect(r.x() + Sizes.BOX_PAD, r.y() + top, r.width(), r.height())));
    }
    return new Item(width, height, parts);
  }

  /** Shelf packing: left to right, a new row when the next item would pass the target width. */
  private static Item rows(List<Item> items) {
    if (items.isEmpty()) {
      return new Item(0, 0, List.of());
    }
    double area = 0;
    double widest = 0;
    for (Item item : items) {
      area += (item.width() + GAP) * (item.height() + GAP);
      widest = Math.max(widest, item.width());
    }
    double target = Math.max(widest, Math.ceil(Math.sqrt(area) * 1.6));
    List<Placed1> parts = new ArrayList<>();
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    double width = 0;
    for (Item item : items) {
      if (x > 0 && x + item.width() > target) {
        x = 0;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      for (Placed1 p : item.parts()) {
        Rect r = p.rect();
        parts.add(
            new Placed1(p.key(), p.box(), new Rect(r.x() + x, r.y() + y, r.width(), r.height())));
      }
      width = Math.max(width, x + item.width());
      rowHeight = Math.max(rowHeight, item.height());
      x += item.width() + GAP;
    }
    return new Item(width, y + rowHeight, parts);
  }

  /** A straight line between the borders of two rectangles; a loop for a link to itself. */
  private static Route straight(Rect from, Rect to) {
    if (from.equals(to)) {
      double r = from.right();
      double cy = from.centerY();
      return new Route(
          List.of(
              new Point(r, cy - 6),
              new Point(r + 12, cy - 6),
              new Point(r + 12, cy + 6),
              new Point(r, cy + 6)),
          Optional.empty());
    }
    Point a = new Point(from.centerX(), from.centerY());
    Point b = new Point(to.centerX(), to.centerY());
    return new Route(List.of(border(from, a, b), border(to, b, a)), Optional.empty());
  }

  /** Where the line from the centre {@code c} of {@code r} towards {@code p} leaves {@code r}. */
  private static Point border(Rect r, Point c, Point p) {
    double dx = p.x() - c.x();
    double dy = p.y() - c.y();
    if (dx == 0 && dy == 0) {
      return c;
    }
    double tx = dx == 0 ? Double.MAX_VALUE : (r.width() / 2) / Math.abs(dx);
    double ty = dy == 0 ? Double.MAX_VALUE : (r.height() / 2) / Math.abs(dy);
    double t = Math.min(tx, ty);
    return new Point(c.x() + dx * t, c.y() + dy * t);
  }
}
