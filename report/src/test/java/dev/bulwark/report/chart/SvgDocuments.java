package dev.bulwark.report.chart;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads chart output as XML the strict way: namespaces on, no DTDs, no external entities. */
final class SvgDocuments {
  static final String SVG = "http://www.w3.org/2000/svg";

  private SvgDocuments() {}

  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(svg)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
  }

  /** Every element of the document, in document order. */
  static List<Element> elements(Document document) {
    NodeList all = document.getElementsByTagNameNS("*", "*");
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    return elements;
  }

  static Element byId(Document document, String id) {
    return elements(document).stream()
        .filter(e -> id.equals(e.getAttribute("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no element with id " + id));
  }

  /** The direct children of an element with a local name. */
  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(localName)) {
        found.add(e);
      }
    }
    return found;
  }

  /** Elements with a class among their space-separated classes. */
  static List<Element> withClass(Document document, String cls) {
    return elements(document).stream()
        .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cls))
        .toList();
  }
}
