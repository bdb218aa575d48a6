package dev.bulwark.report.diagram;

import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Classification;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import dev.bulwark.report.diagram.DataGraphs.Use;
import dev.bulwark.report.diagram.Graph.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-asset view of a model too large for a graph: one row per data asset (the most sensitive
 * first, at most a fixed number), one column per zone (in nesting order, the rest folded into one
 * column), and in each cell how many elements of the zone store (S), process (P) or exchange (C, by
 * their flows) the asset. Drawn directly as a table, so its size and cost are bounded by the limits
 * alone.
 */
final class DataMatrix {
  private DataMatrix() {}

  private static final double CELL_W = 70;
  private static final double CELL_H = 22;
  private static final double FONT = 10;
  private static final String OTHER = "other zones";

  /** Counts of one cell, and a few element ids for its hover text. */
  private static final class Cell {
    int stores;
    int processes;
    int carries;
    final List<String> elements = new ArrayList<>();

    void add(String element, Use use) {
      stores += use.stores ? 1 : 0;
      processes += use.processes ? 1 : 0;
      carries += !use.stores && !use.processes ? 1 : 0;
      if (elements.size() < 8) {
        elements.add(element);
      }
    }

    String text() {
      List<String> parts = new ArrayList<>();
      if (stores > 0) {
        parts.add("S" + stores);
      }
      if (processes > 0) {
        parts.add("P" + processes);
      }
      if (carries > 0) {
        parts.add("C" + carries);
      }
      return String.join(" ", parts);
    }
  }

  static Diagram draw(
      String id, SystemView view, Map<String, Map<String, Use>> uses, int maxRows, int maxColumns) {
    List<DataAsset> rows =
        view.data().stream()
            .sorted(
                Comparator.comparing(DataAsset::classification, Comparator.reverseOrder())
                    .thenComparing(d -> !d.personal()))
            .toList();
    List<String> notes = new ArrayList<>();
    if (rows.size() > maxRows) {
      notes.add(
          maxRows
              + " of "
              + rows.size()
              + " data assets shown, the most sensitive first (classification, then personal"
              + " data).");
      rows = rows.subList(0, maxRows);
    }
    List<String> zones = new ArrayList<>();
    Map<String, List<Node>> direct = FlowGraphs.directMembers(view);
    for (Zone z : Elements.zonesInOrder(view)) {
      if (direct.getOrDefault(z.id(), List.of()).stream().anyMatch(n -> uses.containsKey(n.id()))) {
        zones.add(z.id());
      }
    }
    if (direct.getOrDefault(FlowGraphs.NO_ZONE, List.of()).stream()
        .anyMatch(n -> uses.containsKey(n.id()))) {
      zones.add(FlowGraphs.NO_ZONE);
    }
    Map<String, String> column = new HashMap<>();
    List<String> columns = new ArrayList<>();
    for (String z : zones) {
      String c = columns.size() < maxColumns - 1 || zones.size() <= maxColumns ? z : OTHER;
      if (!columns.contains(c)) {
        columns.add(c);
      }
      column.put(z, c);
    }
    if (columns.contains(OTHER)) {
      notes.add(
          (maxColumns - 1)
              + " of "
              + zones.size()
              + " zones have a column of their own; the others share the last one.");
    }
    Map<String, Integer> rowIndex = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      rowIndex.put(rows.get(r).id(), r);
    }
    Map<String, Integer> columnIndex = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      columnIndex.put(columns.get(c), c);
    }
    Map<Long, Cell> cells = new LinkedHashMap<>();
    for (Node node : view.nodes()) {
      Map<String, Use> byData = uses.get(node.id());
      if (byData == null) {
        continue;
      }
      int c = columnIndex.get(column.get(FlowGraphs.zoneOf(node)));
      byData.forEach((data, use) -> {
        Integer r = rowIndex.get(data);
        if (r != null) {
          cells.computeIfAbsent((long) r * 100_000 + c, k -> new Cell()).add(node.id(), use);
        }
      });
    }
    return write(id, view, rows, columns, cells, notes);
  }

  private static Diagram write(
      String id,
      SystemView view,
      List<DataAsset> rows,
      List<String> columns,
      Map<Long, Cell> cells,
      List<String> notes) {
    double rowHeader = 60;
    for (DataAsset d : rows) {
      rowHeader = Math.max(rowHeader, TextWidth.of(TextWidth.clip(d.id()), 11) + 24);
    }
    double columnHeader = 40;
    for (String c : columns) {
      columnHeader = Math.max(columnHeader, TextWidth.of(TextWidth.clip(c), FONT) + 16);
    }
    rowHeader = Math.ceil(rowHeader);
    columnHeader = Math.ceil(columnHeader);
    double left = 16;
    double top = 16;
    double gridX = left + rowHeader;
    double gridY = top + columnHeader;
    double gridW = columns.size() * CELL_W;
    double gridH = rows.size() * CELL_H;
    double legendTop = gridY + gridH + 12 + notes.size() * 16;
    double width = Math.ceil(Math.max(gridX + gridW + 16, 560));
    for (String note : notes) {
      width = Math.max(width, Math.ceil(TextWidth.of(note, 11) + 32));
    }
    double height = Math.ceil(legendTop + 64);
    SvgOut out = new SvgOut(4096 + 400 * cells.size() + 200 * (rows.size() + columns.size()));
    String title = "Data assets of " + view.model().title() + " by zone";
    out.open("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("version", "1.1")
        .attr("id", id)
        .attr("class", "bw-diagram")
        .attr("width", width)
        .attr("height", height)
        .attr("viewBox", "0 0 " + SvgOut.fmt(width) + " " + SvgOut.fmt(height))
        .attr("font-family", SvgDiagram.FONT)
        .attr("font-size", 11)
        .close()
        .raw("\n")
        .title(title)
        .raw("\n");
    out.open("rect").attr("width", width).attr("height", height).attr("fill", "#ffffff").end();
    for (int c = 0; c < columns.size(); c++) {
      double x = gridX + c * CELL_W + CELL_W / 2;
      double y = gridY - 6;
      out.open("g").attr("id", id + "-c" + (c + 1)).attr("class", "bw-column").close();
      out.title(columnTitle(view, columns.get(c)));
      out.open("text")
          .attr("x", x)
          .attr("y", y)
          .attr("font-size", FONT)
          .attr("fill", Palette.TEXT)
          .attr("transform", "rotate(-90 " + SvgOut.fmt(x) + " " + SvgOut.fmt(y) + ")")
          .close()
          .text(TextWidth.clip(columns.get(c)))
          .closeTag("text")
          .closeTag("g");
    }
    for (int r = 0; r < rows.size(); r++) {
      DataAsset d = rows.get(r);
      double y = gridY + r * CELL_H;
      Paint paint = Palette.classification(d.classification());
      out.open("g").attr("id", id + "-r" + (r + 1)).attr("class", "bw-row").close();
      out.title(DataGraphs.tooltip(d));
      out.open("rect")
          .attr("x", left)
          .attr("y", y + 2)
          .attr("width", rowHeader - 8)
          .attr("height", CELL_H - 4)
          .attr("rx", 3)
          .attr("fill", paint.fill())
          .attr("stroke", paint.stroke())
          .attr("stroke-width", 1)
          .end();
      out.open("text")
          .attr("x", left + 6)
          .attr("y", y + 15)
          .attr("fill", Palette.TEXT)
          .close()
          .text(TextWidth.clip(d.id()))
          .closeTag("text")
          .closeTag("g");
    }
    gridLines(out, gridX, gridY, gridW, gridH, rows.size(), columns.size());
    cells.forEach((key, cell) -> {
      int r = (int) (key / 100_000);
      int c = (int) (key % 100_000);
      DataAsset d = rows.get(r);
      double x = gridX + c * CELL_W;
      double y = gridY + r * CELL_H;
      String fill =
          cell.stores > 0
              ? Palette.classification(d.classification()).fill()
              : cell.processes > 0 ? "#eef2f7" : "#ffffff";
      out.open("g").attr("class", "bw-cell").close();
      out.title(
          d.id()
              + " in "
              + columns.get(c)
              + ": "
              + cell.text()
              + " (S stores, P processes, C exchanges by flows); "
              + String.join(", ", cell.elements)
              + (cell.elements.size() < cell.stores + cell.processes + cell.carries ? ", …" : ""));
      out.open("rect")
          .attr("x", x + 1)
          .attr("y", y + 1)
          .attr("width", CELL_W - 2)
          .attr("height", CELL_H - 2)
          .attr("fill", fill)
          .end();
      out.open("text")
          .attr("x", x + CELL_W / 2)
          .attr("y", y + 15)
          .attr("font-size", FONT)
          .attr("text-anchor", "middle")
          .attr("fill", Palette.TEXT)
          .close()
          .text(cell.text())
          .closeTag("text")
          .closeTag("g");
    });
    double y = gridY + gridH + 12;
    for (String note : notes) {
      y += 16;
      out.open("text")
          .attr("x", left)
          .attr("y", y - 4)
          .attr("fill", Palette.MUTED)
          .close()
          .text(note)
          .closeTag("text");
    }
    legend(out, id, left, legendTop);
    out.closeTag("svg");
    return new Diagram(
        id,
        title,
        Diagram.Kind.DATA_MATRIX,
        Diagram.Layout.TABLE,
        width,
        height,
        out.toString(),
        notes);
  }

  private static String columnTitle(SystemView view, String column) {
    if (column.equals(OTHER)) {
      return "the zones without a column of their own";
    }
    return view.zone(column).map(z -> Elements.zoneTooltip(view, z)).orElse("elements in no zone");
  }

  private static void gridLines(
      SvgOut out, double x, double y, double w, double h, int rows, int columns) {
    StringBuilder d = new StringBuilder();
    for (int r = 0; r <= rows; r++) {
      double ly = y + r * CELL_H;
      d.append('M').append(SvgOut.fmt(x)).append(',').append(SvgOut.fmt(ly));
      d.append(" H").append(SvgOut.fmt(x + w)).append(' ');
    }
    for (int c = 0; c <= columns; c++) {
      double lx = x + c * CELL_W;
      d.append('M').append(SvgOut.fmt(lx)).append(',').append(SvgOut.fmt(y));
      d.append(" V").append(SvgOut.fmt(y + h)).append(' ');
    }
    out.open("path")
        .attr("d", d.toString().strip())
        .attr("fill", "none")
        .attr("stroke", "#cbd2d9")
        .attr("stroke-width", 1)
        .end();
  }

  private static void legend(SvgOut out, String id, double x, double y) {
    out.open("g").attr("id", id + "-legend").attr("class", "bw-legend").close();
    out.open("text")
        .attr("x", x)
        .attr("y", y + 14)
        .attr("fill", Palette.TEXT)
        .close()
        .text(
            "S stores, P processes, C exchanges by its flows (number of elements). Classification:")
        .closeTag("text");
    double cx = x;
    for (Classification c : Classification.values()) {
      Paint p = Palette.classification(c);
      out.open("rect")
          .attr("x", cx)
          .attr("y", y + 26)
          .attr("width", 18)
          .attr("height", 14)
          .attr("fill", p.fill())
          .attr("stroke", p.stroke())
          .attr("stroke-width", 1)
          .end();
      out.open("text")
          .attr("x", cx + 24)
          .attr("y", y + 38)
          .attr("fill", Palette.TEXT)
          .close()
          .text(Wire.name(c))
          .closeTag("text");
      cx += 24 + TextWidth.of(Wire.name(c), 11) + 20;
    }
    out.closeTag("g");
  }
}
