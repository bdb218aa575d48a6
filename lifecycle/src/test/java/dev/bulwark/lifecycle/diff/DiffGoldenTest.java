package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format of every pair under src/test/resources/diff, against golden files. */
class DiffGoldenTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "protocol-change",
        "zone-move",
        "threats-appear-resolve",
        "triage",
        "context",
        "reorder-only"
      })
  void matchesGolden(String name) {
    ModelDiff diff = Pairs.diff(name);
    Golden.assertMatches("diff/" + name + ".txt", DiffFormat.TEXT.render(diff));
    Golden.assertMatches("diff/" + name + ".md", DiffFormat.MARKDOWN.render(diff));
    Golden.assertMatches("diff/" + name + ".json", DiffFormat.JSON.render(diff));
  }
}
