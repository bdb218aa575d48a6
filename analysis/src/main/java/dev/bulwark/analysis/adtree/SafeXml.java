package dev.bulwark.analysis.adtree;

import dev.bulwark.model.parse.SafeStax;
import java.io.StringReader;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's StAX reader with every door out of the file shut: no DTD (so no entity can be declared:
 * neither an external one, XXE, nor an expanding one, billion laughs), no external entities, no
 * resolver. A DOCTYPE is refused outright rather than skipped, so the user learns why.
 */
final class SafeXml {
  private static final XMLInputFactory FACTORY = SafeStax.factory(false);

  private final String file;
  private final String text;
  private final XMLStreamReader reader;

  private SafeXml(String file, String text, XMLStreamReader reader) {
    this.file = file;
    this.text = text;
    this.reader = reader;
  }

  static SafeXml open(String file, String text) {
    try {
      return new SafeXml(file, text, FACTORY.createXMLStreamReader(new StringReader(text)));
    } catch (XMLStreamException e) {
      throw error(file, e);
    }
  }

  XMLStreamReader reader() {
    return reader;
  }

  /** The next event; a DOCTYPE or an entity reference is refused with its place. */
  int next() {
    try {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        throw new AdTreeException(
            file
                + ":"
                + doctype()
                + ": a DOCTYPE is not allowed: DTDs can declare entities (external ones, XXE, or"
                + " expanding ones, billion laughs), and ADTool's files have none");
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw error(
            "the entity reference &"
                + reader.getLocalName()
                + "; is not allowed (only"
                + " &lt; &gt; &amp; &quot; &apos; and character references are)");
      }
      return event;
    } catch (XMLStreamException e) {
      throw error(file, e);
    } catch (RuntimeException e) {
      if (e instanceof AdTreeException) {
        throw e;
      }
      // the JDK's reader fails on a few malformed inputs with unchecked exceptions
      throw error("not well-formed XML: " + e.getClass().getSimpleName());
    }
  }

  boolean hasNext() {
    try {
      return reader.hasNext();
    } catch (XMLStreamException e) {
      throw error(file, e);
    }
  }

  /** Where the reader stands, as {@code line:col}. */
  String here() {
    Location at = reader.getLocation();
    return at.getLineNumber() + ":" + at.getColumnNumber();
  }

  /**
   * Where the DOCTYPE starts: the reader reports the end of the whole declaration, which may be
   * many lines later.
   */
  private String doctype() {
    int at = text.indexOf("<!DOCTYPE");
    if (at < 0) {
      return here();
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (at - lineStart + 1);
  }

  AdTreeException error(String message) {
    return new AdTreeException(file + ":" + here() + ": " + message);
  }

  private static AdTreeException error(String file, XMLStreamException e) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int start = message.indexOf("Message: ");
    if (start >= 0) {
      message = message.substring(start + "Message: ".length());
    }
    String place = at == null ? "1:1" : at.getLineNumber() + ":" + at.getColumnNumber();
    return new AdTreeException(file + ":" + place + ": not well-formed XML: " + message.strip());
  }
}
