package dev.bulwark.interop.threagile;

import static dev.bulwark.interop.peer.ImportChecks.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.Imported;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.validate.ModelValidator;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Broken and hostile Threagile files: positioned problems, never an exception. */
class ThreagileHostileTest {
  private static final ThreagileImporter IMPORTER = new ThreagileImporter();

  private static Imported read(String yaml) {
    return IMPORTER.read(text("bad.yaml", yaml), ParseLimits.DEFAULTS);
  }

  private static String codesAt(Imported imported) {
    return imported.problems().stream()
        .map(p -> p.type().code() + "@" + p.position().line() + ":" + p.position().column())
        .toList()
        .toString();
  }

  @Test
  void anEmptyFileIsAnError() {
    Imported imported = read("");
    assertThat(imported.failed()).isTrue();
    assertThat(imported.problems()).extracting(Problem::type).contains(ProblemType.MISSING_FIELD);
  }

  @Test
  void aListIsNoModel() {
    assertThat(codesAt(read("- a\n- b\n"))).isEqualTo("[wrong-type@1:1]");
  }

  @Test
  void wrongTypesEverywhereArePlacedAndTheRestStillReads() {
    Imported imported =
        read(
            """
            threagile_version: 1.0.0
            title: [not, text]
            data_assets: [1, 2]
            technical_assets:
              Good:
                id: good
                type: process
                technology: [web-server]
                internet: maybe
                data_assets_processed: 5
                communication_links:
                  To Nowhere:
                    target: {a: b}
                  Bad Data:
                    target: other
                    protocol: https
                    data_assets_sent: [{x: 1}]
              Other:
                id: other
              Empty:
            trust_boundaries: text
            risk_tracking:
              x@y: [1]
            """);
    assertThat(codesAt(imported))
        .isEqualTo(
            "[wrong-type@2:8, wrong-type@3:14, wrong-type@8:17, wrong-type@9:15, "
                + "wrong-type@10:28, wrong-type@13:17, wrong-type@17:28, missing-field@20:9, "
                + "wrong-type@21:19, wrong-type@23:8]");
    Model model = imported.model().orElseThrow();
    assertThat(model.components()).extracting(c -> c.id()).containsExactly("good", "other");
    assertThat(model.flows()).extracting(f -> f.id()).containsExactly("good.bad-data");
    assertThat(ModelValidator.validate(model, Set.of())).noneMatch(Problem::isError);
  }

  @Test
  void missingIdsAndDanglingReferencesAreErrorsAtTheirPlace() {
    Imported imported =
        read(
            """
            title: t
            technical_assets:
              No Id:
                type: process
              A:
                id: a
                data_assets_stored: [ghost]
                communication_links:
                  L:
                    target: b
                    protocol: carrier-pigeon
                  Self:
                    target: a
                    protocol: https
            trust_boundaries:
              B:
                id: b1
                technical_assets_inside: [nobody]
                trust_boundaries_nested: [b1, nowhere]
            """);
    assertThat(codesAt(imported))
        .isEqualTo(
            "[missing-field@4:5, dangling-reference@7:26, dangling-reference@10:17, "
                + "not-mapped@13:17, dangling-reference@18:31, zone-cycle@19:31, "
                + "dangling-reference@19:35]");
    assertThat(imported.problems().get(2).message()).contains("'b', which is no technical asset");
  }

  @Test
  void unknownValuesAreReportedWithTheAllowedOnes() {
    Imported imported =
        read(
            """
            title: t
            technical_assets:
              A:
                id: a
                type: robot
                encryption: rot13
                technology: quantum-computer
            """);
    assertThat(codesAt(imported))
        .isEqualTo("[unknown-value@5:11, unknown-value@6:17, not-mapped@7:17]");
    assertThat(imported.problems().get(0).hint()).contains("datastore, external-entity, process");
  }

  @Test
  void deepNestingStopsAtTheLimit() {
    String deep = "title: t\nquestions: " + "[".repeat(500) + "]".repeat(500) + "\n";
    Imported imported = read(deep);
    assertThat(imported.model()).isEmpty();
    assertThat(imported.problems())
        .extracting(Problem::type)
        .contains(ProblemType.NESTING_TOO_DEEP);
  }

  @Test
  void billionLaughsStopsAtTheAliasLimit() {
    StringBuilder yaml = new StringBuilder("title: t\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      yaml.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
    }
    Imported imported = read(yaml.toString());
    assertThat(imported.model()).isEmpty();
    assertThat(imported.problems())
        .extracting(Problem::type)
        .containsAnyOf(ProblemType.TOO_MANY_ALIASES, ProblemType.DOCUMENT_TOO_LARGE);
  }

  @Test
  void recursiveMergeKeysEndWithoutLooping() {
    Imported imported =
        read(
            """
            title: t
            data_assets:
              A: &a
                id: a
                <<: *a
            """);
    assertThat(imported.problems()).extracting(Problem::type).contains(ProblemType.RECURSIVE_ALIAS);
  }
}
