package dev.bulwark.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Element;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the peer files kept under src/test/resources for the interop tests. */
public final class Samples {
  public static final Path OTM = Path.of("src/test/resources/samples/otm");
  public static final Path THREAT_DRAGON = Path.of("src/test/resources/samples/threat-dragon");

  private Samples() {}

  /** The model files of a sample folder (not SOURCES.md), sorted by name. */
  public static List<Path> files(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> !file.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Source source(Path file) {
    try {
      return new Source(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Source source(String name, String text) {
    return new Source(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Imports with the importer that recognises the file. */
  public static Imported read(Source source) {
    return Importers.read(source, Optional.empty(), ParseLimits.DEFAULTS);
  }

  /** Imports a file that must import without errors. */
  public static Model model(Path file) {
    Imported imported = read(source(file));
    assertThat(imported.problems().stream().filter(Problem::isError).toList())
        .as(file.toString())
        .isEmpty();
    return imported.model().orElseThrow();
  }

  /** The element of that id, of any kind. */
  public static <T extends Element> T element(Model model, String id, Class<T> type) {
    return model
        .elements()
        .filter(element -> element.id().equals(id))
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no element '" + id + "' in " + model.id()));
  }
}
