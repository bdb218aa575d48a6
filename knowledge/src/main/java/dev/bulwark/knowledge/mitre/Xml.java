package dev.bulwark.knowledge.mitre;

import dev.bulwark.model.parse.SafeStax;
import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's StAX with everything that could reach outside the file turned off: no DTDs, no external
 * entities. MITRE's files have neither, so a DOCTYPE is refused rather than ignored.
 */
final class Xml {
  /** XHTML elements in descriptions that start a new paragraph. */
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "br", "li", "ul", "ol", "table", "tr", "blockquote", "pre");

  private static final XMLInputFactory FACTORY = SafeStax.factory(true);

  private Xml() {}

  static XMLStreamReader open(String file, InputStream in) {
    try {
      return FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw error(file, e);
    }
  }

  /**
   * Advances to the next event, refusing DTDs and entity references, which MITRE's files never
   * contain and which are the doors to XXE and entity expansion.
   */
  static int next(String file, XMLStreamReader reader) throws XMLStreamException {
    int event = reader.next();
    if (event == XMLStreamConstants.DTD) {
      throw error(file, reader, "a DOCTYPE is not allowed (DTDs and entities are refused)");
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw error(
          file,
          reader,
          "entity reference &"
              + reader.getLocalName()
              + "; is not allowed (only &lt; &gt; &amp;"
              + " &quot; &apos; and character references are)");
    }
    return event;
  }

  /** Moves to the root element and checks its namespace and name. */
  static void root(String file, XMLStreamReader reader, Set<String> namespaces, String name)
      throws XMLStreamException {
    while (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
      if (!reader.hasNext()) {
        throw error(file, reader, "no root element");
      }
      next(file, reader);
    }
    String namespace = reader.getNamespaceURI();
    if (!name.equals(reader.getLocalName()) || !namespaces.contains(namespace)) {
      throw error(
          file,
          reader,
          "root element is {"
              + namespace
              + "}"
              + reader.getLocalName()
              + "; expected "
              + name
              + " in "
              + String.join(" or ", namespaces.stream().sorted().toList()));
    }
  }

  /**
   * The text of the current element and its children, with a blank line where an XHTML block
   * starts; leaves the reader on the element's end.
   */
  static String text(String file, XMLStreamReader reader) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      switch (next(file, reader)) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          if (BLOCKS.contains(reader.getLocalName())) {
            text.append("\n\n");
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (BLOCKS.contains(reader.getLocalName())) {
            text.append("\n\n");
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(reader.getText());
        case XMLStreamConstants.END_DOCUMENT -> throw error(file, reader, "unexpected end of file");
        default -> {}
      }
    }
    return text.toString();
  }

  static String attribute(XMLStreamReader reader, String name) {
    String value = reader.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }

  static KbException error(String file, XMLStreamReader reader, String message) {
    Location at = reader.getLocation();
    return KbException.at(file, at.getLineNumber(), at.getColumnNumber(), message);
  }

  static KbException error(String file, XMLStreamException e) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int start = message.indexOf("Message: ");
    if (start >= 0) {
      message = message.substring(start + "Message: ".length());
    }
    return at == null
        ? KbException.at(file, 0, 0, message)
        : KbException.at(file, at.getLineNumber(), at.getColumnNumber(), message);
  }
}
