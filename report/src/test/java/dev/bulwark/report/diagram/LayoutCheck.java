package dev.bulwark.report.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.Vertex;
import dev.bulwark.report.diagram.Placed.Point;
import dev.bulwark.report.diagram.Placed.Rect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks a layout against the graph it was made for: containment, nesting, no overlaps. */
final class LayoutCheck {
  private LayoutCheck() {}

  static void assertSound(Graph graph, Placed placed) {
    Rect canvas = new Rect(0, 0, placed.width(), placed.height());
    Map<String, Optional<String>> parentOf = new HashMap<>();
    graph.boxes().forEach(b -> parentOf.put(b.key(), b.parent()));
    assertThat(placed.vertices().keySet())
        .containsExactlyInAnyOrderElementsOf(graph.vertices().stream().map(Vertex::key).toList());
    assertThat(placed.boxes().keySet())
        .containsExactlyInAnyOrderElementsOf(graph.boxes().stream().map(Box::key).toList());
    for (Box b : graph.boxes()) {
      Rect r = placed.boxes().get(b.key());
      assertThat(canvas.contains(r)).as("box %s on the canvas", b.key()).isTrue();
      assertThat(r.width())
          .as("box %s fits its label", b.key())
          .isGreaterThanOrEqualTo(Sizes.boxMinWidth(b) - 0.01);
      b.parent()
          .ifPresent(p ->
              assertThat(placed.boxes().get(p).contains(r))
                  .as("box %s inside its parent %s", b.key(), p)
                  .isTrue());
    }
    for (Vertex v : graph.vertices()) {
      Rect r = placed.vertices().get(v.key());
      assertThat(canvas.contains(r)).as("vertex %s on the canvas", v.key()).isTrue();
      assertThat(r.width()).isEqualTo(Sizes.width(v));
      assertThat(r.height()).isEqualTo(Sizes.height(v));
      Set<String> ancestors = ancestors(v.box(), parentOf);
      for (Box b : graph.boxes()) {
        Rect box = placed.boxes().get(b.key());
        if (ancestors.contains(b.key())) {
          assertThat(box.contains(r)).as("vertex %s inside box %s", v.key(), b.key()).isTrue();
        } else {
          assertThat(box.overlaps(r)).as("vertex %s clear of box %s", v.key(), b.key()).isFalse();
        }
      }
    }
    SvgCheck.assertNoOverlap(new ArrayList<>(placed.vertices().values()), "vertex");
    List<Box> boxes = graph.boxes();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        Box a = boxes.get(i);
        Box b = boxes.get(j);
        boolean related =
            ancestors(Optional.of(a.key()), parentOf).contains(b.key())
                || ancestors(Optional.of(b.key()), parentOf).contains(a.key());
        if (!related) {
          assertThat(placed.boxes().get(a.key()).overlaps(placed.boxes().get(b.key())))
              .as("boxes %s and %s apart", a.key(), b.key())
              .isFalse();
        }
      }
    }
    for (Link link : graph.links()) {
      List<Point> points = placed.links().get(link.key()).points();
      assertThat(points).as("link %s has a route", link.key()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(near(placed.vertices().get(link.from()), points.getFirst()))
          .as("link %s starts on its source %s: %s", link.key(), link.from(), points)
          .isTrue();
      assertThat(near(placed.vertices().get(link.to()), points.getLast()))
          .as("link %s ends on its target %s: %s", link.key(), link.to(), points)
          .isTrue();
    }
  }

  /** Whether the point lies on or near the rectangle (routes start at the border). */
  private static boolean near(Rect r, Point p) {
    double e = 3;
    return p.x() >= r.x() - e
        && p.x() <= r.right() + e
        && p.y() >= r.y() - e
        && p.y() <= r.bottom() + e;
  }

  private static Set<String> ancestors(
      Optional<String> box, Map<String, Optional<String>> parentOf) {
    Set<String> ancestors = new HashSet<>();
    Optional<String> b = box;
    while (b.isPresent() && ancestors.add(b.get())) {
      b = parentOf.getOrDefault(b.get(), Optional.empty());
    }
    return ancestors;
  }
}
