package dev.bulwark.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.model.Model;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.validate.ModelValidator;
import dev.bulwark.model.write.ModelWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Feeds arbitrary bytes to the parser: whatever the input, it must return a model or problems,
 * never throw or hang. A model it returns must also pass through validation and write back to YAML
 * that parses to the same text again.
 *
 * <p>In the normal build this fuzzes for {@code -Dfuzz.seconds} (20 by default; the module's POM
 * sets {@code JAZZER_FUZZ} and {@code jazzer.max_duration}); {@code ./mvnw -pl model test
 * -Dtest=ParserFuzzTest -Dfuzz.seconds=600} fuzzes longer. The seeds, and any crash Jazzer finds,
 * live in {@code src/test/resources/dev/bulwark/model/parse/ParserFuzzTestInputs/} and run as
 * regression tests.
 */
class ParserFuzzTest {
  /** Small enough that limit checks are reached by small inputs too. */
  private static final ParseLimits LIMITS =
      ParseLimits.DEFAULTS.withMaxNesting(16).withMaxAliases(8).withMaxNodes(2_000);

  @FuzzTest(maxDuration = "20s")
  @DictionaryFile(resourcePath = "yaml.dict")
  void anyBytesGiveAModelOrProblems(byte[] input) {
    ParseResult result = ModelParser.parse("fuzz.yaml", input, LIMITS);

    if (result.model().isEmpty()) {
      assertThat(result.problems()).as("a file without a model says why").isNotEmpty();
      return;
    }
    Model model = result.model().get();
    List<Problem> problems = ModelValidator.validate(model, result.unboundIds());
    assertThat(problems).doesNotContainNull();

    String written = ModelWriter.yaml(model);
    ParseResult again =
        ModelParser.parse(
            "again.yaml", written.getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULTS);
    assertThat(again.problems()).as("problems reading back:\n%s", written).isEmpty();
    assertThat(again.model().map(ModelWriter::yaml)).as("written twice").contains(written);
  }
}
