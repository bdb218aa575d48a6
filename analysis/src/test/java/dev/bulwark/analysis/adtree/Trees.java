package dev.bulwark.analysis.adtree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test trees under src/test/resources/adtree. */
final class Trees {
  private Trees() {}

  static String text(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/adtree", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AdTree yaml(String name) {
    return TreeYaml.read(name, text(name));
  }

  static AdTree yamlText(String text) {
    return TreeYaml.read("test.yaml", text);
  }
}
