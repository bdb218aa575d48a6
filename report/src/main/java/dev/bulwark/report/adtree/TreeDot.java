package dev.bulwark.report.adtree;

import dev.bulwark.analysis.adtree.AdNode;
import dev.bulwark.analysis.adtree.AdTree;
import dev.bulwark.analysis.adtree.Refinement;
import dev.bulwark.analysis.adtree.Role;
import dev.bulwark.report.Escape;
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
        .append(Escape.dotQuoted("Attack-defence tree: " + tree.rootNode().label()))
        .append("];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=11, style=filled, fontcolor=\"")
        .append(Labels.TEXT)
        .append("\"];\n");
    out.append("  edge [color=\"").append(Labels.EDGE).append("\"];\n");
    for (AdNode node : tree.nodes()) {
      StringBuilder label = new StringBuilder(Escape.dot(Labels.clip(node.label())));
      if (node.refinement().orElse(Refinement.OR) == Refinement.AND) {
        label.append("\\n(AND)");
      }
      Labels.detail(node).ifPresent(d -> label.append("\\n").append(Escape.dot(d)));
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
          .append(Escape.dotQuoted(Labels.tooltip(node)))
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
}
