package dev.bulwark.report.adtree;

import dev.bulwark.analysis.adtree.AdNode;
import dev.bulwark.analysis.adtree.Attributes;
import dev.bulwark.analysis.adtree.Role;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the drawings write in and beside a node, the same in every format. */
final class Labels {
  /** Longer labels end in an ellipsis in the drawing; the tooltip has them whole. */
  static final int MAX_CHARS = 36;

  static final String ATTACK_FILL = "#ffe3e3";
  static final String ATTACK_STROKE = "#c92a2a";
  static final String DEFENCE_FILL = "#e3f4e8";
  static final String DEFENCE_STROKE = "#2b8a3e";
  static final String INACTIVE_FILL = "#f1f3f5";
  static final String TEXT = "#1f2933";
  static final String EDGE = "#52606d";

  private Labels() {}

  /** The label on one line, cut to {@link #MAX_CHARS} code points. */
  static String clip(String label) {
    String flat = label.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    if (flat.codePointCount(0, flat.length()) <= MAX_CHARS) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, MAX_CHARS - 1)) + "…";
  }

  /** A leaf's values on one line: {@code cost 500 · p 0.5 · time 10 · skill 3}. */
  static Optional<String> detail(AdNode node) {
    if (!node.isLeaf()) {
      return Optional.empty();
    }
    Attributes a = node.attributes();
    List<String> parts = new ArrayList<>();
    a.cost().ifPresent(v -> parts.add("cost " + number(v)));
    a.probability().ifPresent(v -> parts.add("p " + number(v)));
    a.time().ifPresent(v -> parts.add("time " + number(v)));
    a.skill().ifPresent(v -> parts.add("skill " + v));
    if (!a.active()) {
      parts.add(node.role() == Role.ATTACK ? "infeasible" : "not in place");
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
  }

  /** Hover text: the whole label, the id and role, and the values. */
  static String tooltip(AdNode node) {
    return node.label()
        + " ("
        + node.id()
        + ", "
        + node.role().wire()
        + node.refinement().map(r -> ", " + r.wire().toUpperCase(java.util.Locale.ROOT)).orElse("")
        + ")"
        + detail(node).map(d -> ": " + d).orElse("");
  }

  /** Four significant digits, plain decimal, no trailing zeros: the same text everywhere. */
  static String number(double value) {
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /** Estimated width of text in a sans-serif font, erring wide so text stays inside shapes. */
  static double width(String text, double size) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      em +=
          c == ' ' || "il.,:;'|!()[]{}jtfrI·".indexOf(c) >= 0
              ? 0.36
              : "mwMW@%".indexOf(c) >= 0
                  ? 0.92
                  : c >= 'A' && c <= 'Z' ? 0.7 : c < 0x80 ? 0.58 : 1.0;
    }
    return em * size;
  }

  static String fill(AdNode node) {
    if (!node.attributes().active()) {
      return INACTIVE_FILL;
    }
    return node.role() == Role.ATTACK ? ATTACK_FILL : DEFENCE_FILL;
  }

  static String stroke(Role role) {
    return role == Role.ATTACK ? ATTACK_STROKE : DEFENCE_STROKE;
  }
}
