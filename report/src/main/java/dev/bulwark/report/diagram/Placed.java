package dev.bulwark.report.diagram;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A laid-out graph: where every box, vertex and link goes, in absolute coordinates with the origin
 * at the top left of the drawing.
 */
record Placed(
    double width,
    double height,
    Map<String, Rect> boxes,
    Map<String, Rect> vertices,
    Map<String, Route> links,
    Diagram.Layout engine) {

  Placed {
    boxes = Map.copyOf(boxes);
    vertices = Map.copyOf(vertices);
    links = Map.copyOf(links);
  }

  /** An axis-parallel rectangle. */
  record Rect(double x, double y, double width, double height) {
    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }

    double centerX() {
      return x + width / 2;
    }

    double centerY() {
      return y + height / 2;
    }

    boolean contains(Rect other) {
      double e = 0.01;
      return other.x >= x - e
          && other.y >= y - e
          && other.right() <= right() + e
          && other.bottom() <= bottom() + e;
    }

    boolean overlaps(Rect other) {
      double e = 0.01;
      return other.x < right() - e
          && x < other.right() - e
          && other.y < bottom() - e
          && y < other.bottom() - e;
    }
  }

  /** A point. */
  record Point(double x, double y) {}

  /** A link's polyline, first point on the source, and where its label goes, if it is drawn. */
  record Route(List<Point> points, Optional<Rect> label) {
    Route {
      points = List.copyOf(points);
    }
  }
}
