package dev.bulwark.interop.threatdragon;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.threatdragon.TdCell.End;
import dev.bulwark.interop.threatdragon.TdCell.Kind;
import dev.bulwark.interop.threatdragon.TdGeometry.Point;
import dev.bulwark.interop.threatdragon.TdGeometry.Rect;
import dev.bulwark.model.parse.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the cells of every diagram of a Threat Dragon model. Version 1 diagrams keep their cells
 * under {@code diagramJson} with the properties on the cell; version 2 diagrams keep them under
 * {@code cells} with the properties under {@code data}.
 */
final class TdCells {
  private static final Map<String, Kind> TYPES =
      Map.of(
          "tm.Actor", Kind.ACTOR,
          "tm.Process", Kind.PROCESS,
          "tm.Store", Kind.STORE,
          "tm.Flow", Kind.FLOW,
          "tm.Boundary", Kind.CURVE,
          "tm.BoundaryBox", Kind.BOX,
          "tm.Text", Kind.TEXT);

  private static final Map<String, Kind> SHAPES =
      Map.of(
          "actor", Kind.ACTOR,
          "process", Kind.PROCESS,
          "store", Kind.STORE,
          "flow", Kind.FLOW,
          "trust-boundary-curve", Kind.CURVE,
          // an early 2.x release wrote this misspelling
          "trust-broundary-curve", Kind.CURVE,
          "trust-boundary-box", Kind.BOX,
          "td-text-block", Kind.TEXT);

  private final PeerFile file;
  private int index;

  TdCells(PeerFile file) {
    this.file = file;
  }

  /** The cells of every diagram in the model's {@code detail}, in file order. */
  List<TdCell> read(Node.Mapping detail) {
    List<TdCell> cells = new ArrayList<>();
    List<Node.Mapping> diagrams = file.mappings(detail, "diagrams", "the model's detail");
    for (int d = 0; d < diagrams.size(); d++) {
      Node.Mapping diagram = diagrams.get(d);
      String title =
          file.text(diagram, "title", "diagram #" + (d + 1)).orElse("diagram " + (d + 1));
      String owner = "diagram '" + title + "'";
      Optional<Node.Mapping> v1 = file.mapping(diagram, "diagramJson", owner);
      List<Node.Mapping> items =
          v1.isPresent()
              ? file.mappings(v1.get(), "cells", owner)
              : file.mappings(diagram, "cells", owner);
      for (Node.Mapping item : items) {
        cells.add(v1.isPresent() ? version1(title, item) : version2(title, item));
      }
    }
    return cells;
  }

  private TdCell version2(String diagram, Node.Mapping cell) {
    Node.Mapping data = file.mapping(cell, "data", "a cell").orElse(cell);
    String type = file.text(data, "type", "a cell").orElse("");
    String shape = file.text(cell, "shape", "a cell").orElse("");
    Kind kind = TYPES.getOrDefault(type, SHAPES.getOrDefault(shape, Kind.UNKNOWN));
    String name =
        file.text(data, "name", "a cell")
            .or(() -> nested(cell, "attrs", "text", "text"))
            .or(() -> nested(cell, "attrs", "label", "text"))
            .or(() -> label(cell, "labelText"))
            .or(() -> label(cell, "text"))
            .orElse("");
    return cell(diagram, kind, type.isEmpty() ? shape : type, name, cell, data);
  }

  private TdCell version1(String diagram, Node.Mapping cell) {
    String type = file.text(cell, "type", "a cell").orElse("");
    Kind kind = TYPES.getOrDefault(type, Kind.UNKNOWN);
    String name =
        file.text(cell, "name", "a cell")
            .or(() -> nested(cell, "attrs", "text", "text"))
            .or(() -> label(cell, "text"))
            .orElse("");
    return cell(diagram, kind, type, name, cell, cell);
  }

  private TdCell cell(
      String diagram, Kind kind, String type, String name, Node.Mapping cell, Node.Mapping data) {
    String id = file.text(cell, "id", "a cell").orElse("");
    TdCell read =
        new TdCell(
            index++,
            diagram,
            kind,
            type,
            id,
            name,
            cell,
            data,
            rect(cell),
            end(cell, "source"),
            end(cell, "target"),
            points(cell, "vertices"));
    if (id.isEmpty() && (kind.element() || kind == Kind.FLOW)) {
      file.required(cell, "id", read.owner());
    }
    return read;
  }

  private Optional<Rect> rect(Node.Mapping cell) {
    Optional<Node.Mapping> position = file.mapping(cell, "position", "a cell");
    Optional<Node.Mapping> size = file.mapping(cell, "size", "a cell");
    if (position.isEmpty() || size.isEmpty()) {
      return Optional.empty();
    }
    OptionalDouble x = file.number(position.get(), "x", "a cell's position");
    OptionalDouble y = file.number(position.get(), "y", "a cell's position");
    OptionalDouble width = file.number(size.get(), "width", "a cell's size");
    OptionalDouble height = file.number(size.get(), "height", "a cell's size");
    if (x.isEmpty() || y.isEmpty() || width.isEmpty() || height.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rect(x.getAsDouble(), y.getAsDouble(), width.getAsDouble(), height.getAsDouble()));
  }

  /** A flow end: {@code {cell: id}} (v2), {@code {id: id}} (v1) or a loose {@code {x, y}}. */
  private Optional<End> end(Node.Mapping cell, String key) {
    Optional<Node.Mapping> end = file.mapping(cell, key, "a cell");
    if (end.isEmpty()) {
      return Optional.empty();
    }
    String owner = "the " + key + " of a cell";
    Optional<String> attached =
        file.text(end.get(), "cell", owner).or(() -> file.text(end.get(), "id", owner));
    return Optional.of(new End(attached, point(end.get(), owner), end.get().position()));
  }

  private Optional<Point> point(Node.Mapping mapping, String owner) {
    OptionalDouble x = file.number(mapping, "x", owner);
    OptionalDouble y = file.number(mapping, "y", owner);
    return x.isPresent() && y.isPresent()
        ? Optional.of(new Point(x.getAsDouble(), y.getAsDouble()))
        : Optional.empty();
  }

  private List<Point> points(Node.Mapping cell, String key) {
    List<Point> points = new ArrayList<>();
    for (Node.Mapping vertex : file.mappings(cell, key, "a cell")) {
      point(vertex, "a vertex").ifPresent(points::add);
    }
    return points;
  }

  /** Text at a path of mappings, without reporting: labels are optional and vary by version. */
  private Optional<String> nested(Node.Mapping from, String... path) {
    Node node = from;
    for (String key : path) {
      if (!(node instanceof Node.Mapping mapping)) {
        return Optional.empty();
      }
      Optional<Node> next = file.value(mapping, key);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      node = next.get();
    }
    return node instanceof Node.Scalar scalar && !scalar.value().isBlank()
        ? Optional.of(scalar.value())
        : Optional.empty();
  }

  /** The text of a flow's first label: {@code labels[0].attrs.<selector>.text}. */
  private Optional<String> label(Node.Mapping cell, String selector) {
    return file.value(cell, "labels")
        .filter(Node.Sequence.class::isInstance)
        .map(Node.Sequence.class::cast)
        .flatMap(labels -> labels.items().stream().findFirst())
        .filter(Node.Mapping.class::isInstance)
        .flatMap(first -> nested((Node.Mapping) first, "attrs", selector, "text"));
  }
}
