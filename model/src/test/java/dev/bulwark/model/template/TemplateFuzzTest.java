package dev.bulwark.model.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.ParseResult;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.validate.ModelValidator;
import dev.bulwark.model.write.ModelWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds arbitrary template files and parameter values to the template reader and to {@link
 * Template#instantiate}: whatever the input, reading gives a template or problems, and
 * instantiating gives a model or problems, never an exception or a hang. Every {@code ${…}} is read
 * by {@link Substitution}, whose answers are checked on each scalar too.
 *
 * <p>An input is the template's text, then optionally a NUL byte and the import's values as {@code
 * name=value} lines. It runs in its own surefire execution (see the module's POM) for {@code
 * -Dfuzz.seconds}; seeds and any crash Jazzer finds live in {@code
 * src/test/resources/dev/bulwark/model/template/TemplateFuzzTestInputs/}.
 */
class TemplateFuzzTest {
  private static final ParseLimits LIMITS =
      ParseLimits.DEFAULTS.withMaxNesting(16).withMaxAliases(8).withMaxNodes(2_000);

  private static final Position AT = new Position("main.yaml", 6, 15);

  @FuzzTest(maxDuration = "20s")
  @DictionaryFile(resourcePath = "template.dict")
  void anyTemplateAndValuesGiveAModelOrProblems(byte[] input) {
    int nul = indexOf(input, (byte) 0);
    byte[] template = nul < 0 ? input : Arrays.copyOf(input, nul);
    Map<String, String> values = nul < 0 ? Map.of() : values(input, nul + 1);

    TemplateReader.Result read =
        TemplateReader.read("fuzz.yaml", template, LIMITS, Optional.empty());
    assertThat(read.problems()).doesNotContainNull();
    if (read.template().isEmpty()) {
      assertThat(read.problems()).as("a file without a template says why").isNotEmpty();
      return;
    }
    Expander.scalars(
        read.template().get().body(), (scalar, depth) -> checkSubstitution(scalar.value()));

    Template.Instance instance = read.template().get().instantiate(values, name -> AT, AT);
    assertThat(instance.problems()).doesNotContainNull();
    if (instance.model().isEmpty()) {
      assertThat(instance.problems()).as("an instance without a model says why").isNotEmpty();
      return;
    }
    Model model = instance.model().get();
    List<Problem> problems = ModelValidator.validate(model, instance.parsed().unboundIds());
    assertThat(problems).doesNotContainNull();
    String written = ModelWriter.yaml(model);
    ParseResult again =
        ModelParser.parse(
            "again.yaml", written.getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULTS);
    assertThat(again.problems()).as("problems reading back:\n%s", written).isEmpty();
  }

  /** A value reads as parts whose references are names, or as an error inside the value. */
  private static void checkSubstitution(String text) {
    switch (Substitution.parse(text)) {
      case Substitution.Invalid invalid ->
          assertThat(invalid.offset()).isBetween(0, text.length() - 1);
      case Substitution.Parts parts -> {
        parts.names().forEach(name -> assertThat(name).matches(Substitution.NAME));
        Map<String, String> same = new LinkedHashMap<>();
        parts.names().forEach(name -> same.put(name, "${" + name + "}"));
        // putting each reference back gives the text with its escapes ($${ → ${) undone
        assertThat(Substitution.apply(parts, same)).hasSizeLessThanOrEqualTo(text.length());
      }
    }
  }

  private static Map<String, String> values(byte[] input, int from) {
    String text = new String(input, from, input.length - from, StandardCharsets.UTF_8);
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\n", 16)) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        values.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return values;
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
