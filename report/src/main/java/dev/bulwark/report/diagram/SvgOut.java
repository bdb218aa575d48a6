package dev.bulwark.report.diagram;

import dev.bulwark.report.Escape;
import java.util.List;

/**
 * A small SVG builder: elements with presentation attributes (no CSS, so that every SVG reader,
 * Batik included, draws the same), numbers in a fixed short form, and every text escaped.
 */
final class SvgOut {
  private final StringBuilder out;

  SvgOut(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** Opens {@code <name}; attributes follow, then {@link #close()} or {@link #end()}. */
  SvgOut open(String name) {
    out.append('<').append(name);
    return this;
  }

  /** An attribute with a text value, escaped. */
  SvgOut attr(String name, String value) {
    out.append(' ').append(name).append("=\"").append(Escape.xml(value)).append('"');
    return this;
  }

  /** An attribute with a number value. */
  SvgOut attr(String name, double value) {
    out.append(' ').append(name).append("=\"");
    number(value);
    out.append('"');
    return this;
  }

  /** A points attribute ({@code x,y x,y}), written straight into the output. */
  SvgOut points(String name, List<Placed.Point> points) {
    out.append(' ').append(name).append("=\"");
    for (int i = 0; i < points.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      number(points.get(i).x());
      out.append(',');
      number(points.get(i).y());
    }
    out.append('"');
    return this;
  }

  /** Ends the start tag: content follows. */
  SvgOut close() {
    out.append('>');
    return this;
  }

  /** Ends an empty element. */
  SvgOut end() {
    out.append("/>\n");
    return this;
  }

  SvgOut closeTag(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** Escaped character data. */
  SvgOut text(String text) {
    out.append(Escape.xml(text));
    return this;
  }

  /** A {@code <title>} with escaped hover text. */
  SvgOut title(String text) {
    out.append("<title>").append(Escape.xml(text)).append("</title>");
    return this;
  }

  /** Markup written by this package, never model text. */
  SvgOut raw(String markup) {
    out.append(markup);
    return this;
  }

  /** A number with at most one decimal, no exponent, no locale: the same bytes everywhere. */
  SvgOut number(double value) {
    long tenths = Math.round(value * 10);
    if (tenths < 0) {
      out.append('-');
      tenths = -tenths;
    }
    out.append(tenths / 10);
    if (tenths % 10 != 0) {
      out.append('.').append(tenths % 10);
    }
    return this;
  }

  /** A path or points list built from numbers: {@code fmt("M", x, y)}. */
  static String fmt(double value) {
    return new SvgOut(8).number(value).toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
