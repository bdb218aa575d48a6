package dev.bulwark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file the repository publishes that is generated from code (the schema, the reference): it must
 * equal what the code generates now. {@code -Dgolden.update=true} rewrites it, and a missing one is
 * written; review the diff before committing.
 */
public final class PublishedFile {
  private PublishedFile() {}

  public static void assertUpToDate(Path file, String generated) {
    try {
      if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(file))
          .as(file + " is stale: run with -Dgolden.update=true and review the diff")
          .isEqualTo(generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
