package dev.bulwark.interop;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A file to import: its name as the user gave it (used in every position and message) and its
 * bytes, read once.
 */
public record Source(String file, byte[] bytes) {
  /** How much of the start of a file {@link #head()} looks at to recognise its format. */
  public static final int HEAD_BYTES = 64 * 1024;

  public Source {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The file name's extension in lower case, without the dot; empty when it has none. */
  public String extension() {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The start of the file as text, for recognising formats by their first keys: at most {@link
   * #HEAD_BYTES} bytes, a UTF-8 byte-order mark dropped, malformed bytes replaced.
   */
  public String head() {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb ? 3 : 0;
    int length = Math.min(bytes.length - start, HEAD_BYTES);
    return new String(bytes, start, Math.max(length, 0), StandardCharsets.UTF_8);
  }
}
