package dev.bulwark.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.validate.ModelValidator;
import dev.bulwark.model.write.ModelWriter;
import java.util.List;
import java.util.Set;

/**
 * What every importer must do with any bytes: answer with a model or problems, every problem in the
 * file read, never an exception; and a model it reads without errors must be one Bulwark can write,
 * read back and export again.
 */
public final class FuzzTarget {
  /** Small limits keep each run fast; the limits themselves are tested in the model module. */
  private static final ParseLimits LIMITS =
      ParseLimits.DEFAULTS.withMaxFileBytes(256 * 1024).withMaxNodes(100_000);

  private FuzzTarget() {}

  public static void readsSafely(Importer importer, Exporter exporter, String name, byte[] bytes) {
    Imported imported = importer.read(new Source(name, bytes), LIMITS);
    assertThat(imported.problems())
        .allSatisfy(problem -> assertThat(problem.position().file()).isEqualTo(name));
    if (imported.failed()) {
      return;
    }
    Model model = imported.model().orElseThrow();
    List<Problem> problems = ModelValidator.validate(model, Set.of());
    if (problems.stream().anyMatch(Problem::isError)) {
      return;
    }
    String yaml = ModelWriter.yaml(model);
    assertThat(ModelParser.parse("again.yaml", yaml, ParseLimits.DEFAULTS).problems())
        .as(yaml)
        .isEmpty();
    assertThat(exporter.write(model, List.of()).text()).isNotEmpty();
  }
}
