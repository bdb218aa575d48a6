package dev.bulwark.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.ParseResult;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.validate.ModelValidator;
import dev.bulwark.model.write.ModelWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every peer sample converts to a Bulwark model file that reads back as the same model and
 * validates without errors: what {@code bulwark convert --to bulwark} writes is a usable model.
 */
class ConvertedSamplesTest {
  static Stream<Path> samples() {
    return Stream.of(
            Samples.files(Samples.OTM),
            Samples.files(Samples.THREAT_DRAGON),
            List.of(Path.of("src/test/resources/threat-dragon/v1-demo.json")))
        .flatMap(List::stream);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void convertsToAValidModelFile(Path sample) {
    Model model = Samples.model(sample);
    assertThat(ModelValidator.validate(model, java.util.Set.of()).stream().filter(Problem::isError))
        .isEmpty();
    String yaml = ModelWriter.yaml(model);
    ParseResult parsed = ModelParser.parse("converted.yaml", yaml, ParseLimits.DEFAULTS);
    assertThat(parsed.problems()).as(yaml).isEmpty();
    Model again = parsed.model().orElseThrow();
    assertThat(ModelValidator.validate(again, java.util.Set.of()).stream().filter(Problem::isError))
        .isEmpty();
    assertThat(ModelWriter.yaml(again)).isEqualTo(yaml);
  }
}
