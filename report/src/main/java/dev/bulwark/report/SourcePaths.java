package dev.bulwark.report;

import dev.bulwark.model.Position;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Model-file paths as reports print them: relative to the project root, with forward slashes, so
 * that the same model gives the same report on every checkout and code scanning finds the file in
 * the repository. The loader names files as the user typed them (possibly absolute); this is the
 * one place that turns those names into stable ones.
 */
public final class SourcePaths {
  private SourcePaths() {}

  /**
   * The file's path relative to {@code root}, forward slashes. A file outside the root keeps its
   * name as given (normalised), since there is nothing stable to make it relative to.
   */
  public static String relative(Path root, String file) {
    Path given;
    try {
      given = Path.of(file);
    } catch (InvalidPathException e) {
      return file.replace('\\', '/'); // "<memory>" and the like on Windows
    }
    Path base = root.toAbsolutePath().normalize();
    Path absolute = given.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : given.normalize();
    return shown.toString().replace('\\', '/');
  }

  /** {@code file:line:col} with the file relative to {@code root}. */
  public static String place(Path root, Position position) {
    return relative(root, position.file()) + ":" + position.line() + ":" + position.column();
  }

  /**
   * A relative path as a URI reference (RFC 3986): each byte outside the unreserved set and the
   * path separator percent-encoded, so that spaces, {@code #}, {@code ?} and non-ASCII names
   * survive, and a colon can never be read as a scheme.
   */
  public static String uri(String relativePath) {
    StringBuilder out = new StringBuilder(relativePath.length() + 8);
    for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
