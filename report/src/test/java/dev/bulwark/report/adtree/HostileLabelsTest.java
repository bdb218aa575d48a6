package dev.bulwark.report.adtree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.adtree.AdNode;
import dev.bulwark.analysis.adtree.AdTree;
import dev.bulwark.analysis.adtree.Attributes;
import dev.bulwark.analysis.adtree.Refinement;
import dev.bulwark.analysis.adtree.Role;
import dev.bulwark.report.Escape;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Labels written to break out of their place stay text in every format. */
class HostileLabelsTest {
  private static final String SVG_ATTACK =
      "</text><script>alert(1)</script><text a=\"'\" onload=\"x()\">&amp;\u0007";
  private static final String DOT_ATTACK =
      "\"]; evil [label=<<b>x</b>> URL=\"javascript:x\"]; \\N\\G\nnext \\\" end";
  private static final String MERMAID_ATTACK =
      "\"]) --> x\nclick n1 \"javascript:alert(1)\"\n%%{init: {'securityLevel':'loose'}}%%"
          + " <img src=x onerror=alert(1)> `md` [x](y) {z} |w| #1;";

  private static AdTree tree(String label) {
    return new AdTree(
        "g",
        List.of(
            AdNode.refined("g", label, Role.ATTACK, Refinement.AND, List.of("a", "b")),
            AdNode.leaf("a", label, Role.ATTACK, Attributes.NONE.withCost(1)).withCounter("d"),
            AdNode.leaf("b", "plain", Role.ATTACK, Attributes.NONE),
            AdNode.leaf("d", label, Role.DEFENCE, Attributes.NONE.withActive(false))));
  }

  @Test
  void svgKeepsLabelsAsText() {
    String svg = TreeSvg.svg(tree(SVG_ATTACK));
    Document doc = TreeDrawingsTest.parse(svg);
    for (Element e : TreeDrawingsTest.elements(doc)) {
      assertThat(e.getLocalName()).isNotIn("script", "foreignObject", "a", "image");
      assertThat(e.hasAttribute("onload")).isFalse();
    }
    assertThat(svg)
        .doesNotContain("<script")
        .contains("&lt;/text&gt;&lt;script&gt;")
        .doesNotContain("\u0007");
    assertThat(
            doc.getDocumentElement().getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .contains("</text><script>");
  }

  @Test
  void dotKeepsLabelsInsideTheirStrings() {
    String dot = TreeDot.dot(tree(DOT_ATTACK));
    // the quote arrives escaped, so the string goes on; backslashes are doubled
    assertThat(dot).contains("label=\"\\\"]; evil [label=<<b>").contains("\\\\N\\\\G");
    for (String line : dot.split("\n")) {
      assertThat(unquotedParts(line)).doesNotContain("evil", "URL", "javascript");
    }
  }

  @Test
  void mermaidKeepsLabelsInsideTheirShapes() {
    String mermaid = TreeMermaid.mermaid(tree(MERMAID_ATTACK));
    assertThat(mermaid)
        .contains("n1([\"#quot;#93;#41; --#gt; x click n1 #quot;javascript#58;")
        .doesNotContain("%%{")
        .doesNotContain("<img");
    for (String line : mermaid.split("\n")) {
      String outside = line.replaceAll("\"[^\"]*\"", "\"\"");
      assertThat(outside).doesNotContain("javascript", "onerror", "init", "-->x");
    }
    assertThat(mermaid.lines().filter(l -> l.startsWith("  click"))).isEmpty();
    // the whole text, not only the 36 characters a node shows, comes out without syntax
    String escaped = TreeMermaid.escape(MERMAID_ATTACK).replaceAll("#[0-9a-z]+;", "");
    assertThat(escaped).doesNotContainPattern("[\"<>%{}\\[\\]()|`\n#;:]");
  }

  @Test
  void dotEscapingLeavesNoQuoteOrLineBreak() {
    String escaped =
        Escape.dot(DOT_ATTACK).replace("\\\\", "").replace("\\\"", "").replace("\\n", "");
    assertThat(escaped).doesNotContain("\"", "\n", "\\");
  }

  /** A DOT line with its double-quoted strings (escapes honoured) taken out. */
  private static String unquotedParts(String line) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
