package dev.bulwark.interop.pytm;

import static dev.bulwark.interop.peer.ImportChecks.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.Imported;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** Broken and hostile pytm files: positioned problems, never an exception. */
class PytmHostileTest {
  private static final PytmImporter IMPORTER = new PytmImporter();

  private static Imported read(String json) {
    return IMPORTER.read(text("bad.json", json), ParseLimits.DEFAULTS);
  }

  private static String codesAt(Imported imported) {
    return imported.problems().stream()
        .map(p -> p.type().code() + "@" + p.position().line() + ":" + p.position().column())
        .toList()
        .toString();
  }

  @Test
  void wrongTypesMissingNamesAndDanglingNames() {
    Imported imported =
        read(
            """
            {"boundaries": [{"name": "B", "inBoundary": "Nowhere"}, {"inBoundary": "B"}],
             "data": "none",
             "elements": [{"__class__": "Robot", "name": "R", "controls": [true]},
                          {"__class__": "Server", "name": "S", "inBoundary": ["B"]},
                          {"__class__": "Actor", "name": "S"}],
             "flows": [{"name": "F", "source": "R", "sink": "Ghost"},
                       {"name": "G", "source": "S", "sink": "R", "data": ["x"]},
                       {"name": "H", "source": "S", "sink": "S"}]}
            """);
    assertThat(codesAt(imported))
        .isEqualTo(
            "[missing-field@1:1, dangling-reference@1:45, missing-field@1:57, "
                + "wrong-type@2:10, not-mapped@3:29, wrong-type@3:63, wrong-type@4:66, "
                + "duplicate-id@5:46, dangling-reference@6:49, dangling-reference@7:63, "
                + "not-mapped@8:49]");
    assertThat(imported.model().orElseThrow().flows()).extracting(f -> f.id()).containsExactly("g");
  }

  @Test
  void deepNestingStopsAtTheLimit() {
    Imported imported =
        read("{\"name\": \"n\", \"flows\": " + "[".repeat(200) + "]".repeat(200) + "}");
    assertThat(imported.model()).isEmpty();
    assertThat(imported.problems())
        .extracting(Problem::type)
        .contains(ProblemType.NESTING_TOO_DEEP);
  }

  @Test
  void aBoundaryCycleIsAnError() {
    Imported imported =
        read(
            """
            {"name": "n", "boundaries": [{"name": "A", "inBoundary": "B"}, {"name": "B", "inBoundary": "A"}]}
            """);
    assertThat(imported.problems())
        .extracting(Problem::type)
        .containsExactly(ProblemType.ZONE_CYCLE);
  }
}
