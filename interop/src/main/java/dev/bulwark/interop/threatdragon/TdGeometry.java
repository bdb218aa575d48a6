package dev.bulwark.interop.threatdragon;

import java.util.List;

/**
 * The plane geometry the Threat Dragon reader needs: which box holds a shape, and whether a flow
 * crosses a boundary curve. Curves and flows are taken as the polylines through their end points
 * and vertices; Threat Dragon draws them smoothed, which moves them little.
 */
final class TdGeometry {
  private TdGeometry() {}

  record Point(double x, double y) {}

  record Rect(double x, double y, double width, double height) {
    Point center() {
      return new Point(x + width / 2, y + height / 2);
    }

    boolean contains(Point point) {
      return point.x() >= x && point.x() <= x + width && point.y() >= y && point.y() <= y + height;
    }

    double area() {
      return width * height;
    }

    /** How far a point lies outside the rectangle; 0 inside. */
    double distance(Point point) {
      double dx = Math.max(Math.max(x - point.x(), 0), point.x() - (x + width));
      double dy = Math.max(Math.max(y - point.y(), 0), point.y() - (y + height));
      return Math.hypot(dx, dy);
    }
  }

  /**
   * Whether the polyline {@code path} crosses {@code curve} an odd number of times, so that its
   * ends lie on different sides. Touching counts as no crossing.
   */
  static boolean crosses(List<Point> path, List<Point> curve) {
    int crossings = 0;
    for (int i = 1; i < path.size(); i++) {
      for (int j = 1; j < curve.size(); j++) {
        if (intersect(path.get(i - 1), path.get(i), curve.get(j - 1), curve.get(j))) {
          crossings++;
        }
      }
    }
    return crossings % 2 == 1;
  }

  /** Whether segments ab and cd cross at a point inside both. */
  static boolean intersect(Point a, Point b, Point c, Point d) {
    double d1 = orientation(c, d, a);
    double d2 = orientation(c, d, b);
    double d3 = orientation(a, b, c);
    double d4 = orientation(a, b, d);
    return d1 * d2 < 0 && d3 * d4 < 0;
  }

  private static double orientation(Point p, Point q, Point r) {
    return (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
  }
}
