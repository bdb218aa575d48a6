package dev.bulwark.report.adtree;

import dev.bulwark.analysis.adtree.AdNode;
import dev.bulwark.analysis.adtree.AdTree;
import dev.bulwark.analysis.adtree.Refinement;
import dev.bulwark.analysis.adtree.Role;
import java.util.HashMap;
import java.util.Map;

/**
 * An attack-defence tree as Graphviz DOT ({@code dot -Tsvg tree.dot}): attacks as red ellipses,
 * defences as green boxes, countermeasure edges dashed with a bar at the head, "(AND)" under the
 * label of an AND. Nodes are {@code n1, n2, …} in node order; every string is double-quoted with
 * backslashes and quotes escaped, so a label can neither end its string nor start an HTML label.
 */
public final class TreeDot {
  private TreeDot() {}

  public static String dot(AdTree tree) {
    Map<String, String> names = new HashMap<>();
    int n = 0;
    for (AdNode node : tree.nodes()) {
      names.put(node.id(), "n" + ++n);
    }
    StringBuilder out = new StringBuilder(1024 + 200 * tree.nodes().size());
    out.append("digraph \"attack-defence tree\" {\n");
    out.append("  graph [rankdir=TB, fontname=\"Helvetica\", labelloc=t, label=")
        .append(quote("Attack-defence tree: " + tree.rootNode().label()))
        .append("];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=11, style=filled, fontcolor=\"")
        .append(Labels.TEXT)
        .append("\"];\n");
    out.append("  edge [color=\"").append(Labels.EDGE).append("\"];\n");
    for (AdNode node : tree.nodes()) {
      StringBuilder label = new StringBuilder(escape(Labels.clip(node.label())));
      if (node.refinement().orElse(Refinement.OR) == Refinement.AND) {
        label.append("\\n(AND)");
      }
      Labels.detail(node).ifPresent(d -> label.append("\\n").append(escape(d)));
      out.append("  ")
          .append(names.get(node.id()))
          .append(" [label=\"")
          .append(label)
          .append("\", shape=")
          .append(node.role() == Role.ATTACK ? "ellipse" : "box")
          .append(", style=\"")
          .append(node.attributes().active() ? "filled" : "filled,dashed")
          .append("\", fillcolor=\"")
          .append(Labels.fill(node))
          .append("\", color=\"")
          .append(Labels.stroke(node.role()))
          .append("\", tooltip=")
          .append(quote(Labels.tooltip(node)))
          .append("];\n");
    }
    for (AdNode node : tree.nodes()) {
      for (String child : node.children()) {
        out.append("  ")
            .append(names.get(node.id()))
            .append(" -> ")
            .append(names.get(child))
            .append(";\n");
      }
      node.counter()
          .ifPresent(c ->
              out.append("  ")
                  .append(names.get(node.id()))
                  .append(" -> ")
                  .append(names.get(c))
                  .append(" [style=dashed, arrowhead=tee, color=\"")
                  .append(Labels.stroke(tree.index().get(c).role()))
                  .append("\"];\n"));
    }
    return out.append("}\n").toString();
  }

  static String quote(String text) {
    return "\"" + escape(text) + "\"";
  }

  /**
   * The inside of a DOT double-quoted string: a backslash doubled (so {@code \N}, {@code \G},
   * {@code \l} stay literal), a quote escaped, a line break as DOT's {@code \n}, other control
   * characters as spaces.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> {}
        default -> out.append(c < 0x20 || c == 0x7f ? ' ' : c);
      }
    }
    return out.toString();
  }
}
