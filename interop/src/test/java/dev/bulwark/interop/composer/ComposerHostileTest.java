package dev.bulwark.interop.composer;

import static dev.bulwark.interop.peer.ImportChecks.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.Imported;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** Broken and hostile Threat Composer files: positioned problems, never an exception. */
class ComposerHostileTest {
  private static final ComposerImporter IMPORTER = new ComposerImporter();

  private static Imported read(String json) {
    return IMPORTER.read(text("bad.tc.json", json), ParseLimits.DEFAULTS);
  }

  private static String codesAt(Imported imported) {
    return imported.problems().stream()
        .map(p -> p.type().code() + "@" + p.position().line() + ":" + p.position().column())
        .toList()
        .toString();
  }

  @Test
  void wrongTypesEverywhereArePlacedAndTheRestStillReads() {
    Imported imported =
        read(
            """
            {"applicationInfo": [1],
             "threats": [7, {"id": "a", "numericId": "x", "threatAction": {"b": 1},
                             "metadata": [{"key": "STRIDE", "value": [1, "Q"]}, "m"],
                             "impactedGoal": "confidentiality", "status": "threatDone"},
                         {"id": "b", "numericId": 2, "tags": [[]]}],
             "mitigations": {"id": "m"},
             "mitigationLinks": [{"mitigationId": "m", "linkedId": "a"}, {"linkedId": 3}]}
            """);
    assertThat(codesAt(imported))
        .isEqualTo(
            "[wrong-type@1:21, wrong-type@2:14, wrong-type@2:42, wrong-type@2:63, "
                + "unknown-value@3:59, unknown-value@3:62, wrong-type@3:69, wrong-type@4:34, "
                + "unknown-value@4:63, wrong-type@5:51, wrong-type@6:17, not-mapped@7:22, "
                + "missing-field@7:62]");
    Model model = imported.model().orElseThrow();
    assertThat(model.threats()).extracting(t -> t.id()).containsExactly("a", "threat-2");
  }

  @Test
  void deepNestingStopsAtTheLimit() {
    Imported imported = read("{\"threats\": " + "[".repeat(300) + "]".repeat(300) + "}");
    assertThat(imported.model()).isEmpty();
    assertThat(imported.problems())
        .extracting(Problem::type)
        .contains(ProblemType.NESTING_TOO_DEEP);
  }

  @Test
  void aScalarIsNoWorkspace() {
    assertThat(codesAt(read("42"))).isEqualTo("[wrong-type@1:1]");
    assertThat(read("null").failed()).isTrue();
  }

  @Test
  void duplicateIdsKeepOneThreatEach() {
    Imported imported =
        read(
            """
            {"threats": [{"id": "t", "numericId": 1, "threatAction": "x"},
                         {"id": "t", "numericId": 1, "threatAction": "y"}]}
            """);
    assertThat(imported.model().orElseThrow().threats())
        .extracting(t -> t.id())
        .containsExactly("threat-1", "threat-1-2");
    assertThat(codesAt(imported)).isEqualTo("[not-mapped@2:21]");
  }
}
