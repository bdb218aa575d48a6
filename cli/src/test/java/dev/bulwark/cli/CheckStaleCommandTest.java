package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark check-stale} on temporary repositories written with JGit at chosen dates. */
class CheckStaleCommandTest {
  @TempDir Path dir;

  private RevCommit commit(Git git, String message, String day) throws Exception {
    PersonIdent ident =
        new PersonIdent(
            "Ada Lovelace", "ada@example.org", Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    git.add().addFilepattern(".").call();
    return git.commit()
        .setMessage(message)
        .setAuthor(ident)
        .setCommitter(ident)
        .setSign(false)
        .setNoVerify(true)
        .call();
  }

  private Git repository(String model) throws Exception {
    Git git = Git.init().setDirectory(dir.toFile()).call();
    Files.writeString(dir.resolve("bulwark.yaml"), model);
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/App.java"), "class App {}");
    commit(git, "Start", "2026-02-01");
    return git;
  }

  private String model() {
    return "bulwark: 1\nid: app\ntitle: App\nsources: [src]\nreviewed: 2026-03-01\n";
  }

  @Test
  void aFreshModelExitsZero() throws Exception {
    try (Git git = repository(model())) {
      Cli result = Cli.run("check-stale", dir.resolve("bulwark.yaml").toString());
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out()).contains("bulwark.yaml: fresh").contains("reviewed 2026-03-01");
      assertThat(result.err()).isEmpty();
    }
  }

  @Test
  void aStaleModelListsTheCommitsAndExitsOne() throws Exception {
    try (Git git = repository(model())) {
      Files.writeString(dir.resolve("src/Refund.java"), "class Refund {}");
      RevCommit late = commit(git, "Add refunds", "2026-03-04");
      String file = dir.resolve("bulwark.yaml").toString();
      Cli text = Cli.run("check-stale", file);
      assertThat(text.exitCode()).isEqualTo(ExitCode.POLICY_VIOLATED);
      String id = late.getId().name().substring(0, 7);
      assertThat(text.out())
          .isEqualTo(
              file
                  + ": stale: 1 commit changed 1 described path after the review\n\n  "
                  + file
                  + ": reviewed 2026-03-01; sources: src\n    "
                  + id
                  + "  2026-03-04  Ada Lovelace  Add refunds\n"
                  + "        src/Refund.java  (source 'src', "
                  + file
                  + ":4:11)\n\nReview the model against these changes, then set 'reviewed' to"
                  + " the date.\n");
      Cli json = Cli.run("check-stale", "--format", "json", file);
      assertThat(json.exitCode()).isEqualTo(1);
      assertThat(json.out())
          .contains("\"verdict\": \"stale\"")
          .contains("\"commit\": \"" + late.getId().name() + "\"")
          .contains("\"date\": \"2026-03-04T12:00:00Z\"")
          .contains("\"path\": \"src/Refund.java\"");
    }
  }

  @Test
  void sourcesWithoutAReviewDateExitTwoWithThePlace() throws Exception {
    try (Git git = repository("bulwark: 1\nid: app\ntitle: App\nsources: [src]\n")) {
      Cli result = Cli.run("check-stale", dir.resolve("bulwark.yaml").toString());
      assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
      assertThat(result.err())
          .contains("bulwark.yaml:4:10: error ")
          .contains("names sources but no 'reviewed' date");
    }
  }

  @Test
  void anInvalidModelExitsTwo() throws Exception {
    try (Git git = repository("bulwark: 1\nid: app\n")) {
      Cli result = Cli.run("check-stale", dir.resolve("bulwark.yaml").toString());
      assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
      assertThat(result.err()).contains("[missing-field]").contains("invalid model");
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli result = Cli.run("check-stale", "--format", "xml", "bulwark.yaml");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
