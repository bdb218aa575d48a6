package dev.bulwark.interop.tmt;

/**
 * The little plane geometry the importer needs: which border boundary holds a stencil (its centre
 * lies inside), which holds another (all of it lies inside), and whether a flow crosses a line
 * boundary. The tool draws both flows and line boundaries as curves from a source point to a target
 * point bent by a handle; they are taken as quadratic Bézier curves that pass through the handle
 * half-way, and compared as polylines.
 */
final class Geometry {
  private static final int SEGMENTS = 32;

  private Geometry() {}

  /** An axis-aligned rectangle: left, top, width, height, as the tool stores stencils. */
  record Rect(double left, double top, double width, double height) {
    double centreX() {
      return left + width / 2;
    }

    double centreY() {
      return top + height / 2;
    }

    boolean holds(double x, double y) {
      return x >= left && x <= left + width && y >= top && y <= top + height;
    }

    /** Whether the centre of {@code other} lies inside this one. */
    boolean holdsCentreOf(Rect other) {
      return holds(other.centreX(), other.centreY());
    }

    /** Whether all of {@code other} lies inside this one. */
    boolean holdsAll(Rect other) {
      return holds(other.left, other.top)
          && holds(other.left + other.width, other.top + other.height);
    }

    double area() {
      return width * height;
    }
  }

  /** A curve from (sx, sy) to (tx, ty) through the handle (hx, hy). */
  record Curve(double sx, double sy, double tx, double ty, double hx, double hy) {
    /** The point at {@code t} in [0, 1]. */
    double[] at(double t) {
      // the control point that makes the curve pass through the handle at t = 1/2
      double cx = 2 * hx - (sx + tx) / 2;
      double cy = 2 * hy - (sy + ty) / 2;
      double u = 1 - t;
      return new double[] {
        u * u * sx + 2 * u * t * cx + t * t * tx, u * u * sy + 2 * u * t * cy + t * t * ty
      };
    }
  }

  /** Whether two curves cross. */
  static boolean cross(Curve a, Curve b) {
    double[][] pa = points(a);
    double[][] pb = points(b);
    for (int i = 0; i < SEGMENTS; i++) {
      for (int j = 0; j < SEGMENTS; j++) {
        if (segmentsCross(pa[i], pa[i + 1], pb[j], pb[j + 1])) {
          return true;
        }
      }
    }
    return false;
  }

  private static double[][] points(Curve curve) {
    double[][] points = new double[SEGMENTS + 1][];
    for (int i = 0; i <= SEGMENTS; i++) {
      points[i] = curve.at((double) i / SEGMENTS);
    }
    return points;
  }

  private static boolean segmentsCross(double[] p, double[] p2, double[] q, double[] q2) {
    double d1 = side(q, q2, p);
    double d2 = side(q, q2, p2);
    double d3 = side(p, p2, q);
    double d4 = side(p, p2, q2);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }

  private static double side(double[] a, double[] b, double[] c) {
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  }
}
