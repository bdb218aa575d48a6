package dev.bulwark.interop.tmt;

import dev.bulwark.interop.tmt.Filter.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses a generation filter. The grammar, with keywords in any case:
 *
 * <pre>
 * filter  = or
 * or      = and { "or" and }
 * and     = not { "and" not }
 * not     = "not" not | primary
 * primary = "(" or ")" | subject "is" STRING | "flow" "crosses" STRING
 * subject = ("source" | "target" | "flow") [ "." NAME ]
 * STRING  = a text in single (or double) quotes
 * </pre>
 *
 * A blank filter is {@link Optional#empty()}: the tool generates nothing for an empty include and
 * excludes nothing for an empty exclude. Errors give the offset in the text where they are.
 */
final class FilterParser {
  /** Longest filter read; the longest in Microsoft's templates has about 1,300 characters. */
  static final int MAX_LENGTH = 20_000;

  /** Deepest nesting of parentheses and {@code not}s, so that no input exhausts the stack. */
  static final int MAX_DEPTH = 100;

  private final String text;
  private final List<Token> tokens;
  private int next;
  private int depth;

  private FilterParser(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /** The filter; throws {@link FilterSyntaxException} naming the offset of the first error. */
  static Optional<Filter> parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new FilterSyntaxException(
          MAX_LENGTH, "the filter is longer than " + MAX_LENGTH + " characters");
    }
    List<Token> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    FilterParser parser = new FilterParser(text, tokens);
    Filter filter = parser.or();
    if (parser.next < tokens.size()) {
      Token extra = tokens.get(parser.next);
      throw new FilterSyntaxException(
          extra.offset(), "expected 'and', 'or' or the end of the filter, found " + extra.show());
    }
    return Optional.of(filter);
  }

  private Filter or() {
    Filter left = and();
    while (keyword("or")) {
      next++;
      left = new Filter.Or(left, and());
    }
    return left;
  }

  private Filter and() {
    Filter left = not();
    while (keyword("and")) {
      next++;
      left = new Filter.And(left, not());
    }
    return left;
  }

  private Filter not() {
    if (keyword("not")) {
      Token not = tokens.get(next++);
      deeper(not);
      Filter operand = not();
      depth--;
      return new Filter.Not(operand);
    }
    return primary();
  }

  private Filter primary() {
    Token token = take("a condition such as source is 'GE.P', or '('");
    if (token.kind() == Kind.OPEN) {
      deeper(token);
      Filter inner = or();
      depth--;
      Token close = take("')'");
      if (close.kind() != Kind.CLOSE) {
        throw new FilterSyntaxException(close.offset(), "expected ')', found " + close.show());
      }
      return inner;
    }
    if (token.kind() != Kind.WORD) {
      throw new FilterSyntaxException(
          token.offset(), "expected a condition such as source is 'GE.P', found " + token.show());
    }
    Subject subject = subject(token);
    Token verb = take("'is' or 'crosses'");
    String word = verb.kind() == Kind.WORD ? verb.lower() : "";
    if (word.equals("is")) {
      String value = string(verb);
      return subject
          .property()
          .<Filter>map(p -> new Filter.HasValue(subject.role(), p, value))
          .orElseGet(() -> new Filter.IsStencil(subject.role(), value));
    }
    if (word.equals("crosses")) {
      if (subject.role() != Role.FLOW || subject.property().isPresent()) {
        throw new FilterSyntaxException(
            token.offset(), "only 'flow' crosses a boundary, not '" + token.text() + "'");
      }
      return new Filter.Crosses(string(verb));
    }
    throw new FilterSyntaxException(
        verb.offset(),
        "expected 'is' or 'crosses' after '" + token.text() + "', found " + verb.show());
  }

  private record Subject(Role role, Optional<String> property) {}

  private static Subject subject(Token token) {
    String word = token.text();
    int dot = word.indexOf('.');
    String head = (dot < 0 ? word : word.substring(0, dot)).toLowerCase(Locale.ROOT);
    Role role =
        switch (head) {
          case "source" -> Role.SOURCE;
          case "target" -> Role.TARGET;
          case "flow" -> Role.FLOW;
          default ->
              throw new FilterSyntaxException(
                  token.offset(), "expected 'source', 'target' or 'flow', found '" + word + "'");
        };
    if (dot < 0) {
      return new Subject(role, Optional.empty());
    }
    String property = word.substring(dot + 1);
    if (property.isEmpty()) {
      throw new FilterSyntaxException(
          token.offset() + dot + 1, "expected a property name after '" + head + ".'");
    }
    return new Subject(role, Optional.of(property));
  }

  private String string(Token after) {
    Token value = take("a quoted value after '" + after.text() + "'");
    if (value.kind() != Kind.STRING) {
      throw new FilterSyntaxException(
          value.offset(),
          "expected a quoted value after '" + after.text() + "', found " + value.show());
    }
    return value.text().strip();
  }

  private void deeper(Token token) {
    if (++depth > MAX_DEPTH) {
      throw new FilterSyntaxException(
          token.offset(), "the filter nests deeper than " + MAX_DEPTH + " levels");
    }
  }

  private boolean keyword(String word) {
    return next < tokens.size()
        && tokens.get(next).kind() == Kind.WORD
        && tokens.get(next).lower().equals(word);
  }

  private Token take(String expected) {
    if (next >= tokens.size()) {
      throw new FilterSyntaxException(
          text.length(), "expected " + expected + ", found the end of the filter");
    }
    return tokens.get(next++);
  }

  private enum Kind {
    OPEN,
    CLOSE,
    WORD,
    STRING
  }

  private record Token(Kind kind, String text, int offset) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    String show() {
      return switch (kind) {
        case OPEN -> "'('";
        case CLOSE -> "')'";
        case WORD -> "'" + text + "'";
        case STRING -> "the value '" + text + "'";
      };
    }
  }

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        tokens.add(new Token(Kind.OPEN, "(", i++));
      } else if (c == ')') {
        tokens.add(new Token(Kind.CLOSE, ")", i++));
      } else if (c == '\'' || c == '"') {
        int end = text.indexOf(c, i + 1);
        if (end < 0) {
          throw new FilterSyntaxException(i, "the value that starts here has no closing " + c);
        }
        tokens.add(new Token(Kind.STRING, text.substring(i + 1, end), i));
        i = end + 1;
      } else if (wordChar(c)) {
        int start = i;
        while (i < text.length() && wordChar(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.WORD, text.substring(start, i), start));
      } else {
        throw new FilterSyntaxException(
            i,
            "unexpected character '"
                + c
                + "'; a filter has words, quoted values, 'and', 'or',"
                + " 'not' and parentheses");
      }
    }
    return tokens;
  }

  private static boolean wordChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '-';
  }
}
