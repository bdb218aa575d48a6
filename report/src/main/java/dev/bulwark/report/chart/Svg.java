package dev.bulwark.report.chart;

import dev.bulwark.report.Escape;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes one chart: the root element every chart shares, and the few shapes they use. Numbers are
 * written with at most one decimal and no exponent, the same on every machine.
 */
final class Svg {
  static final String FONT = "Helvetica, Arial, sans-serif";

  /** Axis text on white: 7.6:1. */
  static final String MUTED = "#4b5563";

  static final String GRID = "#d1d5db";

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  private final StringBuilder out = new StringBuilder(8192);
  private final String prefix;

  /**
   * Opens the root element.
   *
   * @param prefix the caller's id prefix, also the root element's id
   * @param kind the chart's class name after {@code bulwark-}
   * @param title the chart's short name, shown as its tooltip
   * @param summary what the chart shows, in words, for screen readers
   */
  Svg(String prefix, String kind, int width, int height, String title, String summary) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "chart id prefix '"
              + prefix
              + "' must be a letter followed by up to 63 letters, digits, '-' or '_'");
    }
    this.prefix = prefix;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" id=\"")
        .append(prefix)
        .append("\" class=\"bulwark-chart bulwark-")
        .append(kind)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Escape.xml(summary))
        .append("\" font-family=\"")
        .append(FONT)
        .append("\" font-size=\"11\">\n");
    out.append("<title id=\"")
        .append(id("title"))
        .append("\">")
        .append(Escape.xml(title))
        .append("</title>\n");
  }

  /** An id unique to this chart: the prefix, a dash, the local name. */
  String id(String local) {
    return prefix + "-" + local;
  }

  /** Opens a group with an id, a class and a tooltip; close it with {@link #end()}. */
  Svg group(String localId, String cls, String tooltip) {
    out.append("<g id=\"")
        .append(id(localId))
        .append("\" class=\"")
        .append(cls)
        .append("\">\n<title>")
        .append(Escape.xml(tooltip))
        .append("</title>\n");
    return this;
  }

  Svg end() {
    out.append("</g>\n");
    return this;
  }

  Svg rect(double x, double y, double width, double height, String fill, String more) {
    out.append("<rect x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    return attributes(more).append("/>\n");
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, String more) {
    out.append("<line x1=\"")
        .append(num(x1))
        .append("\" y1=\"")
        .append(num(y1))
        .append("\" x2=\"")
        .append(num(x2))
        .append("\" y2=\"")
        .append(num(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append('"');
    return attributes(more).append("/>\n");
  }

  /**
   * Text, escaped; {@code more} holds further attributes written by the chart, never model text.
   */
  Svg text(double x, double y, String anchor, String fill, String content, String more) {
    out.append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    return attributes(more).append('>').append(Escape.xml(content)).append("</text>\n");
  }

  /** Markup the chart wrote itself, with no model text in it. */
  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  String close() {
    return out.append("</svg>\n").toString();
  }

  private Svg attributes(String more) {
    if (!more.isEmpty()) {
      out.append(' ').append(more);
    }
    return this;
  }

  private Svg append(String s) {
    out.append(s);
    return this;
  }

  private Svg append(char c) {
    out.append(c);
    return this;
  }

  /** A coordinate: rounded to a tenth, no trailing zeros, no exponent. */
  static String num(double value) {
    return BigDecimal.valueOf(Math.round(value * 10), 1).stripTrailingZeros().toPlainString();
  }

  /** A share as a whole percentage: 0.804 → "80%". */
  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** An enum constant as words: VERY_LIKELY → "very likely". */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Words with a capital first letter: VERY_LIKELY → "Very likely". */
  static String label(Enum<?> constant) {
    String words = words(constant);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
