package dev.bulwark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under a module's src/test/resources/golden: a missing file is written and the test
 * fails once, so that it is reviewed; {@code -Dgolden.update=true} rewrites them all.
 */
public final class Golden {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
        boolean created = !Files.exists(file);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        if (created) {
          fail("wrote the missing golden file " + file + "; review it and run again");
        }
      }
      assertThat(actual).as("golden file " + file).isEqualTo(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
