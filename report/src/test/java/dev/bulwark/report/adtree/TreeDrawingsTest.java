package dev.bulwark.report.adtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.analysis.adtree.AdTree;
import dev.bulwark.analysis.adtree.TreeYaml;
import dev.bulwark.model.Golden;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The three drawings of one tree with countermeasures, a counter-attack, an AND and a defence that
 * is not in place, as reviewed golden files; the SVG read back as XML for its geometry.
 */
class TreeDrawingsTest {
  static final AdTree TREE =
      TreeYaml.read(
          "drawn.yaml",
          """
          bulwark-tree: 1
          root:
            id: steal-data
            label: Steal customer data
            or:
              - id: sqli
                label: SQL injection in search
                cost: 500
                probability: 0.5
                counter:
                  id: waf
                  label: Web application firewall
                  probability: 0.6
                  counter: {id: waf-bypass, label: Encode past the WAF, cost: 200, probability: 0.5}
              - id: phish
                label: Phish a support agent
                and:
                  - {id: send-mail, label: Send a convincing mail, cost: 50, probability: 0.9}
                  - id: steal-session
                    label: Take over the agent's session
                    cost: 100
                    probability: 0.4
                    counter: {id: mfa, label: Phishing-resistant MFA, probability: 0.8}
              - id: insider
                label: Bribe an insider
                cost: 10000
                probability: 0.1
                counter: {id: screening, label: Background screening, in-place: false}
          """);

  @Test
  void svgMatchesTheReviewedDrawing() {
    Golden.assertMatches("adtree/steal-data.svg", TreeSvg.svg(TREE));
  }

  @Test
  void dotMatchesTheReviewedGraph() {
    Golden.assertMatches("adtree/steal-data.dot", TreeDot.dot(TREE));
  }

  @Test
  void mermaidMatchesTheReviewedChart() {
    Golden.assertMatches("adtree/steal-data.mmd", TreeMermaid.mermaid(TREE));
  }

  @Test
  void svgIsPlainSvgWithEveryNodeInsideAndNoOverlap() {
    Document doc = parse(TreeSvg.svg(TREE, "t1"));
    Element svg = doc.getDocumentElement();
    assertThat(svg.getAttribute("version")).isEqualTo("1.1");
    assertThat(svg.getAttribute("id")).isEqualTo("t1");
    double width = Double.parseDouble(svg.getAttribute("width"));
    double height = Double.parseDouble(svg.getAttribute("height"));
    List<double[]> boxes = new ArrayList<>();
    for (Element e : elements(doc)) {
      assertThat(e.getLocalName())
          .isIn("svg", "title", "rect", "g", "line", "path", "ellipse", "text");
      assertThat(e.hasAttribute("style")).as("presentation attributes only").isFalse();
      assertThat(e.hasAttribute("class")).isFalse();
      if (e.hasAttribute("id")) {
        assertThat(e.getAttribute("id")).startsWith("t1");
      }
      if (e.getParentNode() instanceof Element parent
          && parent.getAttribute("id").matches("t1-n\\d+")) {
        if (e.getLocalName().equals("ellipse")) {
          double cx = num(e, "cx");
          double cy = num(e, "cy");
          boxes.add(
              new double[] {
                cx - num(e, "rx"), cy - num(e, "ry"), cx + num(e, "rx"), cy + num(e, "ry")
              });
        } else if (e.getLocalName().equals("rect")) {
          boxes.add(
              new double[] {
                num(e, "x"),
                num(e, "y"),
                num(e, "x") + num(e, "width"),
                num(e, "y") + num(e, "height")
              });
        }
      }
    }
    assertThat(boxes).hasSize(TREE.nodes().size());
    for (int i = 0; i < boxes.size(); i++) {
      double[] a = boxes.get(i);
      assertThat(a[0] >= 0 && a[1] >= 0 && a[2] <= width && a[3] <= height).isTrue();
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] b = boxes.get(j);
        boolean apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
        assertThat(apart).as("nodes %d and %d do not overlap", i, j).isTrue();
      }
    }
  }

  @Test
  void anAndIsMarkedWithAnArcAndCountersAreDashed() {
    String svg = TreeSvg.svg(TREE);
    // one AND (phish): one arc; four countermeasure edges
    assertThat(svg.split("<path d=\"M ", -1)).hasSize(1 + 1 + 1);
    assertThat(svg.split("stroke-dasharray=\"6,4\"", -1)).hasSize(4 + 1 + 1);
    assertThat(TreeDot.dot(TREE)).contains("\\n(AND)").contains("arrowhead=tee");
    assertThat(TreeMermaid.mermaid(TREE)).contains("<br>(AND)").contains(" -.-> ");
  }

  @Test
  void aSharedSubGoalIsDrawnOnceWithAnEdgeFromEachParent() {
    AdTree dag =
        TreeYaml.read(
            "dag.yaml",
            """
            bulwark-tree: 1
            root:
              id: goal
              and:
                - id: a
                  or: [{id: shared, cost: 1}, {id: b, cost: 2}]
                - id: c
                  or: [shared]
            """);
    String svg = TreeSvg.svg(dag);
    assertThat(svg.split("<ellipse ", -1)).hasSize(dag.nodes().size() + 1 + 1);
    assertThat(svg.split("<line ", -1)).hasSize(5 + 1 + 1);
    assertThat(TreeDot.dot(dag)).contains("  n2 -> n3;\n").contains("  n5 -> n3;\n");
  }

  @Test
  void theSameTreeGivesTheSameBytes() {
    assertThat(TreeSvg.svg(TREE)).isEqualTo(TreeSvg.svg(TREE));
    assertThat(TreeSvg.svg(TREE, "x")).contains("id=\"x-n1\"");
    assertThatThrownBy(() -> TreeSvg.svg(TREE, "\"><script>"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  static List<Element> elements(Document doc) {
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      list.add((Element) all.item(i));
    }
    return list;
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }
}
