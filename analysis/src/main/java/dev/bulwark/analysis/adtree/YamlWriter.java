package dev.bulwark.analysis.adtree;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a tree file: nested from the root, children before the counter, a shared node in full
 * where it first appears and by id after that; labels double-quoted with every character YAML could
 * read otherwise escaped; numbers in plain decimal.
 */
final class YamlWriter {
  private final Map<String, AdNode> byId;
  private final Set<String> written = new HashSet<>();
  private final StringBuilder out = new StringBuilder();

  private YamlWriter(AdTree tree) {
    byId = tree.index();
  }

  static String write(AdTree tree) {
    YamlWriter w = new YamlWriter(tree);
    w.out.append("bulwark-tree: 1\nroot:\n");
    w.node(tree.root(), "  ", "  ");
    return w.out.toString();
  }

  /**
   * Writes a node's keys; the first line starts with {@code first}, the others with {@code indent}.
   */
  private void node(String id, String first, String indent) {
    AdNode node = byId.get(id);
    written.add(id);
    out.append(first).append("id: ").append(plainId(id)).append('\n');
    out.append(indent).append("label: ").append(quote(node.label())).append('\n');
    Attributes a = node.attributes();
    a.cost().ifPresent(v -> line(indent, "cost", number(v)));
    a.probability().ifPresent(v -> line(indent, "probability", number(v)));
    a.time().ifPresent(v -> line(indent, "time", number(v)));
    a.skill().ifPresent(v -> line(indent, "skill", String.valueOf(v)));
    if (!a.active()) {
      line(indent, node.role() == Role.ATTACK ? "feasible" : "in-place", "false");
    }
    node.refinement()
        .ifPresent(r -> {
          out.append(indent).append(r.wire()).append(":\n");
          for (String child : node.children()) {
            member(child, indent + "  - ", indent + "    ");
          }
        });
    node.counter()
        .ifPresent(c -> {
          if (written.contains(c)) {
            line(indent, "counter", plainId(c));
          } else {
            out.append(indent).append("counter:\n");
            node(c, indent + "  ", indent + "  ");
          }
        });
  }

  private void member(String id, String first, String indent) {
    if (written.contains(id)) {
      out.append(first).append(plainId(id)).append('\n');
    } else {
      node(id, first, indent);
    }
  }

  private void line(String indent, String key, String value) {
    out.append(indent).append(key).append(": ").append(value).append('\n');
  }

  /** An id as YAML reads it back: plain, unless a final colon would make it a key. */
  private static String plainId(String id) {
    return id.endsWith(":") ? quote(id) : id;
  }

  /** A number in plain decimal without a trailing zero: the same text on every platform. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A YAML double-quoted scalar. */
  static String quote(String text) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        default -> {
          boolean odd =
              c < 0x20
                  || c == 0x7f
                  || (c >= 0x80 && c <= 0x9f)
                  || c == 0x2028
                  || c == 0x2029
                  || c == 0xfeff
                  || c == 0xfffe
                  || c == 0xffff
                  || Character.isSurrogate(c) && !pair(text, i);
          if (odd) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  private static boolean pair(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
