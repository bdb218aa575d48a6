package dev.bulwark.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Wire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reports print the levels' meanings from the enums; docs/analysis.md must say the same. */
class CalibrationDocTest {
  private static final Path DOC = Path.of("..", "docs", "analysis.md");

  @Test
  void everyLikelihoodMeansWhatTheDocumentationSays() throws IOException {
    String doc = Files.readString(DOC);
    for (Likelihood level : Likelihood.values()) {
      assertThat(doc)
          .contains("| " + Wire.name(level).replace('-', ' ') + " | " + level.meaning() + " |");
    }
  }

  @Test
  void everyImpactMeansWhatTheDocumentationSays() throws IOException {
    String doc = Files.readString(DOC);
    for (Impact level : Impact.values()) {
      assertThat(doc).contains("| " + Wire.name(level) + " | " + level.meaning() + " |");
    }
  }
}
