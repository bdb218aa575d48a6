package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.lifecycle.gate.Baseline;
import dev.bulwark.lifecycle.git.AbsentPathException;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.risk.RiskMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --base}: a file or a git revision, read through the {@link BaseRevisions} seam. */
class GateBaseTest {
  private static final Path GATE = Path.of("src/test/resources/gate");
  private static final RuleSet NO_RULES = RuleSet.of(List.of());
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static Baseline resolve(String base, Path model, BaseRevisions revisions) {
    return GateBase.resolve(
        base, model, LoadOptions.DEFAULTS, revisions, NO_RULES, RiskMatrix.DEFAULT, TODAY);
  }

  @Test
  void anExistingFileIsTheBaseAndIsAssessedWithTheModelsRules() {
    Baseline base = resolve(GATE.resolve("base.yaml").toString(), GATE.resolve("head.yaml"), null);
    assertThat(base).isInstanceOf(Baseline.Known.class);
    // Without rules only the hand-written threats remain: base.yaml has t-low alone.
    assertThat(((Baseline.Known) base).fingerprints()).containsExactly("t-low");
    assertThat(base.label()).isEqualTo(GATE.resolve("base.yaml").toString());
  }

  @Test
  void aRevisionIsReadThroughTheSeamWithTheRepositoryAndTheModelFile(@TempDir Path repo)
      throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    Path model = Files.createDirectories(repo.resolve("models")).resolve("head.yaml");
    Files.copy(GATE.resolve("head.yaml"), model);
    List<String> asked = new ArrayList<>();
    BaseRevisions revisions =
        (repository, revision, file, options) -> {
          asked.add(repository + " " + revision + " " + file);
          return ModelLoader.load(GATE.resolve("base.yaml"), options);
        };
    Baseline base = resolve("origin/main", model, revisions);
    Path root = repo.toAbsolutePath().normalize();
    assertThat(asked).containsExactly(root + " origin/main " + root.resolve("models/head.yaml"));
    assertThat(((Baseline.Known) base).fingerprints()).containsExactly("t-low");
    assertThat(base.label()).isEqualTo("origin/main");
  }

  @Test
  void anInvalidModelAtTheRevisionIsUnknownAndTheReadersErrorsAreShown(@TempDir Path repo)
      throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    Path model = Files.copy(GATE.resolve("head.yaml"), repo.resolve("head.yaml"));
    LoadResult broken = ModelLoader.load(Path.of("src/test/resources/models/broken.yaml"));
    Baseline invalid = resolve("v1", model, (r, rev, p, o) -> broken);
    assertThat(invalid).isInstanceOf(Baseline.Unknown.class);
    assertThat(((Baseline.Unknown) invalid).reason())
        .startsWith("is an invalid model (")
        .endsWith("); new threats cannot be told apart");
    BaseRevisions failing =
        (r, rev, p, o) -> {
          throw new IllegalStateException("head.yaml does not exist at revision v1 (abc1234)");
        };
    assertThatThrownBy(() -> resolve("v1", model, failing))
        .isInstanceOf(BaseRevisions.RevisionException.class)
        .hasMessage(
            "--base v1: cannot read the model at that revision: head.yaml does not exist at"
                + " revision v1 (abc1234)");
  }

  @Test
  void aRevisionWithoutTheModelIsAnAbsentBaseNotAnError(@TempDir Path repo) throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    Path model = Files.copy(GATE.resolve("head.yaml"), repo.resolve("head.yaml"));
    BaseRevisions lacking =
        (r, rev, p, o) -> {
          throw new AbsentPathException("head.yaml", rev, "abc1234");
        };
    Baseline base = resolve("origin/main", model, lacking);
    assertThat(base)
        .isEqualTo(
            new Baseline.Absent(
                "origin/main", "head.yaml does not exist at revision origin/main (abc1234)"));
  }

  @Test
  void withoutARepositoryTheRevisionCannotBeRead(@TempDir Path dir) throws IOException {
    Path model = Files.copy(GATE.resolve("head.yaml"), dir.resolve("head.yaml"));
    BaseRevisions never =
        (r, rev, p, o) -> {
          throw new AssertionError("no repository, so the reader is not asked");
        };
    assertThatThrownBy(() -> resolve("main", model, never))
        .isInstanceOf(BaseRevisions.RevisionException.class)
        .hasMessage("--base main: no such file, and " + model + " is not in a git repository");
  }
}
