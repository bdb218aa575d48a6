package dev.bulwark.analysis.cel;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * A pack file's text with its line starts: turns char indexes into lines and columns (columns in
 * code points, as the YAML parser counts them), and traces a character of a scalar's value back to
 * where it was written, through quotes, escapes, folding and block indentation.
 */
final class SourceMap {
  private final String text;
  private final int[] lineStarts;

  SourceMap(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  String text() {
    return text;
  }

  /** The char index of a line and column counted from 1, clamped to the text. */
  int index(int line, int column) {
    if (line < 1 || line > lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[line - 1];
    int index = start;
    for (int cp = 1; cp < column && index < text.length(); cp++) {
      index += Character.charCount(text.codePointAt(index));
    }
    return index;
  }

  /** The line (from 1) holding a char index. */
  int lineOf(int index) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= index) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }

  /** The column (from 1, in code points) of a char index. */
  int columnOf(int index) {
    int start = lineStarts[lineOf(index) - 1];
    return Character.codePointCount(text, start, Math.min(index, text.length())) + 1;
  }

  /** Where the code point at {@code offset} of a scalar's value was written. */
  Located locate(YamlTree.Scalar scalar, int offset) {
    String value = scalar.value();
    int target =
        offset <= 0
            ? 0
            : offset >= value.codePointCount(0, value.length())
                ? value.length()
                : value.offsetByCodePoints(0, offset);
    ScalarStyle style = scalar.style();
    boolean block = style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
    int j = start(scalar);
    int indent = block ? blockIndent(j, scalar.index()) : 0;
    if (j < 0 || indent < 0) {
      return approximate(scalar);
    }
    j = skipIndent(j, indent);
    int i = 0;
    while (true) {
      if (j >= text.length()) {
        return i >= target ? new Located(lineOf(j), columnOf(j), true) : approximate(scalar);
      }
      char c = text.charAt(j);
      if (style == ScalarStyle.DOUBLE_QUOTED
          && c == '\\'
          && j + 1 < text.length()
          && (text.charAt(j + 1) == '\n' || text.charAt(j + 1) == '\r')) {
        j = skipWhitespace(j + 1); // an escaped line break yields nothing
        continue;
      }
      if (i >= target) {
        // on to where the character at the target was written: past indentation and folding
        if (i < value.length() && c != value.charAt(i) && isWhitespace(c)) {
          j = c == '\n' ? skipIndent(j + 1, indent) : j + 1;
          continue;
        }
        return new Located(lineOf(j), columnOf(j), true);
      }
      char v = value.charAt(i);
      if (style == ScalarStyle.DOUBLE_QUOTED && c == '\\' && j + 1 < text.length()) {
        char next = text.charAt(j + 1);
        i += Character.charCount(value.codePointAt(i));
        j += next == 'x' ? 4 : next == 'u' ? 6 : next == 'U' ? 10 : 2;
      } else if (style == ScalarStyle.SINGLE_QUOTED
          && v == '\''
          && c == '\''
          && j + 1 < text.length()
          && text.charAt(j + 1) == '\'') {
        i++;
        j += 2;
      } else if (v == c) {
        i++;
        j = c == '\n' ? skipIndent(j + 1, indent) : j + 1;
      } else if (isWhitespace(c)) {
        if (!block && (v == ' ' || v == '\n')) {
          i++; // a line break folded into a space, or kept as one: spans the whitespace around it
          j = skipWhitespace(j);
        } else if (block && v == ' ' && (c == '\n' || c == '\r')) {
          i++; // folded block: a line break became a space
          j = skipIndent(c == '\r' ? j + 1 : j, indent);
          j = j < text.length() && text.charAt(j) == '\n' ? skipIndent(j + 1, indent) : j;
        } else {
          j = c == '\n' ? skipIndent(j + 1, indent) : j + 1; // spaces trimmed at a line's end
        }
      } else {
        return approximate(scalar);
      }
    }
  }

  /** Where a scalar's value begins in the text, or -1 when it cannot be told. */
  private int start(YamlTree.Scalar scalar) {
    int at = scalar.index();
    return switch (scalar.style()) {
      case PLAIN -> at;
      case SINGLE_QUOTED, DOUBLE_QUOTED, JSON_SCALAR_STYLE -> at + 1;
      case LITERAL, FOLDED -> {
        // the content starts on the line after the indicator (and its comment)
        int line = lineOf(at);
        yield line < lineStarts.length ? lineStarts[line] : -1;
      }
    };
  }

  /**
   * The indentation of a block scalar's content: that of its first non-blank line, or -1 where an
   * explicit indentation indicator (which this does not follow) is written.
   */
  private int blockIndent(int contentStart, int indicator) {
    if (contentStart < 0) {
      return -1;
    }
    int header = indicator;
    while (header < text.length() && !isWhitespace(text.charAt(header))) {
      if (Character.isDigit(text.charAt(header))) {
        return -1;
      }
      header++;
    }
    int j = contentStart;
    while (j < text.length()) {
      int spaces = 0;
      while (j < text.length() && text.charAt(j) == ' ') {
        spaces++;
        j++;
      }
      if (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
        return spaces;
      }
      j++;
    }
    return 0;
  }

  private int skipIndent(int j, int indent) {
    int skipped = 0;
    while (skipped < indent && j < text.length() && text.charAt(j) == ' ') {
      j++;
      skipped++;
    }
    return j;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private int skipWhitespace(int j) {
    while (j < text.length()
        && (text.charAt(j) == ' '
            || text.charAt(j) == '\t'
            || text.charAt(j) == '\n'
            || text.charAt(j) == '\r')) {
      j++;
    }
    return j;
  }

  private static Located approximate(YamlTree.Scalar scalar) {
    return new Located(scalar.line(), scalar.column(), false);
  }

  /** A place in the file; {@code exact} is false where only the scalar's start could be told. */
  record Located(int line, int column, boolean exact) {}
}
