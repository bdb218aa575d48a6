package dev.bulwark.lifecycle.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bulwark.lifecycle.diff.Differ;
import dev.bulwark.lifecycle.diff.EntryChange;
import dev.bulwark.lifecycle.diff.ModelDiff;
import dev.bulwark.lifecycle.diff.Snapshot;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models read from revisions of a real repository made in the test. */
class RevisionsTest {
  static final String SHOP =
      """
      bulwark: 1
      id: shop
      title: Shop
      imports:
        - model: payments/bulwark.yaml
          id: payments
      zones:
        - {id: internet, trust: 0}
        - {id: dmz, trust: 40}
      actors:
        - {id: customer, kind: user, zone: internet}
      components:
        - {id: web, kind: web-app, zone: dmz, exposure: internet}
      flows:
        - {id: browse, from: customer, to: web, protocol: https}
        - {id: pay, from: web, to: payments/api, protocol: https}
      """;

  static final String PAYMENTS =
      """
      bulwark: 1
      id: payments
      title: Payments
      zones:
        - {id: pci, trust: 80}
      components:
        - {id: api, kind: service, zone: pci}
      """;

  @TempDir Path folder;

  @Test
  void importedSubModelIsReadFromTheSameRevision() throws Exception {
    try (TestRepository repo = TestRepository.create(folder)) {
      repo.write("shop/bulwark.yaml", SHOP).write("shop/payments/bulwark.yaml", PAYMENTS);
      repo.commit("first");
      repo.write(
          "shop/payments/bulwark.yaml", PAYMENTS.replace("kind: service", "kind: api-gateway"));
      repo.commit("second");
      repo.write(
          "shop/payments/bulwark.yaml",
          PAYMENTS.replace("kind: service", "kind: api-gateway").replace("trust: 80", "trust: 90"));

      Model first = loaded(Revisions.load(folder, "HEAD~1", Path.of("shop/bulwark.yaml"), opts()));
      Model second = loaded(Revisions.load(folder, "main", Path.of("shop/bulwark.yaml"), opts()));
      Model working = loaded(ModelLoader.load(folder.resolve("shop/bulwark.yaml")));

      ModelDiff committed = diff(first, second);
      assertThat(committed.changes())
          .extracting(EntryChange::key, c -> c.fields().getFirst().field())
          .containsExactly(org.assertj.core.groups.Tuple.tuple("payments/api", "kind"));
      assertThat(diff(second, working).changes())
          .extracting(EntryChange::key)
          .containsExactly("payments/pci");
    }
  }

  @Test
  void mergeBaseComparesWhatABranchChangedSinceItForked() throws Exception {
    try (TestRepository repo = TestRepository.create(folder)) {
      repo.write("shop/bulwark.yaml", SHOP).write("shop/payments/bulwark.yaml", PAYMENTS);
      RevCommit fork = repo.commit("first");
      repo.git.branchCreate().setName("feature").call();
      repo.write("shop/bulwark.yaml", SHOP.replace("title: Shop", "title: Shop on main"));
      repo.commit("main moves on");
      repo.git.checkout().setName("feature").call();
      repo.write("shop/bulwark.yaml", SHOP.replace("trust: 40", "trust: 30"));
      repo.commit("feature");

      try (Revisions revisions = Revisions.open(folder)) {
        RevisionRange range = RevisionRange.parse("main...feature");
        assertThat(revisions.base(range)).isEqualTo(fork.name());
        assertThat(revisions.base(RevisionRange.parse("main..feature"))).isEqualTo("main");
      }
    }
  }

  @Test
  void problemsNameTheRevisionNotTheTemporaryFolder() throws Exception {
    try (TestRepository repo = TestRepository.create(folder)) {
      repo.write("shop/bulwark.yaml", SHOP.replace("protocol: https}", "protocol: htps}"));
      repo.write("shop/payments/bulwark.yaml", PAYMENTS);
      repo.commit("broken");

      LoadResult loaded = Revisions.load(folder, "HEAD", Path.of("shop/bulwark.yaml"), opts());

      assertThat(loaded.valid()).isFalse();
      assertThat(loaded.errors())
          .extracting(Problem::toString)
          .allMatch(text -> text.startsWith("HEAD:shop/bulwark.yaml:"))
          .noneMatch(text -> text.contains("bulwark-git-"));
      assertThat(loaded.files())
          .containsExactly("HEAD:shop/bulwark.yaml", "HEAD:shop/payments/bulwark.yaml");
    }
  }

  @Test
  void temporaryFilesAreDeletedAfterLoading() throws Exception {
    try (TestRepository repo = TestRepository.create(folder)) {
      repo.write("shop/bulwark.yaml", SHOP).write("shop/payments/bulwark.yaml", PAYMENTS);
      repo.commit("first");
      try (Revisions revisions = Revisions.open(folder)) {
        Checkout checkout =
            revisions.checkout("HEAD", "", "shop/bulwark.yaml", Revisions.Limits.DEFAULTS);
        assertThat(checkout.files())
            .containsExactly("shop/bulwark.yaml", "shop/payments/bulwark.yaml");
        assertThat(checkout.file("shop/payments/bulwark.yaml")).exists();
        checkout.close();
        assertThat(checkout.root()).doesNotExist();
      }
    }
  }

  @Test
  void onlyModelFilesUnderTheProjectRootAreWritten() throws Exception {
    try (TestRepository repo = TestRepository.create(folder)) {
      repo.write("shop/bulwark.yaml", SHOP).write("shop/payments/bulwark.yaml", PAYMENTS);
      repo.write("shop/README.md", "# not a model\n").write("other/x.yaml", "a: 1\n");
      repo.commit("first");
      try (Revisions revisions = Revisions.open(folder);
          Checkout checkout =
              revisions.checkout("HEAD", "shop", "shop/bulwark.yaml", Revisions.Limits.DEFAULTS)) {
        assertThat(checkout.files())
            .containsExactly("shop/bulwark.yaml", "shop/payments/bulwark.yaml");
      }
    }
  }

  @Test
  void tooManyFilesIsAClearError() throws Exception {
    try (TestRepository repo = TestRepository.create(folder)) {
      repo.write("shop/bulwark.yaml", SHOP).write("shop/payments/bulwark.yaml", PAYMENTS);
      repo.commit("first");
      try (Revisions revisions = Revisions.open(folder)) {
        assertThatThrownBy(() ->
                revisions.checkout(
                    "HEAD", "", "shop/bulwark.yaml", new Revisions.Limits(1, 1_000_000)))
            .isInstanceOf(GitException.class)
            .hasMessageContaining("more YAML and JSON files")
            .hasMessageContaining("--project-root");
      }
    }
  }

  @Test
  void unknownRevisionMissingPathAndNoRepositoryAreClearErrors() throws Exception {
    try (TestRepository repo = TestRepository.create(folder)) {
      repo.write("shop/bulwark.yaml", SHOP).write("shop/payments/bulwark.yaml", PAYMENTS);
      repo.commit("first");

      assertThatThrownBy(() -> Revisions.load(folder, "nope", Path.of("shop/bulwark.yaml"), opts()))
          .isInstanceOf(GitException.class)
          .isNotInstanceOf(AbsentPathException.class)
          .hasMessageStartingWith("unknown revision 'nope'");
      assertThatThrownBy(() -> Revisions.load(folder, "HEAD", Path.of("shop/gone.yaml"), opts()))
          .isInstanceOf(AbsentPathException.class)
          .hasMessageMatching("shop/gone.yaml does not exist at revision HEAD \\([0-9a-f]{7}\\)");
      // A path that does not exist at an unknown revision is an unknown revision first.
      assertThatThrownBy(() -> Revisions.load(folder, "nope", Path.of("shop/gone.yaml"), opts()))
          .isNotInstanceOf(AbsentPathException.class)
          .hasMessageStartingWith("unknown revision 'nope'");
      assertThatThrownBy(
              () -> Revisions.load(folder, "HEAD~5", Path.of("shop/bulwark.yaml"), opts()))
          .isInstanceOf(GitException.class)
          .hasMessageStartingWith("unknown revision 'HEAD~5'");
    }
    Path elsewhere =
        Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-plain"));
    assertThatThrownBy(() -> Revisions.open(elsewhere))
        .isInstanceOf(GitException.class)
        .hasMessageStartingWith("not in a git repository");
  }

  @Test
  void aModelAddedAfterARevisionIsAbsentThereAndSaysWhereAndWhen() throws Exception {
    try (TestRepository repo = TestRepository.create(folder)) {
      RevCommit first = repo.write("README.md", "a project\n").commit("first");
      repo.write("shop/bulwark.yaml", SHOP).write("shop/payments/bulwark.yaml", PAYMENTS);
      repo.commit("the model arrives");

      AbsentPathException absent =
          catchThrowableOfType(
              AbsentPathException.class,
              () -> Revisions.load(folder, "HEAD~1", Path.of("shop/bulwark.yaml"), opts()));
      assertThat(absent.path()).isEqualTo("shop/bulwark.yaml");
      assertThat(absent.revision()).isEqualTo("HEAD~1");
      assertThat(absent.commit()).isEqualTo(first.abbreviate(7).name());
      assertThat(absent)
          .hasMessage(
              "shop/bulwark.yaml does not exist at revision HEAD~1 ("
                  + first.abbreviate(7).name()
                  + ")");
      assertThat(loaded(Revisions.load(folder, "HEAD", Path.of("shop/bulwark.yaml"), opts())).id())
          .isEqualTo("shop");
    }
  }

  @Test
  void rangesAreReadInGitsSpelling() {
    assertThat(RevisionRange.parse("main..HEAD"))
        .isEqualTo(new RevisionRange("main", Optional.of("HEAD"), false));
    assertThat(RevisionRange.parse("main...feature"))
        .isEqualTo(new RevisionRange("main", Optional.of("feature"), true));
    assertThat(RevisionRange.parse("main.."))
        .isEqualTo(new RevisionRange("main", Optional.of("HEAD"), false));
    assertThat(RevisionRange.parse("HEAD~2"))
        .isEqualTo(new RevisionRange("HEAD~2", Optional.empty(), false));
    assertThatThrownBy(() -> RevisionRange.parse(" ")).isInstanceOf(GitException.class);
  }

  @Test
  void unsafeTreePathsAreNeverWritten() {
    Path root = folder.resolve("root");
    assertThat(SafePaths.inside(root, "shop/bulwark.yaml"))
        .contains(root.resolve("shop/bulwark.yaml"));
    for (String path :
        new String[] {
          "../x.yaml",
          "a/../../x.yaml",
          ".git/config",
          "a/.GIT/hooks/x.yaml",
          "/etc/x.yaml",
          "a\\..\\x.yaml",
          "c:x.yaml",
          "a//b.yaml",
          "./a.yaml",
          "",
          "a/\0.yaml"
        }) {
      assertThat(SafePaths.inside(root, path)).as(path).isEmpty();
    }
  }

  private static LoadOptions opts() {
    return LoadOptions.DEFAULTS;
  }

  private static Model loaded(LoadResult result) {
    assertThat(result.errors()).isEmpty();
    return result.model().orElseThrow();
  }

  private static ModelDiff diff(Model before, Model after) {
    return Differ.diff(
        new Snapshot("a", before, Optional.empty()), new Snapshot("b", after, Optional.empty()));
  }
}
