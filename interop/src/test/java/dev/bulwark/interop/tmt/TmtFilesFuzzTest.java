package dev.bulwark.interop.tmt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.analysis.cel.ForeignPacks;
import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Source;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.validate.ModelValidator;
import java.nio.file.Path;
import java.util.Set;

/**
 * Feeds arbitrary bytes to the {@code .tm7} importer and the template reader: whatever the input,
 * they return problems placed in the file, or a model the validator can check, and never throw.
 *
 * <p>Fuzzes for {@code -Dfuzz.seconds} in its own surefire execution (interop/pom.xml). Seeds live
 * in {@code src/test/resources/dev/bulwark/interop/tmt/TmtFilesFuzzTestInputs/}.
 */
class TmtFilesFuzzTest {
  private static final ParseLimits LIMITS = ParseLimits.DEFAULTS.withMaxNodes(100_000);

  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveAModelOrPlacedProblems(byte[] input) {
    Imported imported = new TmtImporter().read(new Source("fuzz.tm7", input), LIMITS);
    assertThat(imported.problems()).allMatch(p -> p.position().file().equals("fuzz.tm7"));
    if (imported.model().isEmpty()) {
      assertThat(imported.problems()).anyMatch(Problem::isError);
    } else {
      ModelValidator.validate(imported.model().get(), Set.of());
    }
    ForeignPacks.Pack pack = TemplatePacks.pack(Path.of("fuzz.tb7"), input, LIMITS);
    assertThat(pack.problems()).allMatch(p -> p.file().equals(Path.of("fuzz.tb7")));
  }
}
