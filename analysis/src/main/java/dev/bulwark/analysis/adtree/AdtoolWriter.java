package dev.bulwark.analysis.adtree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes ADTool 2's XML. ADTool has no ids and knows a basic action by its label, so a shared
 * sub-goal is written in full wherever it is used, and two different leaves of one role that share
 * a label get their ids appended ({@code label [id]}) so that ADTool keeps them apart. Values are
 * written as ADTool writes them (Java's decimal form), one {@code <domain>} per kind of value the
 * tree uses.
 */
final class AdtoolWriter {
  /** A tree shared so much that writing it out in full would be absurd. */
  static final long MAX_WRITTEN_NODES = 100_000;

  private final Map<String, AdNode> byId;
  private final Map<String, String> labels;
  private final Map<String, String> domainIds = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  private AdtoolWriter(AdTree tree) {
    byId = tree.index();
    labels = labels(tree);
  }

  static String write(AdTree tree) {
    long size = writtenSize(tree);
    if (size > MAX_WRITTEN_NODES) {
      throw new AdTreeException(
          "the tree shares sub-goals so much that ADTool's format, which"
              + " repeats a shared node wherever it is used, would need "
              + size
              + " nodes (at most "
              + MAX_WRITTEN_NODES
              + ")");
    }
    AdtoolWriter w = new AdtoolWriter(tree);
    w.domains(tree);
    w.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<adtree>\n");
    w.node(tree.root(), Optional.empty(), "  ");
    w.domainIds.forEach((kind, id) -> {
      w.out.append("  <domain id=\"").append(id).append("\">\n");
      w.out
          .append("    <class>lu.uni.adtool.domains.adtpredefined.")
          .append(kind)
          .append("</class>\n");
      w.out.append("    <tool>ADTool2</tool>\n");
      if (kind.equals("MinSkill")) {
        w.out.append("    <range>").append(maxSkill(tree)).append("</range>\n");
      }
      w.out.append("  </domain>\n");
    });
    return w.out.append("</adtree>\n").toString();
  }

  /** One domain per kind of value in the tree, numbered as ADTool numbers them. */
  private void domains(AdTree tree) {
    List<AdNode> leaves = tree.nodes().stream().filter(AdNode::isLeaf).toList();
    List<String> kinds = new ArrayList<>();
    if (leaves.stream().anyMatch(n -> n.attributes().cost().isPresent())) {
      kinds.add("MinCost");
    }
    if (leaves.stream().anyMatch(n -> n.attributes().probability().isPresent())) {
      kinds.add("ProbSucc");
    }
    if (leaves.stream().anyMatch(n -> n.attributes().time().isPresent())) {
      kinds.add("MinTimeSeq");
    }
    if (leaves.stream().anyMatch(n -> n.attributes().skill().isPresent())) {
      kinds.add("MinSkill");
    }
    if (leaves.stream().anyMatch(n -> !n.attributes().active())) {
      kinds.add("SatScenario");
    }
    for (int i = 0; i < kinds.size(); i++) {
      domainIds.put(kinds.get(i), kinds.get(i) + (i + 1));
    }
  }

  private void node(String id, Optional<Role> parent, String indent) {
    AdNode node = byId.get(id);
    out.append(indent)
        .append("<node refinement=\"")
        .append(
            node.refinement().orElse(Refinement.OR) == Refinement.AND
                ? "conjunctive"
                : "disjunctive")
        .append('"');
    if (parent.isPresent() && parent.get() != node.role()) {
      out.append(" switchRole=\"yes\"");
    }
    out.append(">\n");
    out.append(indent).append("  <label>").append(escape(labels.get(id))).append("</label>\n");
    if (node.isLeaf()) {
      parameters(node, indent + "  ");
    }
    for (String child : node.children()) {
      node(child, Optional.of(node.role()), indent + "  ");
    }
    node.counter().ifPresent(c -> node(c, Optional.of(node.role()), indent + "  "));
    out.append(indent).append("</node>\n");
  }

  private void parameters(AdNode node, String indent) {
    Attributes a = node.attributes();
    a.cost().ifPresent(v -> parameter("MinCost", Double.toString(v), indent));
    a.probability().ifPresent(v -> parameter("ProbSucc", Double.toString(v), indent));
    a.time().ifPresent(v -> parameter("MinTimeSeq", Double.toString(v), indent));
    a.skill().ifPresent(v -> parameter("MinSkill", Integer.toString(v), indent));
    if (domainIds.containsKey("SatScenario")) {
      parameter("SatScenario", Boolean.toString(a.active()), indent);
    }
  }

  private void parameter(String kind, String value, String indent) {
    out.append(indent)
        .append("<parameter domainId=\"")
        .append(domainIds.get(kind))
        .append("\" category=\"basic\">")
        .append(value)
        .append("</parameter>\n");
  }

  /** Labels, with the id appended where two leaves of one role would otherwise be one to ADTool. */
  private static Map<String, String> labels(AdTree tree) {
    Map<String, Integer> uses = new HashMap<>();
    for (AdNode n : tree.nodes()) {
      if (n.isLeaf()) {
        uses.merge(n.role() + "\n" + n.label().strip(), 1, Integer::sum);
      }
    }
    Map<String, String> labels = new HashMap<>();
    for (AdNode n : tree.nodes()) {
      boolean clash = n.isLeaf() && uses.get(n.role() + "\n" + n.label().strip()) > 1;
      labels.put(n.id(), clash ? n.label() + " [" + n.id() + "]" : n.label());
    }
    return labels;
  }

  /** How many nodes the tree has once every shared node is repeated, saturating. */
  private static long writtenSize(AdTree tree) {
    Dag dag = new Dag(tree);
    long[] size = new long[dag.size()];
    for (int k = dag.order.length - 1; k >= 0; k--) {
      int i = dag.order[k];
      long s = 1;
      for (int c : dag.successors(i)) {
        s = Math.min(Long.MAX_VALUE / 4, s + size[c]);
      }
      size[i] = s;
    }
    return size[dag.root];
  }

  private static int maxSkill(AdTree tree) {
    return tree.nodes().stream()
        .flatMap(n -> n.attributes().skill().stream())
        .mapToInt(Integer::intValue)
        .max()
        .orElse(1);
  }

  /**
   * Text for XML content: markup characters escaped, a carriage return kept as a reference (a
   * reader would turn it into a line feed), and characters XML 1.0 forbids replaced by U+FFFD.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '\r' -> s.append("&#13;");
        default -> {
          boolean allowed =
              c == '\t'
                  || c == '\n'
                  || c >= 0x20
                      && c != 0xfffe
                      && c != 0xffff
                      && (!Character.isSurrogate(c) || paired(text, i));
          s.append(allowed ? c : '\uFFFD');
        }
      }
    }
    return s.toString();
  }

  private static boolean paired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
