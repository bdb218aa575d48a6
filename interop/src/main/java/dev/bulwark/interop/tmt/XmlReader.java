package dev.bulwark.interop.tmt;

import dev.bulwark.model.Position;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.SafeStax;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Threat Modeling Tool file into an {@link XmlTree} with the hardened StAX factory, one
 * event at a time with a stack (no recursion). A DOCTYPE or an entity reference is refused with its
 * place ({@code xml-refused}); so is XML that is not well-formed, e.g. a truncated file. The size,
 * the nesting and the number of elements are bounded by the {@link ParseLimits}.
 */
final class XmlReader {
  private static final XMLInputFactory FACTORY = SafeStax.factory(true);

  private final String file;
  private final byte[] bytes;
  private final ParseLimits limits;

  private XmlReader(String file, byte[] bytes, ParseLimits limits) {
    this.file = file;
    this.bytes = bytes;
    this.limits = limits;
  }

  /** The root element; throws {@link TmtException} with the problem when the file is unusable. */
  static XmlTree read(String file, byte[] bytes, ParseLimits limits) {
    if (bytes.length > limits.maxFileBytes()) {
      throw new TmtException(
          new Problem(
              ProblemType.FILE_TOO_LARGE,
              Position.startOf(file),
              "the file has "
                  + bytes.length
                  + " bytes, more than the limit of "
                  + limits.maxFileBytes(),
              "raise the limit with --max-file-size if the file is trusted"));
    }
    return new XmlReader(file, bytes, limits).document();
  }

  private XmlTree document() {
    String text = decode();
    XMLStreamReader reader;
    try {
      reader = FACTORY.createXMLStreamReader(new StringReader(text));
    } catch (XMLStreamException e) {
      throw refused(e.getLocation(), "not well-formed XML: " + reason(e));
    }
    Deque<Open> open = new ArrayDeque<>();
    long elements = 0;
    Position before = Position.startOf(file);
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw refused(doctype(text), DOCTYPE);
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw refused(
                  here(reader.getLocation()),
                  "the entity reference &"
                      + reader.getLocalName()
                      + "; is not allowed (only &lt;"
                      + " &gt; &amp; &quot; &apos; and character references are)");
          case XMLStreamConstants.START_ELEMENT -> {
            if (++elements > limits.maxNodes()) {
              throw new TmtException(
                  new Problem(
                      ProblemType.DOCUMENT_TOO_LARGE,
                      before,
                      "the file has more than " + limits.maxNodes() + " XML elements"));
            }
            if (open.size() >= limits.maxNesting()) {
              throw new TmtException(
                  new Problem(
                      ProblemType.NESTING_TOO_DEEP,
                      before,
                      "XML elements are nested deeper than " + limits.maxNesting() + " levels"));
            }
            open.push(
                new Open(
                    reader.getLocalName(), attributes(reader), before, here(reader.getLocation())));
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            String chunk = reader.getText();
            if (!open.isEmpty()) {
              open.peek().text.append(chunk);
            }
            // the reader's location after text may already include the next '<'; count instead
            before = advance(before, chunk);
            continue;
          }
          case XMLStreamConstants.END_ELEMENT -> {
            XmlTree done = open.pop().close();
            if (open.isEmpty()) {
              return done;
            }
            open.peek().children.add(done);
          }
          default -> {
            // comments, processing instructions and white space carry nothing
          }
        }
        before = here(reader.getLocation());
      }
    } catch (XMLStreamException e) {
      throw refused(e.getLocation(), "not well-formed XML: " + reason(e));
    } catch (TmtException e) {
      throw e;
    } catch (RuntimeException e) {
      // the JDK's reader fails on a few malformed inputs with unchecked exceptions
      throw refused(before, "not well-formed XML (" + e.getClass().getSimpleName() + ")");
    }
    throw refused(
        before, "the file ends before its root element is closed: it is truncated or empty");
  }

  private static final String DOCTYPE =
      "a DOCTYPE is not allowed: DTDs can declare entities (external ones, XXE, or expanding ones,"
          + " billion laughs), and the Threat Modeling Tool's files have none";

  private static Map<String, String> attributes(XMLStreamReader reader) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.putIfAbsent(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    return attributes;
  }

  /** Where reading {@code text} from {@code from} ends. */
  private static Position advance(Position from, String text) {
    int line = from.line();
    int column = from.column();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(from.file(), line, column);
  }

  private Position here(Location at) {
    if (at == null || at.getLineNumber() < 1) {
      return Position.startOf(file);
    }
    return new Position(file, at.getLineNumber(), Math.max(1, at.getColumnNumber()));
  }

  /**
   * The file as text: UTF-16 where a byte-order mark says so, else UTF-8 (the tool's encoding),
   * decoded strictly so that a malformed byte is refused with its place.
   */
  private String decode() {
    int length = bytes.length;
    if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
    }
    int start =
        length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      String before = new String(bytes, start, in.position() - start, StandardCharsets.UTF_8);
      throw refused(
          advance(Position.startOf(file), before),
          "the file is not valid UTF-8 (byte " + (in.position() + 1) + ")");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Where the DOCTYPE starts: the reader reports the end of the whole declaration. */
  private Position doctype(String text) {
    int at = text.indexOf("<!DOCTYPE");
    if (at < 0) {
      return Position.startOf(file);
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(file, line, at - lineStart + 1);
  }

  private TmtException refused(Location at, String message) {
    return refused(here(at), message);
  }

  private static TmtException refused(Position at, String message) {
    return new TmtException(new Problem(ProblemType.XML_REFUSED, at, message));
  }

  private static String reason(XMLStreamException e) {
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int start = message.indexOf("Message: ");
    return (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
  }

  /** An element whose end tag is still to come. */
  private static final class Open {
    final String name;
    final Map<String, String> attributes;
    final Position at;
    final Position inside;
    final StringBuilder text = new StringBuilder();
    final List<XmlTree> children = new ArrayList<>();

    Open(String name, Map<String, String> attributes, Position at, Position inside) {
      this.name = name;
      this.attributes = attributes;
      this.at = at;
      this.inside = inside;
    }

    XmlTree close() {
      String raw = text.toString();
      int line = inside.line();
      int column = inside.column();
      for (int i = 0; i < raw.length() && Character.isWhitespace(raw.charAt(i)); i++) {
        if (raw.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      Position textAt = new Position(inside.file(), line, column);
      return new XmlTree(name, attributes, raw.strip(), children, at, textAt);
    }
  }
}
