package dev.bulwark.report.pdf;

import com.openhtmltopdf.extend.FSDOMMutator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Replaces an SVG {@code <use>} that refers to an element of another {@code <svg>} on the page by a
 * copy of that element. The report draws each attack path over the page's data-flow diagram by
 * reference instead of copying the diagram; browsers resolve such references across the page, but
 * the printer hands each SVG to Batik as a document of its own, where the reference finds nothing
 * and the whole picture is left blank. Ids inside a copy get the using SVG's id as a prefix (and
 * references among them follow), so that the page's ids stay unique. References within one SVG are
 * left to Batik; copies are not searched for further references.
 */
final class SvgReferences implements FSDOMMutator {
  @Override
  public void mutateDocument(Document document) {
    NodeList all = document.getElementsByTagNameNS("*", "*");
    Map<String, Element> byId = new HashMap<>();
    List<Element> uses = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttribute("id")) {
        byId.putIfAbsent(element.getAttribute("id"), element);
      }
      if (name(element).equals("use")) {
        uses.add(element);
      }
    }
    int copies = 0;
    for (Element use : uses) {
      String href = reference(use);
      Element target = href.startsWith("#") ? byId.get(href.substring(1)) : null;
      Element svg = outermostSvg(use);
      if (target == null || svg == null || within(target, svg) || within(use, target)) {
        continue;
      }
      copies++;
      String prefix = (svg.hasAttribute("id") ? svg.getAttribute("id") : "use" + copies) + "-";
      use.getParentNode().replaceChild(copy(use, target, prefix), use);
    }
  }

  /** A group in the place of {@code use}: shifted by its x and y, holding a renamed copy. */
  private static Element copy(Element use, Element target, String prefix) {
    Element group = use.getOwnerDocument().createElementNS(use.getNamespaceURI(), "g");
    String x = use.getAttribute("x").strip();
    String y = use.getAttribute("y").strip();
    if (!x.isEmpty() || !y.isEmpty()) {
      group.setAttribute(
          "transform",
          "translate(" + (x.isEmpty() ? "0" : x) + "," + (y.isEmpty() ? "0" : y) + ")");
    }
    Element copy = (Element) target.cloneNode(true);
    rename(copy, prefix);
    group.appendChild(copy);
    return group;
  }

  /** Prefixes every id in the copy, and every {@code #id} and {@code url(#id)} that names one. */
  private static void rename(Element copy, String prefix) {
    List<Element> elements = new ArrayList<>();
    elements.add(copy);
    NodeList inside = copy.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < inside.getLength(); i++) {
      elements.add((Element) inside.item(i));
    }
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Element e : elements) {
      if (e.hasAttribute("id")) {
        renamed.put(e.getAttribute("id"), prefix + e.getAttribute("id"));
        e.setAttribute("id", prefix + e.getAttribute("id"));
      }
    }
    for (Element e : elements) {
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String value = attribute.getValue();
        if (value.contains("#") && !localName(attribute).equals("id")) {
          attribute.setValue(retarget(value, renamed));
        }
      }
    }
  }

  private static String retarget(String value, Map<String, String> renamed) {
    if (value.startsWith("#") && renamed.containsKey(value.substring(1))) {
      return "#" + renamed.get(value.substring(1));
    }
    String result = value;
    for (Map.Entry<String, String> id : renamed.entrySet()) {
      result = result.replace("url(#" + id.getKey() + ")", "url(#" + id.getValue() + ")");
    }
    return result;
  }

  /** {@code href}, or SVG 1.1's {@code xlink:href}. */
  private static String reference(Element use) {
    NamedNodeMap attributes = use.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (localName(attribute).equals("href")) {
        return attribute.getValue().strip();
      }
    }
    return "";
  }

  /** The SVG the printer draws as one document: the outermost {@code <svg>} around the node. */
  private static Element outermostSvg(Element element) {
    Element svg = null;
    for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
      if (name(e).equals("svg")) {
        svg = e;
      }
    }
    return svg;
  }

  private static boolean within(Node node, Element ancestor) {
    for (Node n = node; n != null; n = n.getParentNode()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static String localName(Attr attribute) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    int colon = name.indexOf(':');
    return name.substring(colon + 1).toLowerCase(Locale.ROOT);
  }

  private static String name(Element element) {
    String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    return name.toLowerCase(Locale.ROOT);
  }
}
