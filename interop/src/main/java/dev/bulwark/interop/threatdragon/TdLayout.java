package dev.bulwark.interop.threatdragon;

import dev.bulwark.interop.threatdragon.TdGeometry.Rect;
import dev.bulwark.model.Model;
import dev.bulwark.model.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A simple, deterministic layout for a model drawn in Threat Dragon: each zone is a box holding its
 * actors and components in a square-ish grid, with its nested zones in a row below them; the
 * top-level zones stand side by side. Flows are left to Threat Dragon's router.
 */
final class TdLayout {
  static final double SLOT_WIDTH = 200;
  static final double SLOT_HEIGHT = 140;
  static final double PADDING = 20;
  static final double LABEL = 30;
  static final double GAP = 40;
  static final double MARGIN = 40;

  private TdLayout() {}

  /** Where each zone's box and each shape goes, keyed by Bulwark id. */
  record Placement(Map<String, Rect> zones, Map<String, Rect> shapes) {}

  /** A shape's size in Threat Dragon's defaults. */
  record Size(double width, double height) {}

  static Placement of(Model model, Map<String, Size> sizes) {
    Map<String, List<String>> members = new LinkedHashMap<>();
    List<String> homeless = new ArrayList<>();
    Set<String> zoneIds = model.zones().stream().map(Zone::id).collect(Collectors.toSet());
    Stream.concat(
            model.actors().stream().map(a -> Map.entry(a.id(), a.zone())),
            model.components().stream().map(c -> Map.entry(c.id(), c.zone())))
        .forEach(entry -> {
          Optional<String> zone = entry.getValue().filter(zoneIds::contains);
          if (zone.isPresent()) {
            members.computeIfAbsent(zone.get(), z -> new ArrayList<>()).add(entry.getKey());
          } else {
            homeless.add(entry.getKey());
          }
        });
    Map<String, List<String>> children = new LinkedHashMap<>();
    List<String> roots = new ArrayList<>();
    for (Zone zone : model.zones()) {
      Optional<String> parent = zone.parent().filter(zoneIds::contains);
      if (parent.isPresent() && !parent.get().equals(zone.id()) && !cyclic(model, zone)) {
        children.computeIfAbsent(parent.get(), p -> new ArrayList<>()).add(zone.id());
      } else {
        roots.add(zone.id());
      }
    }
    Layout layout = new Layout(members, children, sizes);
    double x = MARGIN;
    double bottom = MARGIN;
    for (String root : roots) {
      Size size = layout.size(root);
      layout.place(root, x, MARGIN);
      x += size.width() + GAP;
      bottom = Math.max(bottom, MARGIN + size.height());
    }
    layout.grid(homeless, MARGIN, bottom + GAP);
    return new Placement(layout.zones, layout.shapes);
  }

  private static boolean cyclic(Model model, Zone start) {
    Map<String, Optional<String>> parents =
        model.zones().stream().collect(Collectors.toMap(Zone::id, Zone::parent, (a, b) -> a));
    Optional<String> current = start.parent();
    for (int steps = 0; current.isPresent() && steps <= parents.size(); steps++) {
      if (current.get().equals(start.id())) {
        return true;
      }
      current = parents.getOrDefault(current.get(), Optional.empty());
    }
    return current.isPresent();
  }

  /** Sizes computed bottom-up, then positions top-down. */
  private static final class Layout {
    final Map<String, List<String>> members;
    final Map<String, List<String>> children;
    final Map<String, Size> sizes;
    final Map<String, Size> boxes = new LinkedHashMap<>();
    final Map<String, Rect> zones = new LinkedHashMap<>();
    final Map<String, Rect> shapes = new LinkedHashMap<>();

    Layout(
        Map<String, List<String>> members,
        Map<String, List<String>> children,
        Map<String, Size> sizes) {
      this.members = members;
      this.children = children;
      this.sizes = sizes;
    }

    Size size(String zone) {
      Size known = boxes.get(zone);
      if (known != null) {
        return known;
      }
      Size grid = gridSize(members.getOrDefault(zone, List.of()).size());
      double rowWidth = 0;
      double rowHeight = 0;
      for (String child : children.getOrDefault(zone, List.of())) {
        Size size = size(child);
        rowWidth += (rowWidth > 0 ? GAP : 0) + size.width();
        rowHeight = Math.max(rowHeight, size.height());
      }
      double width = Math.max(Math.max(grid.width(), rowWidth), SLOT_WIDTH);
      double height =
          grid.height() + (rowHeight > 0 ? (grid.height() > 0 ? GAP : 0) + rowHeight : 0);
      Size size =
          new Size(width + 2 * PADDING, Math.max(height, SLOT_HEIGHT) + 2 * PADDING + LABEL);
      boxes.put(zone, size);
      return size;
    }

    void place(String zone, double x, double y) {
      Size size = size(zone);
      zones.put(zone, new Rect(x, y, size.width(), size.height()));
      List<String> inside = members.getOrDefault(zone, List.of());
      double top = y + LABEL + PADDING;
      grid(inside, x + PADDING, top);
      double childY = top + gridSize(inside.size()).height() + (inside.isEmpty() ? 0 : GAP);
      double childX = x + PADDING;
      for (String child : children.getOrDefault(zone, List.of())) {
        place(child, childX, childY);
        childX += size(child).width() + GAP;
      }
    }

    /** Shapes in rows of {@code ceil(sqrt(n))}, each centred in its slot. */
    void grid(List<String> ids, double x, double y) {
      int columns = columns(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        Size size = sizes.getOrDefault(ids.get(i), new Size(100, 100));
        double slotX = x + (i % columns) * SLOT_WIDTH;
        double slotY = y + (double) (i / columns) * SLOT_HEIGHT;
        shapes.put(
            ids.get(i),
            new Rect(
                slotX + (SLOT_WIDTH - size.width()) / 2,
                slotY + (SLOT_HEIGHT - size.height()) / 2,
                size.width(),
                size.height()));
      }
    }

    static Size gridSize(int count) {
      if (count == 0) {
        return new Size(0, 0);
      }
      int columns = columns(count);
      int rows = (count + columns - 1) / columns;
      return new Size(columns * SLOT_WIDTH, rows * SLOT_HEIGHT);
    }

    static int columns(int count) {
      return Math.max(1, (int) Math.ceil(Math.sqrt(count)));
    }
  }
}
