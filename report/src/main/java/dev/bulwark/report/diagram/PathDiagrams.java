package dev.bulwark.report.diagram;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.paths.AttackPath;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Zone;
import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.Vertex;
import dev.bulwark.report.diagram.Placed.Rect;
import dev.bulwark.report.diagram.Placed.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attack paths drawn on the data-flow diagram. For a model small enough to be drawn whole, each
 * path is a view of the page's data-flow diagram cropped to the region the path crosses, faded,
 * with the path on top: the reader sees the path in the system they know, and the page holds that
 * diagram once rather than once per path. A larger model gets, per path, only the zones, elements
 * and flows the path crosses, laid out on their own.
 */
final class PathDiagrams {
  private PathDiagrams() {}

  /** Room around the path's region, so that the numbered steps and some context show. */
  static final double MARGIN = 40;

  static List<Diagram> draw(
      SystemView view,
      Map<String, Severity> severity,
      List<AttackPath> paths,
      DiagramOptions options) {
    if (paths.isEmpty()) {
      return List.of();
    }
    boolean drawnWhole = view.nodes().size() <= options.splitAbove();
    // the same layout as the data-flow diagram the views refer to (Diagrams.dataFlow)
    Optional<Diagrams.Laid> shared =
        drawnWhole
            ? Optional.of(
                Diagrams.lay(
                    FlowGraphs.whole(view, severity), Diagrams.elkAllowed(view, options), options))
            : Optional.empty();
    List<Diagram> diagrams = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      AttackPath path = paths.get(i);
      Highlight highlight = highlight(path);
      String id = options.idPrefix() + "-path-" + (i + 1);
      diagrams.add(
          shared.isPresent()
              ? cropped(id, title(path), options.idPrefix(), shared.get(), highlight)
              : standalone(
                  id, title(path), onPath(view, severity, highlight), highlight, view, options));
    }
    return List.copyOf(diagrams);
  }

  private static Diagram cropped(
      String id, String title, String baseId, Diagrams.Laid base, Highlight highlight) {
    Rect region = region(base.placed(), highlight, MARGIN);
    SvgDiagram.Drawing drawing =
        SvgDiagram.view(id, title, baseId, base.graph(), base.placed(), highlight, region);
    return new Diagram(
        id,
        title,
        Diagram.Kind.ATTACK_PATH,
        base.placed().engine(),
        drawing.width(),
        drawing.height(),
        drawing.svg(),
        List.of(
            "The part of the data-flow diagram this path crosses, faded; its legend is with the"
                + " whole diagram."));
  }

  private static Diagram standalone(
      String id,
      String title,
      Graph onPath,
      Highlight highlight,
      SystemView view,
      DiagramOptions options) {
    Graph graph =
        new Graph(
            title, onPath.legend(), onPath.boxes(), onPath.vertices(), onPath.links(), List.of());
    // beyond ELK's model size the data-flow diagrams are grids; so are the paths, so that a large
    // report does not start ELK (about 0.7 s in a fresh JVM) for three small drawings
    Diagrams.Laid laid = Diagrams.lay(graph, Diagrams.elkAllowed(view, options), options);
    SvgDiagram.Drawing drawing = SvgDiagram.write(id, laid.graph(), laid.placed(), highlight);
    return new Diagram(
        id,
        title,
        Diagram.Kind.ATTACK_PATH,
        laid.placed().engine(),
        drawing.width(),
        drawing.height(),
        drawing.svg(),
        laid.graph().notes());
  }

  /**
   * The bounding box of the path's vertices, links and link labels, widened by {@code margin} and
   * kept within the drawing; the whole drawing when nothing of the path was placed.
   */
  static Rect region(Placed placed, Highlight highlight, double margin) {
    double left = Double.POSITIVE_INFINITY;
    double top = Double.POSITIVE_INFINITY;
    double right = Double.NEGATIVE_INFINITY;
    double bottom = Double.NEGATIVE_INFINITY;
    List<Rect> parts = new ArrayList<>();
    for (String key : highlight.vertices()) {
      Optional.ofNullable(placed.vertices().get(key)).ifPresent(parts::add);
    }
    for (String key : highlight.links()) {
      Route route = placed.links().get(key);
      if (route != null) {
        route.points().forEach(p -> parts.add(new Rect(p.x(), p.y(), 0, 0)));
        route.label().ifPresent(parts::add);
      }
    }
    for (Rect r : parts) {
      left = Math.min(left, r.x());
      top = Math.min(top, r.y());
      right = Math.max(right, r.right());
      bottom = Math.max(bottom, r.bottom());
    }
    if (parts.isEmpty()) {
      return new Rect(0, 0, Math.ceil(placed.width()), Math.ceil(placed.height()));
    }
    double x = Math.max(0, Math.floor(left - margin));
    double y = Math.max(0, Math.floor(top - margin));
    double r = Math.min(Math.ceil(placed.width()), Math.ceil(right + margin));
    double b = Math.min(Math.ceil(placed.height()), Math.ceil(bottom + margin));
    return new Rect(x, y, r - x, b - y);
  }

  static String title(AttackPath path) {
    return "Attack path "
        + path.rank()
        + " of profile "
        + path.profile()
        + " to "
        + path.target()
        + " (difficulty "
        + path.difficulty().value().toPlainString()
        + ")";
  }

  static Highlight highlight(AttackPath path) {
    List<String> vertices = path.nodes().stream().map(Elements::nodeKey).toList();
    Set<String> links = new HashSet<>();
    path.flows().forEach(f -> links.add("f:" + f));
    return new Highlight(vertices, links);
  }

  /**
   * The part of the data-flow graph a path crosses: its vertices, the zones around them, its links,
   * in the order {@link FlowGraphs#whole} has them, built without the rest of a large model.
   */
  static Graph onPath(SystemView view, Map<String, Severity> severity, Highlight highlight) {
    Set<String> keys = new HashSet<>(highlight.vertices());
    List<Vertex> vertices =
        view.nodes().stream()
            .filter(n -> keys.contains(Elements.nodeKey(n.id())))
            .map(n -> Elements.vertex(view, n, severity, false))
            .toList();
    Map<String, Zone> zones = new HashMap<>();
    view.zones().forEach(z -> zones.put(Elements.boxKey(z.id()), z));
    Set<String> kept = new HashSet<>();
    for (Vertex v : vertices) {
      Optional<Zone> zone = v.box().map(zones::get);
      while (zone.isPresent() && kept.add(Elements.boxKey(zone.get().id()))) {
        zone = zone.get().parent().flatMap(view::zone);
      }
    }
    List<Box> boxes = new ArrayList<>();
    for (Zone z : Elements.zonesInOrder(view)) {
      if (kept.contains(Elements.boxKey(z.id()))) {
        boxes.add(FlowGraphs.box(view, z));
      }
    }
    List<Link> links = new ArrayList<>();
    for (Interaction i : view.interactions()) {
      if (highlight.links().contains("f:" + i.id())) {
        links.add(FlowGraphs.link(i, severity));
      }
    }
    return new Graph("", Graph.Legend.DATA_FLOW, boxes, vertices, links, List.of());
  }
}
