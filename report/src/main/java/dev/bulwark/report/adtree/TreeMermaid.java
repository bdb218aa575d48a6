package dev.bulwark.report.adtree;

import dev.bulwark.analysis.adtree.AdNode;
import dev.bulwark.analysis.adtree.AdTree;
import dev.bulwark.analysis.adtree.Refinement;
import dev.bulwark.analysis.adtree.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An attack-defence tree as a Mermaid flowchart, top-down: attacks as stadiums, defences as
 * rectangles, countermeasure edges dotted, "(AND)" under the label of an AND, roles as classes.
 * Node ids are {@code n1, n2, …}; all text is inside double quotes with every character Mermaid or
 * the HTML it renders to could read as syntax replaced by an entity code, so a label can neither
 * close its shape, start a Markdown string, nor add a directive or a click handler.
 */
public final class TreeMermaid {
  private TreeMermaid() {}

  public static String mermaid(AdTree tree) {
    Map<String, String> names = new HashMap<>();
    int n = 0;
    for (AdNode node : tree.nodes()) {
      names.put(node.id(), "n" + ++n);
    }
    StringBuilder out = new StringBuilder(512 + 160 * tree.nodes().size());
    out.append("%% Attack-defence tree written by Bulwark\n");
    out.append("flowchart TB\n");
    List<String> attacks = new ArrayList<>();
    List<String> defences = new ArrayList<>();
    List<String> inactive = new ArrayList<>();
    for (AdNode node : tree.nodes()) {
      String name = names.get(node.id());
      StringBuilder text = new StringBuilder(escape(Labels.clip(node.label())));
      if (node.refinement().orElse(Refinement.OR) == Refinement.AND) {
        text.append("<br>(AND)");
      }
      Labels.detail(node).ifPresent(d -> text.append("<br>").append(escape(d)));
      boolean attack = node.role() == Role.ATTACK;
      out.append("  ")
          .append(name)
          .append(attack ? "([\"" : "[\"")
          .append(text)
          .append(attack ? "\"])" : "\"]")
          .append('\n');
      (attack ? attacks : defences).add(name);
      if (!node.attributes().active()) {
        inactive.add(name);
      }
    }
    List<Integer> counters = new ArrayList<>();
    int edge = 0;
    for (AdNode node : tree.nodes()) {
      for (String child : node.children()) {
        out.append("  ")
            .append(names.get(node.id()))
            .append(" --> ")
            .append(names.get(child))
            .append('\n');
        edge++;
      }
      if (node.counter().isPresent()) {
        out.append("  ")
            .append(names.get(node.id()))
            .append(" -.-> ")
            .append(names.get(node.counter().get()))
            .append('\n');
        counters.add(edge++);
      }
    }
    out.append("  classDef attack fill:")
        .append(Labels.ATTACK_FILL)
        .append(",stroke:")
        .append(Labels.ATTACK_STROKE)
        .append(",color:")
        .append(Labels.TEXT)
        .append('\n');
    out.append("  classDef defence fill:")
        .append(Labels.DEFENCE_FILL)
        .append(",stroke:")
        .append(Labels.DEFENCE_STROKE)
        .append(",color:")
        .append(Labels.TEXT)
        .append('\n');
    out.append("  classDef inactive fill:")
        .append(Labels.INACTIVE_FILL)
        .append(",stroke-dasharray:4 3\n");
    classes(out, "attack", attacks);
    classes(out, "defence", defences);
    classes(out, "inactive", inactive);
    if (!counters.isEmpty()) {
      out.append("  linkStyle ")
          .append(String.join(",", counters.stream().map(String::valueOf).toList()))
          .append(" stroke-dasharray:6 4\n");
    }
    return out.toString();
  }

  private static void classes(StringBuilder out, String name, List<String> members) {
    if (!members.isEmpty()) {
      out.append("  class ")
          .append(String.join(",", members))
          .append(' ')
          .append(name)
          .append('\n');
    }
  }

  /**
   * Text for the inside of a double-quoted Mermaid label. Letters, digits, spaces and harmless
   * punctuation stay; quotes, angle brackets, ampersands and Mermaid's metacharacters become entity
   * codes; control characters become spaces.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '#', '`', '|', ';', '%', '{', '}', '[', ']', '(', ')', '\\', ':', '=' ->
            out.append('#').append((int) c).append(';');
        default -> out.append(c < 0x20 || c == 0x7f ? ' ' : c);
      }
    }
    return out.toString();
  }
}
