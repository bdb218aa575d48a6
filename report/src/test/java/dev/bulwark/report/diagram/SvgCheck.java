package dev.bulwark.report.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.diagram.Placed.Rect;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads diagram SVG back as XML, the way a careful consumer would (no DTDs, no external entities),
 * and checks its geometry: what the test sees is the drawing itself, not the layout's own data.
 */
final class SvgCheck {
  private SvgCheck() {}

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new InputSource(new StringReader(svg)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
    }
  }

  static Rect viewBox(Document doc) {
    String[] parts = doc.getDocumentElement().getAttribute("viewBox").split(" ");
    assertThat(parts).hasSize(4);
    return new Rect(
        Double.parseDouble(parts[0]),
        Double.parseDouble(parts[1]),
        Double.parseDouble(parts[2]),
        Double.parseDouble(parts[3]));
  }

  /** The bounds of each group of this class: its first {@code rect} child. */
  static List<Rect> rects(Document doc, String groupClass) {
    List<Rect> rects = new ArrayList<>();
    NodeList groups = doc.getElementsByTagNameNS(SVG_NS, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (!g.getAttribute("class").equals(groupClass)) {
        continue;
      }
      NodeList inner = g.getElementsByTagNameNS(SVG_NS, "rect");
      assertThat(inner.getLength()).as("a %s group has a rect", groupClass).isPositive();
      rects.add(rect((Element) inner.item(0)));
    }
    return rects;
  }

  /** A {@code rect} element's bounds. */
  static Rect rect(Element r) {
    return new Rect(
        Double.parseDouble(r.getAttribute("x")),
        Double.parseDouble(r.getAttribute("y")),
        Double.parseDouble(r.getAttribute("width")),
        Double.parseDouble(r.getAttribute("height")));
  }

  /**
   * Every node of the drawing lies inside the view box, no two nodes overlap, and every node lies
   * inside or wholly outside each zone box (never across its border).
   */
  static void assertGeometry(String svg, int expectedNodes) {
    Document doc = parse(svg);
    Rect view = viewBox(doc);
    assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo(SvgOut.fmt(view.width()));
    assertThat(doc.getDocumentElement().getAttribute("height"))
        .isEqualTo(SvgOut.fmt(view.height()));
    List<Rect> nodes = rects(doc, "bw-node");
    assertThat(nodes).hasSize(expectedNodes);
    List<Rect> zones = rects(doc, "bw-zone");
    for (Rect n : nodes) {
      assertThat(view.contains(n)).as("node %s inside the view box %s", n, view).isTrue();
      for (Rect z : zones) {
        assertThat(z.contains(n) || !z.overlaps(n))
            .as("node %s inside or outside zone %s", n, z)
            .isTrue();
      }
    }
    for (Rect z : zones) {
      assertThat(view.contains(z)).as("zone %s inside the view box", z).isTrue();
    }
    assertNoOverlap(nodes, "node");
    for (int i = 0; i < zones.size(); i++) {
      for (int j = i + 1; j < zones.size(); j++) {
        Rect a = zones.get(i);
        Rect b = zones.get(j);
        assertThat(a.contains(b) || b.contains(a) || !a.overlaps(b))
            .as("zones %s and %s nest or stay apart", a, b)
            .isTrue();
      }
    }
  }

  /** No two rectangles overlap: a sweep over x, so that thousands of them stay cheap. */
  static void assertNoOverlap(List<Rect> rects, String what) {
    List<Rect> sorted = new ArrayList<>(rects);
    sorted.sort(Comparator.comparingDouble(Rect::x));
    for (int i = 0; i < sorted.size(); i++) {
      Rect a = sorted.get(i);
      for (int j = i + 1; j < sorted.size() && sorted.get(j).x() < a.right(); j++) {
        assertThat(a.overlaps(sorted.get(j)))
            .as("%s %s overlaps %s", what, a, sorted.get(j))
            .isFalse();
      }
    }
  }
}
