package dev.bulwark.interop.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Importer;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Element;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.ParseResult;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.validate.ModelValidator;
import dev.bulwark.model.write.ModelWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What the importer tests check on every converted file. */
public final class ImportChecks {
  private ImportChecks() {}

  /** A test resource as a source named by its path under {@code samples/}. */
  public static Source sample(String path) {
    try {
      Path file = Path.of("src/test/resources/samples").resolve(path);
      return new Source("samples/" + path, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Source text(String file, String text) {
    return new Source(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Imports a file that must convert: no errors, a model that validates without errors, and that
   * writes to a model file that reads back without problems to the same model.
   */
  public static Model converts(Importer importer, Source source) {
    Imported imported = importer.read(source, ParseLimits.DEFAULTS);
    assertThat(imported.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(imported.model()).isPresent();
    Model model = imported.model().get();
    assertThat(ModelValidator.validate(model, Set.of())).filteredOn(Problem::isError).isEmpty();
    String yaml = ModelWriter.yaml(model);
    ParseResult again = ModelParser.parse("again.yaml", yaml, ParseLimits.DEFAULTS);
    assertThat(again.problems()).as(yaml).isEmpty();
    assertThat(ModelWriter.yaml(again.model().orElseThrow())).isEqualTo(yaml);
    return model;
  }

  /** The ids of elements, in order. */
  public static List<String> ids(List<? extends Element> elements) {
    return elements.stream().map(Element::id).toList();
  }

  /** The element of that id. */
  public static <T extends Element> T byId(List<T> elements, String id) {
    return elements.stream()
        .filter(element -> element.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no element '" + id + "' in " + ids(elements)));
  }
}
