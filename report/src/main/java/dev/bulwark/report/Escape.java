package dev.bulwark.report;

/**
 * Escaping for the markup languages reports write. Model text is user input: every string from a
 * model goes through one of these before it reaches output.
 */
public final class Escape {
  private Escape() {}

  /**
   * Text or an attribute value (double-quoted) in HTML, XML or SVG. Characters XML 1.0 forbids
   * (control characters other than tab and line breaks, lone surrogates) become U+FFFD, so the
   * output stays well-formed for XML readers such as the PDF printer.
   */
  public static String xml(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> allowedInXml(text, i) ? null : "\uFFFD";
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean allowedInXml(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c != 0xFFFE && c != 0xFFFF;
  }

  /** A Graphviz DOT double-quoted string: {@link #dot} inside quotes. */
  public static String dotQuoted(String text) {
    return "\"" + dot(text) + "\"";
  }

  /**
   * The inside of a Graphviz DOT double-quoted string: a backslash is doubled (so that {@code \N},
   * {@code \G}, {@code \l} in model text stay literal), a quote gets a backslash, a line break
   * becomes DOT's own {@code \n}; other control characters become spaces.
   */
  public static String dot(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> {}
        default -> out.append(c < 0x20 || c == 0x7f ? ' ' : c);
      }
    }
    return out.toString();
  }
}
