package dev.bulwark.model.write;

/**
 * Escaping of model text for GitHub-flavoured Markdown (reports, diffs, CI summaries). Model text
 * is user input: printed raw, a title could open a link to {@code javascript:}, inject HTML, start
 * a heading or a list, or break a table row. Every string from a model goes through {@link #text}
 * or {@link #code}.
 */
public final class Markdown {
  private Markdown() {}

  /**
   * Text for a paragraph, a list item, a heading or a table cell: one line (line breaks become
   * spaces), every character that could start emphasis, a link, an image, a code span, a table
   * cell, strikethrough or maths backslash-escaped, and {@code < > &} written as entities so that
   * no HTML tag, autolink or entity survives. A leading character that could start a block (list,
   * heading, quote, thematic break) is escaped too.
   */
  public static String text(String raw) {
    String line = oneLine(raw).strip();
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '$', '#' -> out.append('\\').append(c);
        case '-', '+', '=' -> {
          if (i == 0) {
            out.append('\\');
          }
          out.append(c);
        }
        case '.', ')' -> {
          if (i > 0 && allDigits(line, i)) {
            out.append('\\'); // "1. " at the start of a line begins an ordered list
          }
          out.append(c);
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * An identifier as a code span, for a table cell or running text. The fence is one backtick
   * longer than any run inside; {@code |} is escaped because GitHub splits table cells on it even
   * inside code spans (and unescapes it there).
   */
  public static String code(String raw) {
    String line = oneLine(raw);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      run = line.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = line.startsWith("`") || line.endsWith("`") || line.isBlank() ? " " : "";
    return fence + pad + line.replace("|", "\\|") + pad + fence;
  }

  /** Line breaks and other control characters as spaces: a cell or an item is one line. */
  static String oneLine(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' && i > 0 && raw.charAt(i - 1) == '\r') {
        continue; // CRLF is one break
      }
      boolean control = c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029;
      out.append(control ? ' ' : c);
    }
    return out.toString();
  }

  private static boolean allDigits(String line, int end) {
    for (int i = 0; i < end; i++) {
      char c = line.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return end <= 9; // CommonMark ordered-list numbers have at most nine digits
  }
}
