package dev.bulwark.report.diagram;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One drawn diagram.
 *
 * @param id a stable anchor, unique among the diagrams of one call and safe as an HTML id; it is
 *     also the SVG root's id and the prefix of every id inside the SVG
 * @param title what the diagram shows, in plain words (raw text: escape it where it is printed)
 * @param kind whole model, zone overview, one zone, or data assets
 * @param layout how it was laid out: by ELK, or by the bounded grid for large diagrams
 * @param svg a standalone SVG 1.1 document without an XML declaration, so that it can also be
 *     placed inline in HTML; except an attack path on a model drawn whole, a view that shows the
 *     data-flow diagram of the same page by reference ({@link Diagrams#attackPaths})
 * @param notes what the drawing leaves out, if anything, in plain words (raw text)
 */
public record Diagram(
    String id,
    String title,
    Kind kind,
    Layout layout,
    double width,
    double height,
    String svg,
    List<String> notes) {

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  public Diagram {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("diagram id must match " + ID + ", was " + id);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(svg, "svg");
    notes = List.copyOf(notes);
  }

  /** What a diagram shows. */
  public enum Kind {
    /** Every zone, element and flow of a model small enough to draw at once. */
    DATA_FLOW,
    /** The trust zones of a large model, with the flows between them counted. */
    OVERVIEW,
    /**
     * One zone of a large model: its elements, nested zones, and stubs for the zones it talks to.
     */
    ZONE,
    /** Which elements store, process or carry which data assets. */
    DATA_ASSETS,
    /** Data assets against the zones that hold them, for models too large for a graph. */
    DATA_MATRIX,
    /** An attack path drawn over the data-flow diagram, or over the part of it the path crosses. */
    ATTACK_PATH
  }

  /** How a diagram was laid out. */
  public enum Layout {
    /** Eclipse ELK Layered: layers left to right, orthogonal links with labels. */
    ELK,
    /** Rows in model order and straight links, for diagrams beyond ELK's limits. */
    GRID,
    /** A table drawn directly (the data matrix). */
    TABLE
  }
}
