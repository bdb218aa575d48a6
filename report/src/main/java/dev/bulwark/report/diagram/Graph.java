package dev.bulwark.report.diagram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one diagram draws, before layout: nested boxes (trust zones), vertices inside them, and
 * links between vertices. Every text here is raw model text; writers escape it for their format.
 * Boxes come parents first; all lists are in a stable order that fixes the output.
 */
record Graph(
    String title,
    Legend legend,
    List<Box> boxes,
    List<Vertex> vertices,
    List<Link> links,
    List<String> notes) {

  Graph {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(legend, "legend");
    boxes = List.copyOf(boxes);
    vertices = List.copyOf(vertices);
    links = List.copyOf(links);
    notes = List.copyOf(notes);
  }

  /** Vertices and boxes together: what a layout has to place. */
  int size() {
    return boxes.size() + vertices.size();
  }

  /** A trust zone drawn as a box around its elements and nested zones. */
  record Box(String key, Optional<String> parent, String label, String tooltip) {}

  /**
   * A drawn element.
   *
   * @param box the key of the box it sits in, if any
   * @param outsider whether it belongs to another party (drawn with a double border)
   * @param detail a second, smaller line: technology, counts
   */
  record Vertex(
      String key,
      Optional<String> box,
      Shape shape,
      boolean outsider,
      String label,
      Optional<String> detail,
      Paint paint,
      String tooltip) {}

  /** A directed link drawn as an arrow from {@code from} to {@code to}, vertex keys. */
  record Link(String key, String from, String to, String label, LinkStyle style, String tooltip) {}

  /** Fill and outline of a vertex. */
  record Paint(String fill, String stroke, double strokeWidth) {}

  /** How a vertex is drawn; each has its own outline so that kinds tell apart without colour. */
  enum Shape {
    /** A person or outside system using the system: rectangle with a person glyph. */
    ACTOR,
    /** A process or service: a pill (rounded rectangle). */
    PROCESS,
    /** A data store: a cylinder. */
    STORE,
    /** A service run by another party: a rectangle with a double border. */
    EXTERNAL,
    /** A trust zone shown as one vertex (overview, nested zones of a zone diagram). */
    ZONE,
    /** Another zone, where flows of a zone diagram go: a small dashed box. */
    STUB,
    /** A data asset: a document with a folded corner. */
    DATA
  }

  /** How a link is drawn. */
  enum LinkStyle {
    /** A flow within one trust zone. */
    FLOW,
    /** A flow that leaves or enters a trust zone: dashed red. */
    CROSSING,
    /** An element keeps a data asset. */
    STORES,
    /** An element handles a data asset in memory. */
    PROCESSES,
    /** A flow to or from an element carries a data asset. */
    CARRIES
  }

  /** Which legend the diagram gets. */
  enum Legend {
    DATA_FLOW,
    OVERVIEW,
    DATA_ASSETS
  }
}
