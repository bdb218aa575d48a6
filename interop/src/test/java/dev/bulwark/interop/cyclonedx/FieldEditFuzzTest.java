package dev.bulwark.interop.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.Node.Scalar;
import dev.bulwark.model.parse.Node.Sequence;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.Trees;
import dev.bulwark.model.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds arbitrary text to {@link FieldEdit} as a model file: it is refused with a place in the
 * file, or edited so that the file reads again with the element's field set to exactly the value,
 * every other key of the file and of the section's elements where it was, and a second edit changes
 * nothing. Fuzzes in its own surefire execution (interop/pom.xml); seeds in {@code
 * FieldEditFuzzTestInputs/}.
 */
class FieldEditFuzzTest {
  private static final ParseLimits LIMITS =
      ParseLimits.DEFAULTS.withMaxNesting(16).withMaxAliases(8).withMaxNodes(5_000);

  private static final List<Map<String, Object>> VALUE =
      List.of(
          Map.of("name", "@scope/a: b"),
          Map.of("name", "yes", "licenses", List.of("MIT OR Apache-2.0", "#1")));

  @FuzzTest(maxDuration = "20s")
  void anyModelTextIsEditedExactlyOrRefused(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    FieldEdit.Result result =
        FieldEdit.setList("fuzz.yaml", text, "components", "api", "inventory", VALUE, LIMITS);
    if (result instanceof FieldEdit.Refused refused) {
      assertThat(refused.problem().position().file()).isEqualTo("fuzz.yaml");
      return;
    }
    String edited = ((FieldEdit.Edited) result).text();
    Trees.TreeResult before = Trees.read("fuzz.yaml", text, LIMITS);
    Trees.TreeResult after = Trees.read("fuzz.yaml", edited, ParseLimits.DEFAULTS);
    assertThat(after.problems()).as("edited:\n%s", edited).noneMatch(Problem::isError);
    Mapping root = (Mapping) after.root().orElseThrow();
    assertThat(keys(root)).as("edited:\n%s", edited).isEqualTo(keys((Mapping) before.root().get()));
    List<Node> items = ((Sequence) value(root, "components").orElseThrow()).items();
    List<Node> old = ((Sequence) value((Mapping) before.root().get(), "components").get()).items();
    assertThat(items).as("edited:\n%s", edited).hasSameSizeAs(old);
    for (int i = 0; i < items.size(); i++) {
      if (isApi(items.get(i))) {
        assertThat(value((Mapping) items.get(i), "inventory").map(FieldEditFuzzTest::plain))
            .as("edited:\n%s", edited)
            .contains(VALUE);
      } else if (items.get(i) instanceof Mapping item) {
        assertThat(keys(item)).as("edited:\n%s", edited).isEqualTo(keys((Mapping) old.get(i)));
      }
    }
    assertThat(
            FieldEdit.setList("fuzz.yaml", edited, "components", "api", "inventory", VALUE, LIMITS))
        .as("a second edit")
        .isEqualTo(new FieldEdit.Edited(edited));
  }

  private static boolean isApi(Node item) {
    return item instanceof Mapping mapping
        && value(mapping, "id").orElse(null) instanceof Scalar id
        && id.value().equals("api");
  }

  private static List<String> keys(Mapping mapping) {
    return mapping.entries().stream().map(entry -> entry.key().value()).toList();
  }

  private static Optional<Node> value(Mapping mapping, String key) {
    return mapping.entries().stream()
        .filter(entry -> entry.key().value().equals(key))
        .map(Entry::value)
        .findFirst();
  }

  /** The node as plain Java values: text, lists and maps. */
  private static Object plain(Node node) {
    return switch (node) {
      case Scalar scalar -> scalar.value();
      case Sequence sequence -> sequence.items().stream().map(FieldEditFuzzTest::plain).toList();
      case Mapping mapping ->
          mapping.entries().stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      entry -> entry.key().value(), entry -> plain(entry.value())));
    };
  }
}
