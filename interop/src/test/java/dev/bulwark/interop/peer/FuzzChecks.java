package dev.bulwark.interop.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.Imported;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.ParseResult;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.validate.ModelValidator;
import dev.bulwark.model.write.ModelWriter;
import java.util.Set;

/** What every importer's fuzz test asserts of whatever an importer returns. */
public final class FuzzChecks {
  /** Small enough that the limit checks are reached by small inputs too. */
  public static final ParseLimits LIMITS =
      ParseLimits.DEFAULTS.withMaxNesting(16).withMaxAliases(8).withMaxNodes(5_000);

  private FuzzChecks() {}

  /**
   * Problems name the file; a failed import says why; an import without errors gives a model that
   * validates without errors and writes to a model file that reads back without problems.
   */
  public static void holds(Imported imported, String file) {
    assertThat(imported.problems())
        .allSatisfy(p -> assertThat(p.position().file()).isEqualTo(file));
    if (imported.failed()) {
      assertThat(imported.problems()).as("a failed import says why").anyMatch(Problem::isError);
      return;
    }
    Model model = imported.model().orElseThrow();
    assertThat(ModelValidator.validate(model, Set.of()))
        .as("an import without errors validates")
        .noneMatch(Problem::isError);
    String written = ModelWriter.yaml(model);
    ParseResult again = ModelParser.parse("again.yaml", written, ParseLimits.DEFAULTS);
    assertThat(again.problems()).as("problems reading back:\n%s", written).isEmpty();
  }
}
