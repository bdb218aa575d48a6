package dev.bulwark.report.diagram;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.paths.AttackPath;
import dev.bulwark.model.Severity;
import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.Vertex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attack paths drawn on the data-flow diagram. A model small enough to be drawn whole is laid out
 * once and each path drawn over a faded copy of it, so that the reader sees the path in the system
 * they know; a larger model gets, per path, only the zones, elements and flows the path crosses.
 */
final class PathDiagrams {
  private PathDiagrams() {}

  static List<Diagram> draw(
      SystemView view,
      Map<String, Severity> severity,
      List<AttackPath> paths,
      DiagramOptions options) {
    if (paths.isEmpty()) {
      return List.of();
    }
    Graph whole = FlowGraphs.whole(view, severity);
    boolean drawnWhole = view.nodes().size() <= options.splitAbove();
    Optional<Placed> shared = drawnWhole ? Optional.of(layout(whole, options)) : Optional.empty();
    List<Diagram> diagrams = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      AttackPath path = paths.get(i);
      Highlight highlight = highlight(path);
      Graph graph = drawnWhole ? whole : onPath(whole, highlight);
      graph =
          new Graph(
              title(path),
              graph.legend(),
              graph.boxes(),
              graph.vertices(),
              graph.links(),
              List.of());
      Placed placed = shared.isPresent() ? shared.get() : layout(graph, options);
      String id = options.idPrefix() + "-path-" + (i + 1);
      SvgDiagram.Drawing drawing = SvgDiagram.write(id, graph, placed, highlight);
      diagrams.add(
          new Diagram(
              id,
              graph.title(),
              Diagram.Kind.ATTACK_PATH,
              placed.engine(),
              drawing.width(),
              drawing.height(),
              drawing.svg(),
              List.of()));
    }
    return List.copyOf(diagrams);
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

  /** The part of a graph a path crosses: its vertices, the zones around them, its links. */
  static Graph onPath(Graph whole, Highlight highlight) {
    Set<String> keys = new HashSet<>(highlight.vertices());
    List<Vertex> vertices = whole.vertices().stream().filter(v -> keys.contains(v.key())).toList();
    Map<String, Box> boxes = new HashMap<>();
    whole.boxes().forEach(b -> boxes.put(b.key(), b));
    Set<String> kept = new LinkedHashSet<>();
    for (Vertex v : vertices) {
      Optional<String> box = v.box();
      while (box.isPresent() && kept.add(box.get())) {
        box = Optional.ofNullable(boxes.get(box.get())).flatMap(Box::parent);
      }
    }
    List<Box> keptBoxes = whole.boxes().stream().filter(b -> kept.contains(b.key())).toList();
    List<Link> links =
        whole.links().stream().filter(l -> highlight.links().contains(l.key())).toList();
    return new Graph(whole.title(), whole.legend(), keptBoxes, vertices, links, List.of());
  }

  private static Placed layout(Graph graph, DiagramOptions options) {
    boolean elk =
        graph.size() <= options.elkMaxVertices() && graph.links().size() <= options.elkMaxLinks();
    return elk ? ElkLayout.layout(graph) : GridLayout.layout(graph);
  }
}
