package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark diff} through the command line, on the pairs of the lifecycle module. */
class DiffCommandTest {
  private static final String PAIRS = "../lifecycle/src/test/resources/diff/";
  private static final String BASE = PAIRS + "base.yaml";
  private static final String TODAY = "2026-06-01";

  @Test
  void twoFilesGiveTheTextDiff() {
    Cli result = Cli.run("diff", "--today", TODAY, BASE, PAIRS + "protocol-change/after.yaml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Threats: 1 appeared, 2 resolved; risk 42 → 38 (-4)")
        .contains("  + elevated Sensitive data sent unencrypted [BW-NET-001@checkout] (risk +4)")
        .contains("  ~ flow checkout: protocol https → http; authentication token → none");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void jsonGoesToAFileWhole(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("diff.json");

    Cli result =
        Cli.run(
            "diff",
            "--today",
            TODAY,
            "--format",
            "json",
            "-o",
            out.toString(),
            BASE,
            PAIRS + "zone-move/after.yaml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out))
        .startsWith("{\n  \"bulwark-diff\": 1,")
        .contains("\"moved\": {\n        \"field\": \"zone\",\n        \"from\": \"dmz\"");
  }

  @Test
  void reorderedModelIsNoChangeInMarkdown() {
    Cli result =
        Cli.run(
            "diff",
            "--format",
            "markdown",
            "--today",
            TODAY,
            BASE,
            PAIRS + "reorder-only/after.yaml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).endsWith("No security-relevant changes.\n");
  }

  @Test
  void withoutThreatsOnlyTheModelsAreCompared() {
    Cli result = Cli.run("diff", "--no-threats", BASE, PAIRS + "context/after.yaml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Threats: not compared")
        .contains("~ component web: tags +pci -public")
        .doesNotContain("risk");
  }

  @Test
  void anInvalidVersionIsExitTwoWithItsPlace(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(
        broken, Files.readString(Path.of(BASE)).replace("protocol: jdbc-tls", "protocol: jdbcc"));

    Cli result = Cli.run("diff", BASE, broken.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.err())
        .contains(broken + ":")
        .contains("error [unknown-value]")
        .contains(broken + ": invalid model; nothing compared");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void wrongArgumentsAreUsageErrors() {
    Cli one = Cli.run("diff", BASE);
    Cli three = Cli.run("diff", "--git", "main", BASE, BASE);

    assertThat(one.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(one.err()).contains("Expected two model files");
    assertThat(three.exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void gitRevisionsAreReadWithTheirImports(@TempDir Path repo) throws Exception {
    String shop = Files.readString(Path.of(BASE));
    Path model = repo.resolve("model/bulwark.yaml");
    Files.createDirectories(model.getParent());
    PersonIdent tester =
        new PersonIdent(
            "T", "t@example.org", Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(model, shop);
      git.add().addFilepattern(".").call();
      git.commit().setMessage("1").setAuthor(tester).setCommitter(tester).setSign(false).call();
      Files.writeString(
          model,
          shop.replace("    to: api\n    protocol: https", "    to: api\n    protocol: http"));
      git.add().addFilepattern(".").call();
      git.commit().setMessage("2").setAuthor(tester).setCommitter(tester).setSign(false).call();
      Files.writeString(
          model,
          shop.replace(
              "zone: dmz\n    custom-code: true\n    processes",
              "zone: internal\n    custom-code: true\n    processes"));

      Cli range = Cli.run("diff", "--today", TODAY, "--git", "main~1..main", model.toString());
      Cli working =
          Cli.run("diff", "--today", TODAY, "--no-threats", "--git", "HEAD", model.toString());
      Cli unknown = Cli.run("diff", "--git", "nope..main", model.toString());

      assertThat(range.exitCode()).as(range.err()).isZero();
      assertThat(range.out())
          .startsWith("main~1:model/bulwark.yaml → main:model/bulwark.yaml\n")
          .contains("~ flow checkout: protocol https → http");
      assertThat(working.exitCode()).as(working.err()).isZero();
      assertThat(working.out())
          .contains("~ flow checkout: protocol http → https")
          .contains("~ component api moved from zone dmz to zone internal");
      assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(unknown.err()).startsWith("bulwark diff: unknown revision 'nope'");
    }
  }

  private static void commit(Git git, String message) throws Exception {
    PersonIdent tester =
        new PersonIdent(
            "T", "t@example.org", Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    git.commit().setMessage(message).setAuthor(tester).setCommitter(tester).setSign(false).call();
  }

  @Test
  void aModelAbsentAtOneVersionIsComparedWithAnEmptyModel(@TempDir Path repo) throws Exception {
    Path model = repo.resolve("model/bulwark.yaml");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(repo.resolve("README.md"), "no model yet\n");
      commit(git, "1");
      Files.createDirectories(model.getParent());
      Files.copy(Path.of(BASE), model);
      commit(git, "2: the model is added");
      Files.delete(model);
      commit(git, "3: the model is deleted");

      Cli added = Cli.run("diff", "--today", TODAY, "--git", "main~2..main~1", model.toString());
      Cli removed = Cli.run("diff", "--today", TODAY, "--git", "main~1..main", model.toString());
      Cli deleted = Cli.run("diff", "--no-threats", "--git", "main~1", model.toString());
      Cli neither = Cli.run("diff", "--git", "main~2..main", model.toString());

      assertThat(added.exitCode()).as(added.err()).isZero();
      assertThat(added.err())
          .containsPattern(
              "note: model/bulwark\\.yaml does not exist at revision main~2 \\([0-9a-f]{7}\\):"
                  + " compared with an empty model, everything is added\n");
      // base.yaml: 3 zones, 1 actor, 3 components, 2 data, 3 flows, 1 threat, 1 mitigation.
      assertThat(added.out())
          .startsWith("main~2:model/bulwark.yaml (absent) → main~1:model/bulwark.yaml\n")
          .containsPattern("Threats: [0-9]+ appeared; risk 0 → [0-9]+")
          .contains("+ component web", "+ flow checkout", "+ mitigation server-prices")
          .doesNotContain("\n  - ");
      assertThat(removed.exitCode()).as(removed.err()).isZero();
      assertThat(removed.err()).contains("everything is removed");
      assertThat(removed.out())
          .startsWith("main~1:model/bulwark.yaml → main:model/bulwark.yaml (absent)\n")
          .containsPattern("Threats: [0-9]+ resolved; risk [0-9]+ → 0")
          .contains("- component web", "- flow checkout")
          .doesNotContain("\n  + ");
      assertThat(deleted.exitCode()).as(deleted.err()).isZero();
      assertThat(deleted.err())
          .contains(
              "note: "
                  + model
                  + " does not exist in the working tree: compared with an empty"
                  + " model, everything is removed");
      assertThat(deleted.out()).contains("- component web");
      assertThat(neither.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(neither.err())
          .startsWith("bulwark diff: model/bulwark.yaml exists at neither version: ")
          .contains("at revision main~2 (", "at revision main (");
    }
  }

  @Test
  void outsideARepositoryTheGitFormSaysSo(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("bulwark.yaml");
    Files.copy(Path.of(BASE), model);

    Cli result = Cli.run("diff", "--git", "HEAD", model.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("not in a git repository");
  }
}
