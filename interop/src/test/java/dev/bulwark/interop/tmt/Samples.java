package dev.bulwark.interop.tmt;

import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ParseLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Threat Modeling Tool samples the tests read (see samples/ms-tmt/SOURCES.md). */
final class Samples {
  static final Path DIR = Path.of("src/test/resources/samples/ms-tmt");
  static final Path MODEL = DIR.resolve("MTMT_example.tm7");
  static final Path TEMPLATE = DIR.resolve("default.tb7");

  private Samples() {}

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
  }

  static Imported importSample() {
    return new TmtImporter()
        .read(new Source("MTMT_example.tm7", bytes(MODEL)), ParseLimits.DEFAULTS);
  }

  static Model model() {
    return importSample().model().orElseThrow();
  }
}
