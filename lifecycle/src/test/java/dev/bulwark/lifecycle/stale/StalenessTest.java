package dev.bulwark.lifecycle.stale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.bulwark.lifecycle.stale.StaleResult.Cause;
import dev.bulwark.lifecycle.stale.StaleResult.Change;
import dev.bulwark.lifecycle.stale.StaleResult.Verdict;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staleness against real repositories written with JGit in temporary folders, with commits at
 * chosen times: never the repository this code lives in, never the clock.
 */
class StalenessTest {
  @TempDir Path dir;

  private static String model(String sources, String reviewed) {
    return "bulwark: 1\nid: shop\ntitle: Shop\n"
        + (sources.isEmpty() ? "" : "sources: " + sources + "\n")
        + (reviewed.isEmpty() ? "" : "reviewed: " + reviewed + "\n");
  }

  private StaleResult check(TestRepository repo, String modelPath) {
    Path file = repo.root.resolve(modelPath);
    LoadResult loaded = ModelLoader.load(file);
    assertThat(loaded.errors()).isEmpty();
    Model model = loaded.model().orElseThrow();
    return Staleness.check(file, model, repo.root);
  }

  @Test
  void changesBeforeOrOnTheReviewDayLeaveTheModelFresh() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[src]", "2026-03-01")).write("src/A.java", "a");
      repo.commit("Start", "2026-02-20");
      repo.write("src/A.java", "a2").commit("Same day as the review", "2026-03-01");
      repo.write("docs/readme.md", "not a source").commit("Docs only", "2026-03-05");
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.verdict()).isEqualTo(Verdict.FRESH);
      assertThat(result.verdict().exitCode()).isZero();
      assertThat(result.changes()).isEmpty();
      assertThat(result.models())
          .singleElement()
          .satisfies(m -> {
            assertThat(m.sources()).containsExactly("src");
            assertThat(m.reviewed()).contains(LocalDate.of(2026, 3, 1));
          });
    }
  }

  @Test
  void aCommitTheDayAfterTheReviewMakesItStale() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[src]", "2026-03-01")).write("src/A.java", "a");
      repo.commit("Start", "2026-02-20");
      RevCommit late =
          repo.write("src/B.java", "b")
              .commit("Add refunds\n\nLong body.", "Grace Hopper", "2026-03-02T09:15:00", "UTC");
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.verdict()).isEqualTo(Verdict.STALE);
      assertThat(result.verdict().exitCode()).isEqualTo(1);
      assertThat(result.changes())
          .singleElement()
          .satisfies(change -> {
            assertThat(change.path()).isEqualTo("src/B.java");
            assertThat(change.source()).isEqualTo("src");
            assertThat(change.position().toString()).endsWith("bulwark.yaml:4:11");
            assertThat(change.commit()).isEqualTo(late.getId().name());
            assertThat(change.shortCommit()).isEqualTo(late.getId().name().substring(0, 7));
            assertThat(change.date().toString()).isEqualTo("2026-03-02T09:15Z");
            assertThat(change.author()).isEqualTo("Grace Hopper");
            assertThat(change.subject()).isEqualTo("Add refunds");
          });
    }
  }

  @Test
  void theDayIsTheCommittersOwnCalendarDay() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[src]", "2026-03-01")).write("src/A.java", "a");
      repo.commit("Start", "2026-02-20");
      // 2026-03-02 04:30 UTC, but still the evening of 1 March in New York: covered.
      repo.write("src/A.java", "late evening")
          .commit("Evening", "Ada", "2026-03-01T23:30:00", "America/New_York");
      assertThat(check(repo, "bulwark.yaml").verdict()).isEqualTo(Verdict.FRESH);
      // 2026-03-01 22:30 UTC, but already 2 March in Athens: after the review.
      repo.write("src/A.java", "early morning")
          .commit("Morning", "Ada", "2026-03-02T00:30:00", "Europe/Athens");
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.verdict()).isEqualTo(Verdict.STALE);
      assertThat(result.changes()).extracting(Change::subject).containsExactly("Morning");
    }
  }

  @Test
  void changesAreListedNewestFirstWithEveryPathOfEachCommit() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[api, web/src]", "2026-03-01"))
          .write("api/A.java", "a")
          .write("web/src/index.ts", "w")
          .write("web/README.md", "r");
      repo.commit("Start", "2026-02-01");
      repo.write("api/B.java", "b").write("web/src/index.ts", "w2").commit("Both", "2026-03-03");
      repo.delete("api/A.java").write("web/README.md", "r2").commit("Remove A", "2026-03-04");
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.changes())
          .extracting(c -> c.subject() + " " + c.path() + " <- " + c.source())
          .containsExactly(
              "Remove A api/A.java <- api",
              "Both api/B.java <- api",
              "Both web/src/index.ts <- web/src");
    }
  }

  @Test
  void editsOfTheModelItselfDoNotMakeItStale() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[.]", "2026-03-01")).write("src/A.java", "a");
      repo.commit("Start", "2026-02-01");
      repo.write("bulwark.yaml", model("[.]", "2026-03-01") + "owner: team-shop\n")
          .commit("Owner", "2026-03-05");
      assertThat(check(repo, "bulwark.yaml").verdict()).isEqualTo(Verdict.FRESH);
      repo.write("src/A.java", "a2").commit("Code", "2026-03-06");
      assertThat(check(repo, "bulwark.yaml").changes())
          .extracting(Change::path)
          .containsExactly("src/A.java");
    }
  }

  @Test
  void globsMatchWithinAndAcrossFolders() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("['services/*/api', '**/*.proto']", "2026-03-01"))
          .write("services/pay/api/P.java", "p")
          .write("services/pay/web/W.java", "w")
          .write("services/ship/api/deep/S.java", "s")
          .write("proto/v1/order.proto", "o")
          .write("proto/v1/order.txt", "t");
      repo.commit("Start", "2026-02-01");
      repo.write("services/pay/api/P.java", "p2")
          .write("services/pay/web/W.java", "w2")
          .write("services/ship/api/deep/S.java", "s2")
          .write("proto/v1/order.proto", "o2")
          .write("proto/v1/order.txt", "t2")
          .commit("Everything", "2026-03-02");
      assertThat(check(repo, "bulwark.yaml").changes())
          .extracting(c -> c.path() + " <- " + c.source())
          .containsExactly(
              "proto/v1/order.proto <- **/*.proto",
              "services/pay/api/P.java <- services/*/api",
              "services/ship/api/deep/S.java <- services/*/api");
    }
  }

  @Test
  void sourcesAreRelativeToTheModelsFolder() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("threat-model/bulwark.yaml", model("[../src]", "2026-03-01"))
          .write("src/A.java", "a")
          .write("threat-model/src/decoy.txt", "d");
      repo.commit("Start", "2026-02-01");
      repo.write("threat-model/src/decoy.txt", "d2").commit("Decoy", "2026-03-02");
      assertThat(check(repo, "threat-model/bulwark.yaml").verdict()).isEqualTo(Verdict.FRESH);
      repo.write("src/A.java", "a2").commit("Real", "2026-03-03");
      assertThat(check(repo, "threat-model/bulwark.yaml").changes())
          .extracting(Change::path)
          .containsExactly("src/A.java");
    }
  }

  @Test
  void mergeCommitsAreLeftOutButTheCommitsTheyBringAreListed() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[src]", "2026-03-01")).write("src/A.java", "a");
      RevCommit start = repo.commit("Start", "2026-02-01");
      String main = repo.git().getRepository().getBranch();
      repo.git().checkout().setCreateBranch(true).setName("feature").call();
      repo.write("src/F.java", "f").commit("Feature", "2026-03-02");
      repo.git().checkout().setName(main).call();
      repo.write("README.md", "r").commit("Readme", "2026-03-03");
      repo.git()
          .merge()
          .include(repo.git().getRepository().resolve("feature"))
          .setCommit(false)
          .call();
      repo.commit("Merge feature", "2026-03-04");
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.changes())
          .extracting(c -> c.subject() + " " + c.path())
          .containsExactly("Feature src/F.java");
      assertThat(start).isNotNull();
    }
  }

  @Test
  void aSubModelIsJudgedByItsOwnReviewDateOrElseItsImporters() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write(
              "bulwark.yaml",
              model("[web]", "2026-03-01")
                  + "imports:\n  - model: payments/bulwark.yaml\n  - model: shipping.yaml\n")
          .write(
              "payments/bulwark.yaml",
              "bulwark: 1\nid: pay\ntitle: Pay\nsources: [src]\nreviewed: 2026-03-10\n")
          .write("shipping.yaml", "bulwark: 1\nid: ship\ntitle: Ship\nsources: [ship]\n")
          .write("web/W.java", "w")
          .write("payments/src/P.java", "p")
          .write("ship/S.java", "s");
      repo.commit("Start", "2026-02-01");
      repo.write("payments/src/P.java", "p2").commit("Pay before its review", "2026-03-05");
      repo.write("ship/S.java", "s2").commit("Ship after the root's review", "2026-03-06");
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.models())
          .extracting(m -> m.model() + " " + m.reviewed().orElseThrow() + " " + m.inherited())
          .containsExactly(
              dir.resolve("bulwark.yaml") + " 2026-03-01 false",
              dir.resolve("payments/bulwark.yaml") + " 2026-03-10 false",
              dir.resolve("shipping.yaml") + " 2026-03-01 true");
      assertThat(result.changes())
          .extracting(c -> Path.of(c.model()).getFileName() + " " + c.path())
          .containsExactly("shipping.yaml ship/S.java");
    }
  }

  @Test
  void sourcesWithoutAReviewDateAreAnError() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[src]", "")).write("src/A.java", "a");
      repo.commit("Start", "2026-02-01");
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
      assertThat(result.verdict().exitCode()).isEqualTo(2);
      assertThat(result.failures())
          .singleElement()
          .satisfies(f -> {
            assertThat(f.cause()).isEqualTo(Cause.MODEL);
            assertThat(f.position().toString()).endsWith("bulwark.yaml:4:10");
            assertThat(f.message()).contains("names sources but no 'reviewed' date");
          });
    }
  }

  @Test
  void aModelWithoutSourcesNeedsNoRepository() throws Exception {
    Path file = dir.resolve("bulwark.yaml");
    Files.writeString(file, model("", "2026-03-01"));
    StaleResult result = Staleness.check(file, ModelLoader.load(file).model().orElseThrow(), dir);
    assertThat(result.verdict()).isEqualTo(Verdict.NO_SOURCES);
    assertThat(result.verdict().exitCode()).isZero();
    assertThat(result.models()).isEmpty();
  }

  @Test
  void aModelOutsideAnyRepositoryCannotBeJudged() throws Exception {
    assumeThat(gitAbove(dir)).as("a .git above the temporary folder").isFalse();
    Path file = dir.resolve("bulwark.yaml");
    Files.writeString(file, model("[src]", "2026-03-01"));
    StaleResult result = Staleness.check(file, ModelLoader.load(file).model().orElseThrow(), dir);
    assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
    assertThat(result.verdict().exitCode()).isEqualTo(4);
    assertThat(result.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("not in a git repository"));
  }

  @Test
  void pathsOutsideTheRepositoryOrProjectAreRefused() throws Exception {
    Path project = dir.resolve("project");
    try (TestRepository repo = TestRepository.init(project.resolve("repo"))) {
      Files.createDirectories(project.resolve("elsewhere"));
      repo.write(
              "bulwark.yaml",
              model("['../elsewhere', '../../outside', '/etc', 'src/*/../x', src]", "2026-03-01"))
          .write("src/A.java", "a");
      repo.commit("Start", "2026-02-01");
      Path file = repo.root.resolve("bulwark.yaml");
      StaleResult result =
          Staleness.check(file, ModelLoader.load(file).model().orElseThrow(), project);
      assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
      assertThat(result.failures())
          .extracting(f -> f.position().column() + " " + f.message())
          .containsExactly(
              "11 source '../elsewhere' leads outside the git repository " + repo.root.toRealPath(),
              "27 source '../../outside' leads outside the project root " + project.toRealPath(),
              "44 source '/etc' is an absolute path",
              "52 source 'src/*/../x' has '..' after a wildcard");
    }
  }

  @Test
  void aSourceThatNamesNothingIsAnError() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[scr, 'src/*.kt']", "2026-03-01")).write("src/A.java", "a");
      repo.commit("Start", "2026-02-01");
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
      assertThat(result.failures())
          .extracting(f -> f.message())
          .containsExactly(
              "source 'scr' names no file tracked at HEAD",
              "source 'src/*.kt' names no file tracked at HEAD");
    }
  }

  @Test
  void aRepositoryWithoutCommitsCannotBeJudged() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[src]", "2026-03-01"));
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
      assertThat(result.failures())
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("no commit yet"));
    }
  }

  @Test
  void aShallowCloneThatHidesWhatChangedSaysSo() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[src]", "2026-03-01")).write("src/A.java", "a");
      repo.commit("Start", "2026-02-01");
      RevCommit cut = repo.write("src/A.java", "a2").commit("Cut here", "2026-03-02");
      repo.write("src/A.java", "a3").commit("Later", "2026-03-03");
      Files.writeString(dir.resolve(".git/shallow"), cut.getId().name() + "\n");
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
      assertThat(result.failures())
          .singleElement()
          .satisfies(f -> {
            assertThat(f.message())
                .contains("shallow")
                .contains(cut.getId().name().substring(0, 7));
            assertThat(f.hint()).contains("fetch-depth: 0");
          });
    }
  }

  @Test
  void aShallowCloneCutBeforeTheReviewIsEnough() throws Exception {
    try (TestRepository repo = TestRepository.init(dir)) {
      repo.write("bulwark.yaml", model("[src]", "2026-03-01")).write("src/A.java", "a");
      repo.commit("Start", "2026-02-01");
      RevCommit cut = repo.write("src/A.java", "a2").commit("Cut here", "2026-02-10");
      repo.write("src/A.java", "a3").commit("Later", "2026-03-03");
      Files.writeString(dir.resolve(".git/shallow"), cut.getId().name() + "\n");
      StaleResult result = check(repo, "bulwark.yaml");
      assertThat(result.verdict()).isEqualTo(Verdict.STALE);
      assertThat(result.changes()).extracting(Change::subject).containsExactly("Later");
    }
  }

  private static boolean gitAbove(Path folder) {
    for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return true;
      }
    }
    return false;
  }
}
