package dev.bulwark.risk;

import static dev.bulwark.model.Severity.CRITICAL;
import static dev.bulwark.model.Severity.ELEVATED;
import static dev.bulwark.model.Severity.HIGH;
import static dev.bulwark.model.Severity.LOW;
import static dev.bulwark.model.Severity.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskMatrixTest {
  @TempDir Path dir;

  /** The table of docs/analysis.md, copied by hand: likelihood, impact, severity. */
  @ParameterizedTest(name = "{0} x {1} = {2}")
  @CsvSource({
    "UNLIKELY, LOW, LOW",
    "UNLIKELY, MEDIUM, LOW",
    "UNLIKELY, HIGH, MEDIUM",
    "UNLIKELY, CRITICAL, ELEVATED",
    "POSSIBLE, LOW, LOW",
    "POSSIBLE, MEDIUM, MEDIUM",
    "POSSIBLE, HIGH, ELEVATED",
    "POSSIBLE, CRITICAL, HIGH",
    "LIKELY, LOW, MEDIUM",
    "LIKELY, MEDIUM, ELEVATED",
    "LIKELY, HIGH, HIGH",
    "LIKELY, CRITICAL, CRITICAL",
    "VERY_LIKELY, LOW, MEDIUM",
    "VERY_LIKELY, MEDIUM, HIGH",
    "VERY_LIKELY, HIGH, CRITICAL",
    "VERY_LIKELY, CRITICAL, CRITICAL",
  })
  void defaultCells(Likelihood likelihood, Impact impact, Severity expected) {
    assertThat(RiskMatrix.DEFAULT.severity(likelihood, impact)).isEqualTo(expected);
  }

  @Test
  void defaultRowsAreTheTable() {
    assertThat(RiskMatrix.DEFAULT.rows())
        .containsExactly(
            List.of(LOW, LOW, MEDIUM, ELEVATED),
            List.of(LOW, MEDIUM, ELEVATED, HIGH),
            List.of(MEDIUM, ELEVATED, HIGH, CRITICAL),
            List.of(MEDIUM, HIGH, CRITICAL, CRITICAL));
  }

  @Test
  void readsACustomMatrix() throws IOException {
    Path file =
        write(
            """
            bulwark-matrix: 1
            unlikely:    [low, low, low, medium]
            possible:    [low, medium, medium, elevated]
            likely:      [medium, elevated, high, high]
            very-likely: [medium, high, critical, critical]
            """);
    RiskMatrix matrix = RiskMatrix.read(file);
    assertThat(matrix.severity(Likelihood.UNLIKELY, Impact.CRITICAL)).isEqualTo(MEDIUM);
    assertThat(matrix.severity(Likelihood.POSSIBLE, Impact.HIGH)).isEqualTo(MEDIUM);
    assertThat(matrix.severity(Likelihood.LIKELY, Impact.CRITICAL)).isEqualTo(HIGH);
    assertThat(matrix.severity(Likelihood.VERY_LIKELY, Impact.HIGH)).isEqualTo(CRITICAL);
    assertThat(matrix.rows().get(1)).containsExactly(LOW, MEDIUM, MEDIUM, ELEVATED);
  }

  @Test
  void rowsMayComeInAnyOrder() throws IOException {
    Path file =
        write(
            """
            very-likely: [medium, high, critical, critical]
            likely:      [medium, elevated, high, critical]
            possible:    [low, medium, elevated, high]
            unlikely:    [low, low, medium, elevated]
            """);
    assertThat(RiskMatrix.read(file).rows()).isEqualTo(RiskMatrix.DEFAULT.rows());
  }

  @Test
  void aMissingRowIsNamed() throws IOException {
    Path file =
        write(
            """
            unlikely:    [low, low, medium, elevated]
            likely:      [medium, elevated, high, critical]
            very-likely: [medium, high, critical, critical]
            """);
    assertThatThrownBy(() -> RiskMatrix.read(file))
        .isInstanceOf(RiskMatrix.MatrixException.class)
        .hasMessage(file + ":1:1: the matrix has no row 'possible'");
  }

  @Test
  void aRowOfThreeIsRefusedAtTheRow() throws IOException {
    Path file =
        write(
            """
            unlikely:    [low, low, medium, elevated]
            possible:    [low, medium, elevated]
            likely:      [medium, elevated, high, critical]
            very-likely: [medium, high, critical, critical]
            """);
    assertThatThrownBy(() -> RiskMatrix.read(file))
        .hasMessage(
            file
                + ":2:14: row 'possible' must list four severities: for impact low, medium, high,"
                + " critical");
  }

  @Test
  void anUnknownSeverityIsRefusedWithTheAllowedOnes() throws IOException {
    Path file =
        write(
            """
            unlikely:    [low, low, medium, elevated]
            possible:    [low, medium, elevated, high]
            likely:      [medium, elevated, severe, critical]
            very-likely: [medium, high, critical, critical]
            """);
    assertThatThrownBy(() -> RiskMatrix.read(file))
        .hasMessage(
            file
                + ":3:33: 'severe' is not a severity (allowed: low, medium, elevated, high,"
                + " critical)");
  }

  @Test
  void anUnknownLikelihoodIsRefusedWithTheAllowedOnes() throws IOException {
    Path file = write("probable: [low, low, medium, elevated]\n");
    assertThatThrownBy(() -> RiskMatrix.read(file))
        .hasMessage(
            file
                + ":1:1: 'probable' is not a likelihood (allowed: unlikely, possible, likely,"
                + " very-likely)");
  }

  @Test
  void aCellBelowTheOneToItsLeftIsRefused() throws IOException {
    Path file =
        write(
            """
            unlikely:    [low, low, medium, elevated]
            possible:    [low, medium, low, high]
            likely:      [medium, elevated, high, critical]
            very-likely: [medium, high, critical, critical]
            """);
    assertThatThrownBy(() -> RiskMatrix.read(file))
        .isInstanceOf(RiskMatrix.MatrixException.class)
        .hasMessageStartingWith(file + ":2:28: the matrix ranks a worse cell lower")
        .hasMessageContaining("row 'possible', impact 'high'");
  }

  @Test
  void aCellBelowTheOneAboveIsRefused() throws IOException {
    // likely/low (low) is below possible/low (medium), the cell above it.
    Path file =
        write(
            """
            unlikely:    [low, low, medium, elevated]
            possible:    [medium, medium, elevated, high]
            likely:      [low, elevated, high, critical]
            very-likely: [medium, high, critical, critical]
            """);
    assertThatThrownBy(() -> RiskMatrix.read(file))
        .hasMessageStartingWith(file + ":3:15: the matrix ranks a worse cell lower")
        .hasMessageContaining("row 'likely', impact 'low'");
  }

  @Test
  void notAMappingIsRefused() throws IOException {
    Path list = write("- [low, low, medium, elevated]\n");
    assertThatThrownBy(() -> RiskMatrix.read(list))
        .hasMessage(list + ":1:1: expected a mapping of likelihood to four severities");
    Path empty = write("");
    assertThatThrownBy(() -> RiskMatrix.read(empty))
        .hasMessage(empty + ":1:1: expected a mapping of likelihood to four severities");
  }

  @Test
  void aRowThatIsNotAListIsRefused() throws IOException {
    Path file = write("unlikely: low\n");
    assertThatThrownBy(() -> RiskMatrix.read(file))
        .hasMessageStartingWith(file + ":1:11: row 'unlikely' must list four severities");
  }

  @Test
  void aMissingFileIsRefused() {
    Path file = dir.resolve("nothing.yaml");
    assertThatThrownBy(() -> RiskMatrix.read(file))
        .isInstanceOf(RiskMatrix.MatrixException.class)
        .hasMessageStartingWith("cannot read risk matrix " + file);
  }

  private Path write(String text) throws IOException {
    Path file = Files.createTempFile(dir, "matrix", ".yaml");
    Files.writeString(file, text);
    return file;
  }
}
