package dev.bulwark.report.diagram;

import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Vertex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph's boxes and vertices by the box they sit in, in the graph's order: what the text formats
 * need to write nested clusters or subgraphs.
 */
record Nesting(
    List<Box> topBoxes,
    List<Vertex> topVertices,
    Map<String, List<Box>> boxesIn,
    Map<String, List<Vertex>> verticesIn) {

  static Nesting of(Graph graph) {
    Map<String, List<Box>> boxesIn = new LinkedHashMap<>();
    Map<String, List<Vertex>> verticesIn = new LinkedHashMap<>();
    List<Box> topBoxes = new ArrayList<>();
    List<Vertex> topVertices = new ArrayList<>();
    for (Box b : graph.boxes()) {
      b.parent()
          .ifPresentOrElse(
              p -> boxesIn.computeIfAbsent(p, k -> new ArrayList<>()).add(b),
              () -> topBoxes.add(b));
    }
    for (Vertex v : graph.vertices()) {
      v.box()
          .ifPresentOrElse(
              p -> verticesIn.computeIfAbsent(p, k -> new ArrayList<>()).add(v),
              () -> topVertices.add(v));
    }
    return new Nesting(topBoxes, topVertices, boxesIn, verticesIn);
  }

  List<Box> boxesIn(Box box) {
    return boxesIn.getOrDefault(box.key(), List.of());
  }

  List<Vertex> verticesIn(Box box) {
    return verticesIn.getOrDefault(box.key(), List.of());
  }
}
