package dev.bulwark.interop.threatdragon;

import dev.bulwark.interop.threatdragon.TdGeometry.Point;
import dev.bulwark.interop.threatdragon.TdGeometry.Rect;
import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import java.util.List;
import java.util.Optional;

/**
 * One cell of a Threat Dragon diagram, version 1 or 2, in one shape.
 *
 * @param index the cell's place among all cells of the file, which identifies it
 * @param diagram the diagram's title, for messages and zone names
 * @param peerId the cell's id (a UUID), or empty when it has none
 * @param name the label shown in the diagram; may be empty
 * @param node the cell itself, for positions
 * @param data where the properties are: version 2's {@code data}, version 1's cell itself
 * @param rect the shape's box, for nodes and boundary boxes
 * @param source where a flow or curve starts
 * @param target where a flow or curve ends
 * @param vertices the bends of a flow or curve
 */
record TdCell(
    int index,
    String diagram,
    Kind kind,
    String type,
    String peerId,
    String name,
    Node.Mapping node,
    Node.Mapping data,
    Optional<Rect> rect,
    Optional<End> source,
    Optional<End> target,
    List<Point> vertices) {

  TdCell {
    vertices = List.copyOf(vertices);
  }

  // Cells are map keys; comparing their whole trees would be slow, and the index identifies them.
  @Override
  public boolean equals(Object other) {
    return other instanceof TdCell cell && cell.index == index;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(index);
  }

  /** What a cell is in Threat Dragon's terms. */
  enum Kind {
    ACTOR,
    PROCESS,
    STORE,
    FLOW,
    BOX,
    CURVE,
    TEXT,
    UNKNOWN;

    boolean element() {
      return this == ACTOR || this == PROCESS || this == STORE;
    }
  }

  /** A flow or curve end: attached to a cell, or a loose point. */
  record End(Optional<String> cell, Optional<Point> point, Position at) {}

  Position position() {
    return node.position();
  }

  /** How messages name the cell: {@code process 'Web Application'}. */
  String owner() {
    String what =
        switch (kind) {
          case ACTOR -> "actor";
          case PROCESS -> "process";
          case STORE -> "store";
          case FLOW -> "data flow";
          case BOX -> "trust boundary box";
          case CURVE -> "trust boundary";
          case TEXT -> "text";
          case UNKNOWN -> "cell";
        };
    String label = name.replace('\n', ' ').strip();
    return what + (label.isEmpty() ? (peerId.isEmpty() ? "" : " " + peerId) : " '" + label + "'");
  }
}
