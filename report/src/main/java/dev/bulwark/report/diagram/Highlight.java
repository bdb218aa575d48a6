package dev.bulwark.report.diagram;

import java.util.List;
import java.util.Set;

/**
 * What a diagram draws on top of a faded copy of itself: the vertices of an attack path, numbered
 * in the order the attacker takes them, and the links walked.
 *
 * @param vertices vertex keys in path order
 * @param links link keys
 */
record Highlight(List<String> vertices, Set<String> links) {
  static final Highlight NONE = new Highlight(List.of(), Set.of());

  Highlight {
    vertices = List.copyOf(vertices);
    links = Set.copyOf(links);
  }

  boolean isEmpty() {
    return vertices.isEmpty() && links.isEmpty();
  }
}
