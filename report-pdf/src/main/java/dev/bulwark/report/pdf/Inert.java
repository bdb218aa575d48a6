package dev.bulwark.report.pdf;

import com.openhtmltopdf.extend.FSDOMMutator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Takes out of the page, before layout, everything that would make the PDF active: the printer
 * turns an {@code onclick} on a link into PDF JavaScript, a {@code download} link into an embedded
 * file, and form controls into form fields. Scripts are dropped, event-handler attributes removed,
 * links kept only to {@code #anchors}, {@code http(s):} and {@code mailto:}, and other references
 * (SVG {@code href}) only inside the page.
 */
final class Inert implements FSDOMMutator {
  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "noscript",
          "iframe",
          "frame",
          "object",
          "embed",
          "applet",
          "form",
          "input",
          "button",
          "select",
          "textarea",
          "base");
  private static final List<String> SAFE_LINKS = List.of("#", "http://", "https://", "mailto:");
  private static final List<String> INTERNAL = List.of("#", "data:");

  @Override
  public void mutateDocument(Document document) {
    NodeList all = document.getElementsByTagNameNS("*", "*");
    List<Element> elements = new ArrayList<>(all.getLength());
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    for (Element element : elements) {
      if (DROPPED.contains(name(element)) || screenOnlyStyle(element)) {
        element.getParentNode().removeChild(element);
      } else {
        clean(element);
      }
    }
  }

  /**
   * A {@code <style media="screen">} is for browsers only (e.g. scrolling wide diagrams); the
   * printer would only warn about properties it does not know.
   */
  private static boolean screenOnlyStyle(Element element) {
    return name(element).equals("style") && element.getAttribute("media").equals("screen");
  }

  private static void clean(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    List<Attr> unsafe = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name =
          attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      name = name.toLowerCase(Locale.ROOT);
      boolean link = name.equals("href") && !isSafe(attribute.getValue(), name(element));
      if (name.startsWith("on") || name.equals("download") || link) {
        unsafe.add(attribute);
      }
    }
    unsafe.forEach(element::removeAttributeNode);
  }

  /** Links go to anchors, the web or mail; other references (SVG) stay inside the page. */
  private static boolean isSafe(String href, String element) {
    String value = href.strip().toLowerCase(Locale.ROOT);
    List<String> safe = element.equals("a") ? SAFE_LINKS : INTERNAL;
    return safe.stream().anyMatch(value::startsWith);
  }

  private static String name(Element element) {
    String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    return name.toLowerCase(Locale.ROOT);
  }
}
