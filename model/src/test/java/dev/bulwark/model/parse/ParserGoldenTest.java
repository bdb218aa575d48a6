package dev.bulwark.model.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.bulwark.model.Element;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.Positions;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.validate.ModelValidator;
import dev.bulwark.model.write.ModelWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses each model in {@code src/test/resources/golden/parse/} and compares a readable dump (its
 * problems, the model as canonical YAML, and where each element and field was written) with the
 * file next to it named {@code <model>.expected}.
 *
 * <p>A missing golden file is written and the test fails, asking for a review; {@code
 * -Dgolden.update=true} rewrites every golden file. Review the diff before committing: a golden
 * file must be right, not just what the code printed.
 */
class ParserGoldenTest {
  private static final Path FOLDER = Path.of("src/test/resources/golden/parse");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .filter(file -> !file.getFileName().toString().endsWith(".expected"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void matchesItsGoldenFile(Path model) throws IOException {
    String actual = dump(model);
    Path golden = model.resolveSibling(model.getFileName() + ".expected");
    if (UPDATE || !Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      if (!UPDATE) {
        fail("wrote the missing golden file " + golden + ": review it, then run the test again");
      }
      return;
    }
    assertThat(actual)
        .as("dump of %s (rewrite with -Dgolden.update=true, then review the diff)", model)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void theExampleOfTheDesignValidatesWithoutErrors() throws IOException {
    Path example = FOLDER.resolve("design-example.yaml");
    ParseResult parsed =
        ModelParser.parse("design-example.yaml", Files.readAllBytes(example), ParseLimits.DEFAULTS);
    assertThat(parsed.problems()).isEmpty();
    List<Problem> problems =
        ModelValidator.validate(parsed.model().orElseThrow(), parsed.unboundIds());
    assertThat(problems).noneMatch(Problem::isError);
    // the support agent is in the example but in no flow
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "design-example.yaml:18:5: warning [unconnected] actor 'support-agent' has no flow in"
                + " or out (add the flows it takes part in, or remove it if it is not part of the"
                + " system)");
  }

  /** Problems, the model as YAML, then positions, for one file. */
  static String dump(Path file) throws IOException {
    String name = file.getFileName().toString();
    ParseResult parsed = ModelParser.parse(name, Files.readAllBytes(file), ParseLimits.DEFAULTS);
    List<Problem> problems = new ArrayList<>(parsed.problems());
    parsed
        .model()
        .ifPresent(model -> problems.addAll(ModelValidator.validate(model, parsed.unboundIds())));
    problems.sort(Problem.BY_POSITION);

    StringBuilder out = new StringBuilder();
    out.append("# problems\n");
    if (problems.isEmpty()) {
      out.append("none\n");
    }
    problems.forEach(problem -> out.append(problem).append('\n'));
    out.append("\n# unbound ids\n");
    out.append(
            parsed.unboundIds().isEmpty()
                ? "none"
                : String.join(", ", parsed.unboundIds().stream().sorted().toList()))
        .append('\n');
    if (parsed.model().isEmpty()) {
      out.append("\n# model\nnone\n");
      return out.toString();
    }
    Model model = parsed.model().get();
    out.append("\n# model\n").append(ModelWriter.yaml(model));
    out.append("\n# positions\n");
    positions(out, "model " + model.id(), model);
    model.business().ifPresent(business -> positions(out, "business", business));
    model.imports().forEach(imported -> positions(out, "import " + imported.model(), imported));
    model
        .elements()
        .forEach(element -> positions(out, label(element) + " " + element.id(), (Record) element));
    model.triage().forEach(entry -> positions(out, "triage " + entry.threat(), entry));
    return out.toString();
  }

  private static String label(Element element) {
    return Shapes.of(((Record) element).getClass()).label();
  }

  /** {@code zone dmz 14:5: id 14:11, trust 14:20} with the fields in file order. */
  private static void positions(StringBuilder out, String what, Record element) {
    Shape shape = Shapes.of(element.getClass());
    Positions positions = shape.positionsOf(element);
    List<String> fields =
        positions.fields().entrySet().stream()
            .sorted(
                Map.Entry.<String, Position>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(entry -> entry.getKey() + " " + lineColumn(entry.getValue()))
            .toList();
    out.append(what)
        .append(' ')
        .append(lineColumn(positions.self()))
        .append(": ")
        .append(String.join(", ", fields))
        .append('\n');
  }

  private static String lineColumn(Position position) {
    return position.line() + ":" + position.column();
  }
}
