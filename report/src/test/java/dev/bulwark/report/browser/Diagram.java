package dev.bulwark.report.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * A diagram as the browser laid it out: the SVG's own box and its nodes' boxes relative to it, in
 * CSS pixels.
 */
public record Diagram(String id, Box viewport, List<Node> nodes) {
  /** How far a box may stick out, or two boxes meet, before it counts: rounding, not layout. */
  static final double TOLERANCE = 0.5;

  public Diagram {
    nodes = List.copyOf(nodes);
  }

  /** A rectangle; x and y from the top left. */
  public record Box(double x, double y, double width, double height) {
    public boolean inside(Box outer) {
      return x >= outer.x - TOLERANCE
          && y >= outer.y - TOLERANCE
          && x + width <= outer.x + outer.width + TOLERANCE
          && y + height <= outer.y + outer.height + TOLERANCE;
    }

    /** Whether the two share more than an edge. */
    public boolean overlaps(Box other) {
      double across = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
      double down = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
      return across > TOLERANCE && down > TOLERANCE;
    }
  }

  /** A node: its {@code data-node} attribute or id, and its box. */
  public record Node(String id, Box box) {}

  /** Nodes not wholly inside the SVG's box. */
  public List<Node> outside() {
    return nodes.stream().filter(n -> !n.box().inside(viewport)).toList();
  }

  /** Pairs of nodes that overlap, each pair once, in document order. */
  public List<List<Node>> overlapping() {
    List<List<Node>> pairs = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        if (nodes.get(i).box().overlaps(nodes.get(j).box())) {
          pairs.add(List.of(nodes.get(i), nodes.get(j)));
        }
      }
    }
    return pairs;
  }
}
