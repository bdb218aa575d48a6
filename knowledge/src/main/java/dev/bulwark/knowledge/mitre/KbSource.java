package dev.bulwark.knowledge.mitre;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a set of entries came from. Its name is also the file name in the knowledge directory, so
 * importing a newer file of the same source replaces the older one.
 *
 * @param name a slug such as {@code capec}, {@code cwe-csv}, {@code enterprise-attack}
 * @param format the format the file was read as
 * @param version the catalogue's version as the file states it, or empty
 * @param file the name (not the path) of the imported file
 */
public record KbSource(String name, KbFormat format, String version, String file) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public KbSource {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "source name must be lower-case letters, digits and dashes: '" + name + "'");
    }
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(file, "file");
  }

  public KbSource withName(String other) {
    return new KbSource(other, format, version, file);
  }
}
