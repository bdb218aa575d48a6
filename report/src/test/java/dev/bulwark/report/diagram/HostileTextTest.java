package dev.bulwark.report.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Digest;
import dev.bulwark.report.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The hostile model (markup, quotes, DOT and Mermaid metacharacters in every free-text field)
 * renders inert in SVG, DOT and Mermaid: it reaches each format only as escaped text.
 */
class HostileTextTest {
  private static final Digest HOSTILE = Digests.hostile();

  private static List<Diagram> everySvg() {
    List<Diagram> all = new ArrayList<>(Diagrams.dataFlow(HOSTILE, DiagramOptions.DEFAULTS));
    all.addAll(Diagrams.dataFlow(HOSTILE, DiagramOptions.DEFAULTS.withSplitAbove(1)));
    all.add(Diagrams.dataAssets(HOSTILE, DiagramOptions.DEFAULTS));
    all.add(Diagrams.dataAssets(HOSTILE, DiagramOptions.DEFAULTS.withDataLimits(0, 0)));
    return all;
  }

  @Test
  void svgIsWellFormedAndHasNoActiveContent() {
    List<Diagram> diagrams = everySvg();
    assertThat(diagrams).hasSizeGreaterThanOrEqualTo(6);
    for (Diagram d : diagrams) {
      String lower = d.svg().toLowerCase(Locale.ROOT);
      assertThat(lower).doesNotContain("<script", "javascript:", "<foreignobject", "<!doctype");
      assertThat(lower).doesNotContain("href");
      Document doc = SvgCheck.parse(d.svg());
      NodeList all = doc.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        assertThat(e.getNamespaceURI()).isEqualTo(SvgCheck.SVG_NS);
        assertThat(e.getLocalName()).isNotIn("script", "foreignObject", "a", "image", "use");
        NamedNodeMap attributes = e.getAttributes();
        for (int j = 0; j < attributes.getLength(); j++) {
          Attr a = (Attr) attributes.item(j);
          assertThat(a.getName().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
          if (a.getValue().startsWith("url(")) {
            assertThat(a.getValue()).matches("url\\(#" + d.id() + "-arrow(-x)?\\)");
          }
        }
      }
    }
  }

  @Test
  void svgCarriesTheHostileTextOnlyAsEscapedText() {
    String svg = Diagrams.dataFlow(HOSTILE, DiagramOptions.DEFAULTS).getFirst().svg();
    // the web component's technology, in its hover text
    assertThat(svg)
        .contains(
            "<title>component web (web-app), &lt;/title&gt;&lt;script&gt;alert(&#39;tech&#39;)"
                + "&lt;/script&gt;; zone dmz;");
    // the internet zone's description, which tries to close the text element
    assertThat(svg)
        .contains(
            "trust 0. &lt;/text&gt;&lt;script&gt;alert(&#39;zone&#39;)&lt;/script&gt;</title>");
    // the visitor's description, an event handler attribute
    assertThat(svg).contains("&lt;b onmouseover=alert(3)&gt;visitor&lt;/b&gt;");
    Document doc = SvgCheck.parse(svg);
    NodeList titles = doc.getElementsByTagNameNS(SvgCheck.SVG_NS, "title");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < titles.getLength(); i++) {
      texts.add(titles.item(i).getTextContent());
      assertThat(titles.item(i).getChildNodes().getLength()).isLessThanOrEqualTo(1);
    }
    assertThat(texts).anyMatch(t -> t.contains("<script>alert('flow')</script>"));
  }

  @Test
  void dotQuotesHostileText() {
    String dot = new DotReport().renderToString(HOSTILE);
    assertThat(dot)
        .contains("\"db\" [label=\"db\\n-2+3 \\\"}} %% mermaid ]] {{ · high\", shape=cylinder");
    assertThat(dot).contains("tooltip=\"zone dmz (network), trust 40. \\\"]; evil [label=\\\"x\";");
    assertThat(dot)
        .contains(
            "label=\"Data-flow diagram of <script>alert('title')</script> & \\\"quoted\\\" |"
                + " pipe\"];");
    TextFormatsTest.assertDotStructure(dot);
  }

  @Test
  void mermaidEncodesHostileText() {
    String mermaid = new MermaidReport().renderToString(HOSTILE);
    assertThat(mermaid)
        .contains(
            "[(\"db<br>-2+3 #quot;#125;#125; #37;#37; mermaid #93;#93; #123;#123; · high\")]");
    assertThat(mermaid)
        .contains("(\"web<br>#lt;/title#gt;#lt;script#gt;alert#40;'tech… · critical\")");
    assertThat(mermaid).doesNotContain("<script", "click", "javascript:", "%%{");
    TextFormatsTest.assertMermaidStructure(mermaid);
  }

  @Test
  void dotEscapesBackslashesQuotesAndLineBreaks() {
    assertThat(Escape.dot("a\\N \"b\"\nc\r\u0007")).isEqualTo("a\\\\N \\\"b\\\"\\nc ");
    assertThat(Escape.dotQuoted("x\\")).isEqualTo("\"x\\\\\"");
  }

  @Test
  void mermaidEscapesEveryMetacharacter() {
    assertThat(MermaidReport.escape("\"<b>&#`|;%{}[]()\\\n"))
        .isEqualTo("#quot;#lt;b#gt;#amp;#35;#96;#124;#59;#37;#123;#125;#91;#93;#40;#41;#92; ");
    assertThat(MermaidReport.escape("order-service_v2.1 · high"))
        .isEqualTo("order-service_v2.1 · high");
  }
}
