package dev.bulwark.interop.cyclonedx;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A package URL, {@code pkg:type/namespace/name@version?qualifiers#subpath}, parsed by the
 * purl-spec's own order: subpath from the right at '#', qualifiers at '?', the scheme, the type up
 * to the first '/', the version from the right at '@', the name after the last '/', the namespace
 * before it. Components are percent-decoded; the type and qualifier keys are case-insensitive.
 *
 * @param namespace its segments joined by '/', when there is one
 * @param qualifiers keys in lower case, sorted
 */
public record Purl(
    String type,
    Optional<String> namespace,
    String name,
    Optional<String> version,
    Map<String, String> qualifiers,
    Optional<String> subpath) {

  private static final Pattern TYPE = Pattern.compile("[a-z.+-][a-z0-9.+-]*");
  private static final Pattern KEY = Pattern.compile("[a-z.\\-_][a-z0-9.\\-_]*");

  public Purl {
    qualifiers = Map.copyOf(qualifiers);
  }

  /** What parsing a text gave. */
  public sealed interface Parsed permits Valid, Invalid {}

  public record Valid(Purl purl) implements Parsed {}

  /**
   * Why a text is no package URL.
   *
   * @param offset the index in the text where the problem is, from 0
   */
  public record Invalid(String reason, int offset) implements Parsed {}

  /** Parses a package URL; never throws. */
  public static Parsed parse(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        return new Invalid("it holds a space or control character; encode it as %XX", i);
      }
    }
    try {
      return new Valid(new Parser(text).parse());
    } catch (Failure failure) {
      return new Invalid(failure.getMessage(), failure.offset);
    }
  }

  /** A failure inside the parser, with where it happened; never leaves this class. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int offset;

    Failure(String reason, int offset) {
      super(reason, null, false, false);
      this.offset = offset;
    }
  }

  private static final class Parser {
    private final String text;

    Parser(String text) {
      this.text = text;
    }

    Purl parse() throws Failure {
      int end = text.length();
      Optional<String> subpath = Optional.empty();
      int hash = text.lastIndexOf('#');
      if (hash >= 0) {
        subpath = subpath(hash + 1, end);
        end = hash;
      }
      Map<String, String> qualifiers = new TreeMap<>();
      int question = text.lastIndexOf('?', end - 1);
      if (question >= 0) {
        qualifiers = qualifiers(question + 1, end);
        end = question;
      }
      int colon = text.indexOf(':');
      if (colon < 0 || colon >= end || !text.substring(0, colon).equalsIgnoreCase("pkg")) {
        throw new Failure("it does not start with 'pkg:'", 0);
      }
      int start = colon + 1;
      while (start < end && text.charAt(start) == '/') {
        start++;
      }
      int slash = text.indexOf('/', start);
      if (slash < 0 || slash >= end) {
        throw new Failure("it has no '/' between the type and the name", end);
      }
      String type = text.substring(start, slash).toLowerCase(Locale.ROOT);
      if (!TYPE.matcher(type).matches()) {
        throw new Failure(
            "the type '" + type + "' is not letters, digits, '.', '+' or '-' after a letter",
            start);
      }
      Optional<String> version = Optional.empty();
      int at = text.lastIndexOf('@', end - 1);
      if (at > slash) {
        if (at + 1 == end) {
          throw new Failure("the version after '@' is empty", at);
        }
        version = Optional.of(decode(at + 1, end));
        end = at;
      }
      while (end > slash + 1 && text.charAt(end - 1) == '/') {
        end--;
      }
      int last = text.lastIndexOf('/', end - 1);
      if (last + 1 >= end) {
        throw new Failure("the name is empty", end);
      }
      String name = decode(last + 1, end);
      List<String> segments = new ArrayList<>();
      for (int from = slash + 1; from < last; ) {
        int to = text.indexOf('/', from);
        if (to < 0 || to > last) {
          to = last;
        }
        if (to > from) {
          segments.add(decode(from, to));
        }
        from = to + 1;
      }
      return new Purl(
          type,
          segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments)),
          name,
          version,
          qualifiers,
          subpath);
    }

    private Optional<String> subpath(int from, int to) throws Failure {
      List<String> segments = new ArrayList<>();
      for (int i = from; i < to; ) {
        int next = text.indexOf('/', i);
        if (next < 0 || next > to) {
          next = to;
        }
        String segment = decode(i, next);
        if (segment.equals(".") || segment.equals("..")) {
          throw new Failure("the subpath holds '" + segment + "'", i);
        }
        if (!segment.isEmpty()) {
          segments.add(segment);
        }
        i = next + 1;
      }
      return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    private Map<String, String> qualifiers(int from, int to) throws Failure {
      Map<String, String> qualifiers = new TreeMap<>();
      for (int i = from; i < to; ) {
        int next = text.indexOf('&', i);
        if (next < 0 || next > to) {
          next = to;
        }
        if (next > i) {
          int equals = text.indexOf('=', i);
          if (equals < 0 || equals >= next) {
            throw new Failure("the qualifier '" + text.substring(i, next) + "' has no '='", i);
          }
          String key = text.substring(i, equals).toLowerCase(Locale.ROOT);
          if (!KEY.matcher(key).matches()) {
            throw new Failure(
                "the qualifier key '"
                    + key
                    + "' is not letters, digits, '.', '-' or '_'"
                    + " after a letter",
                i);
          }
          String value = decode(equals + 1, next);
          if (!value.isEmpty() && qualifiers.put(key, value) != null) {
            throw new Failure("the qualifier '" + key + "' is given twice", i);
          }
        }
        i = next + 1;
      }
      return qualifiers;
    }

    /** Percent-decodes a part of the text; runs of escapes are read as UTF-8. */
    private String decode(int from, int to) throws Failure {
      StringBuilder out = new StringBuilder(to - from);
      ByteArrayOutputStream escaped = new ByteArrayOutputStream();
      int runStart = from;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c != '%') {
          flush(escaped, out, runStart);
          out.append(c);
          continue;
        }
        if (escaped.size() == 0) {
          runStart = i;
        }
        if (i + 2 >= to
            || Character.digit(text.charAt(i + 1), 16) < 0
            || Character.digit(text.charAt(i + 2), 16) < 0) {
          throw new Failure("'%' is not followed by two hex digits", i);
        }
        escaped.write(
            Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      }
      flush(escaped, out, runStart);
      return out.toString();
    }

    private static void flush(ByteArrayOutputStream escaped, StringBuilder out, int at)
        throws Failure {
      if (escaped.size() == 0) {
        return;
      }
      try {
        out.append(
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(escaped.toByteArray())));
      } catch (CharacterCodingException e) {
        throw new Failure("its percent-encoded bytes are not UTF-8", at);
      }
      escaped.reset();
    }
  }
}
