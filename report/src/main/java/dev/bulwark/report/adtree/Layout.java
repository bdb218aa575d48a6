package dev.bulwark.report.adtree;

import dev.bulwark.analysis.adtree.AdNode;
import dev.bulwark.analysis.adtree.AdTree;
import dev.bulwark.analysis.adtree.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple tidy top-down layout of our own. Each node sits on the row of its longest path from the
 * root, so every edge points down even when a sub-goal is shared; it hangs in the layout under the
 * first parent one row above it. Sub-trees are laid side by side, each as wide as its widest row
 * needs, and a parent is centred over its first and last child. Deterministic: node order only.
 */
final class Layout {
  static final double MARGIN = 20;
  static final double GAP = 24;
  static final double ROW = 96;
  static final double LABEL_SIZE = 12;
  static final double DETAIL_SIZE = 10;

  /** A node's place: centre, size, row. */
  record Box(String id, double x, double y, double width, double height, int row) {
    double top() {
      return y - height / 2;
    }

    double bottom() {
      return y + height / 2;
    }
  }

  private final Map<String, AdNode> byId;
  private final Map<String, Integer> rows = new HashMap<>();
  private final Map<String, List<String>> below = new HashMap<>();
  private final Map<String, Double> span = new HashMap<>();
  private final Map<String, Box> boxes = new LinkedHashMap<>();

  private Layout(AdTree tree) {
    byId = tree.index();
  }

  /** The boxes by node id (in node order), and the size of the drawing. */
  record Placed(Map<String, Box> boxes, double width, double height) {}

  static Placed of(AdTree tree) {
    Layout layout = new Layout(tree);
    layout.rows(tree);
    layout.span(tree.root());
    layout.place(tree.root(), MARGIN);
    Map<String, Box> ordered = new LinkedHashMap<>();
    for (AdNode n : tree.nodes()) {
      ordered.put(n.id(), layout.boxes.get(n.id()));
    }
    int lastRow = layout.rows.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return new Placed(
        ordered, layout.span.get(tree.root()) + 2 * MARGIN, MARGIN + (lastRow + 1) * ROW);
  }

  /** Rows by longest path (Kahn's order, parents first), and each node's layout parent. */
  private void rows(AdTree tree) {
    Map<String, Integer> incoming = new HashMap<>();
    byId.keySet().forEach(id -> incoming.put(id, 0));
    byId.values().forEach(n -> n.successors().forEach(s -> incoming.merge(s, 1, Integer::sum)));
    Deque<String> ready = new ArrayDeque<>(List.of(tree.root()));
    rows.put(tree.root(), 0);
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String id = ready.poll();
      order.add(id);
      for (String s : byId.get(id).successors()) {
        rows.merge(s, rows.get(id) + 1, Math::max);
        if (incoming.merge(s, -1, Integer::sum) == 0) {
          ready.add(s);
        }
      }
    }
    Map<String, String> parent = new HashMap<>();
    for (String id : order) {
      for (String s : byId.get(id).successors()) {
        if (rows.get(s) == rows.get(id) + 1 && !parent.containsKey(s)) {
          parent.put(s, id);
          below.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
        }
      }
    }
  }

  private double span(String id) {
    double own = size(byId.get(id))[0];
    double children = -GAP;
    for (String c : below.getOrDefault(id, List.of())) {
      children += span(c) + GAP;
    }
    double s = Math.max(own, children);
    span.put(id, s);
    return s;
  }

  private void place(String id, double left) {
    AdNode node = byId.get(id);
    double[] size = size(node);
    List<String> children = below.getOrDefault(id, List.of());
    double x;
    if (children.isEmpty()) {
      x = left + span.get(id) / 2;
    } else {
      double total = -GAP;
      for (String c : children) {
        total += span.get(c) + GAP;
      }
      double start = left + (span.get(id) - total) / 2;
      for (String c : children) {
        place(c, start);
        start += span.get(c) + GAP;
      }
      x = (boxes.get(children.get(0)).x() + boxes.get(children.get(children.size() - 1)).x()) / 2;
      // a wide parent over uneven children stays inside its own span, clear of its neighbours
      x = Math.max(left + size[0] / 2, Math.min(left + span.get(id) - size[0] / 2, x));
    }
    int row = rows.get(id);
    double y = MARGIN + row * ROW + 26;
    boxes.put(id, new Box(id, x, y, size[0], size[1], row));
  }

  /** Width and height: room for the label and the values line; an ellipse needs more width. */
  static double[] size(AdNode node) {
    double text = Labels.width(Labels.clip(node.label()), LABEL_SIZE);
    var detail = Labels.detail(node);
    if (detail.isPresent()) {
      text = Math.max(text, Labels.width(detail.get(), DETAIL_SIZE));
    }
    double width = node.role() == Role.ATTACK ? text * 1.25 + 24 : text + 24;
    width = Math.max(90, Math.ceil(width));
    return new double[] {width, detail.isPresent() ? 52 : 38};
  }
}
