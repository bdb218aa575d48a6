package dev.bulwark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelGeneratorTest {
  @Test
  void generatedModelValidatesWithoutAnyProblem(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("generated.yaml");
    ModelGenerator.write(2_000, ModelGenerator.SEED, file);

    LoadResult result = ModelLoader.load(file);

    assertThat(result.problems()).isEmpty();
    Model model = result.model().orElseThrow();
    assertThat(model.components()).hasSize(2_000);
    assertThat(model.flows()).hasSize(6_000);
    assertThat(model.zones().stream().filter(zone -> zone.parent().isPresent())).isNotEmpty();
  }

  @Test
  void sameSizeAndSeedGiveTheSameText() {
    assertThat(ModelGenerator.yaml(300, 7)).isEqualTo(ModelGenerator.yaml(300, 7));
    assertThat(ModelGenerator.yaml(300, 7)).isNotEqualTo(ModelGenerator.yaml(300, 8));
  }

  @Test
  void smallModelsValidateToo(@TempDir Path folder) throws IOException {
    for (int components : new int[] {2, 3, 17}) {
      Path file = folder.resolve(components + ".yaml");
      Files.writeString(file, ModelGenerator.yaml(components, components));
      assertThat(ModelLoader.load(file).problems()).as("%d components", components).isEmpty();
    }
  }
}
