package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark gate} through the command line: verdicts, exit codes and the files it writes. */
class GateCommandTest {
  private static final String TODAY = "2026-11-22";
  private static final String DIR = "src/test/resources/gate/";
  private static final String SHOP = "../examples/online-shop/bulwark.yaml";
  private static final String BROKEN = "src/test/resources/models/broken.yaml";

  private static Cli gate(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "gate";
    all[1] = "--no-kb";
    all[2] = "--today";
    all[3] = TODAY;
    all[4] = "--colour=never";
    System.arraycopy(args, 0, all, 5, args.length);
    return Cli.run(all);
  }

  @Test
  void theDefaultPolicyFailsTheOnlineShopWithExitOne() {
    Cli result = gate(SHOP);
    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    Golden.assertMatches("gate/online-shop.txt", result.out());
    assertThat(result.out())
        .startsWith("bulwark gate: online-shop failed (policy: the default policy)\n")
        .contains("  FAIL  open-threats         12 open threats at critical or above\n")
        .contains("  skip  new-threats          no base to compare with (--base REV|FILE)\n");
  }

  @Test
  void aPolicyTheModelMeetsPassesWithExitZero() {
    Cli result = gate("--policy", DIR + "lenient.yaml", SHOP);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "bulwark gate: online-shop passed (policy: "
                + DIR
                + "lenient.yaml)\n  pass  model-errors  the model is valid\n");
  }

  @Test
  void newThreatsAreThoseTheBaseFileDoesNotHave() {
    Cli changed =
        gate("--policy", DIR + "new-critical.yaml", "--base", DIR + "base.yaml", DIR + "head.yaml");
    assertThat(changed.exitCode()).as(changed.err()).isEqualTo(1);
    assertThat(changed.out())
        .contains(
            "  FAIL  new-threats   1 new open threat at critical or above since "
                + DIR
                + "base.yaml\n")
        .contains("head.yaml:18:5 t-new (critical): Critical and new\n");
    Cli same =
        gate("--policy", DIR + "new-critical.yaml", "--base", DIR + "head.yaml", DIR + "head.yaml");
    assertThat(same.exitCode()).as(same.err()).isZero();
  }

  @Test
  void anInvalidBaseSkipsTheComparisonRatherThanBlockTheRepair() {
    Cli result = gate("--policy", DIR + "new-critical.yaml", "--base", BROKEN, DIR + "head.yaml");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("warning: the base " + BROKEN + " is an invalid model (");
    assertThat(result.out())
        .contains("  skip  new-threats   the base " + BROKEN + " is an invalid model");
  }

  @Test
  void aRevisionThatDoesNotExistIsAnInputError() {
    Cli result = gate("--base", "no-such-revision-4f1c", DIR + "head.yaml");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
    assertThat(result.err()).contains("no-such-revision-4f1c");
    assertThat(result.out()).isEmpty();
  }

  private static void commit(Git git, String message) throws Exception {
    PersonIdent tester =
        new PersonIdent(
            "T", "t@example.org", Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setAuthor(tester).setCommitter(tester).setSign(false).call();
  }

  @Test
  void aModelTheBaseRevisionLacksIsNewAndEveryOpenThreatCountsAsNew(@TempDir Path repo)
      throws Exception {
    Path model = repo.resolve("models/head.yaml");
    Path summary = repo.resolve("summary.md");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(repo.resolve("README.md"), "a project without a model yet\n");
      commit(git, "first");
      Files.createDirectories(model.getParent());
      Files.copy(Path.of(DIR + "head.yaml"), model);
      commit(git, "the pull request adds a model");

      Cli added =
          gate(
              "--policy",
              DIR + "new-critical.yaml",
              "--base",
              "HEAD~1",
              "--summary",
              summary.toString(),
              model.toString());
      String since = "since HEAD~1, where the model does not exist: every open threat is new";
      assertThat(added.exitCode()).as(added.err()).isEqualTo(1);
      assertThat(added.err())
          .containsPattern(
              "note: models/head\\.yaml does not exist at revision HEAD~1 \\([0-9a-f]{7}\\): the"
                  + " model is new, so every open threat counts as new\n");
      assertThat(added.out())
          .contains("  FAIL  new-threats   1 new open threat at critical or above " + since + "\n")
          .contains("head.yaml:18:5 t-new (critical): Critical and new\n");
      assertThat(Files.readString(summary))
          .contains("since HEAD\\~1, where the model does not exist: every open threat is new");

      Cli lenient =
          gate(
              "--policy",
              DIR + "new-critical.yaml",
              "--base",
              "HEAD~1",
              repo.resolve("none.yaml").toString());
      assertThat(lenient.exitCode()).as("a missing model is still invalid").isEqualTo(2);

      Cli unknown =
          gate("--policy", DIR + "new-critical.yaml", "--base", "HEAD~5", model.toString());
      assertThat(unknown.exitCode()).as(unknown.err()).isEqualTo(4);
      assertThat(unknown.err()).contains("unknown revision 'HEAD~5'");
    }
  }

  @Test
  void aBaseIsNotReadWhenThePolicyDoesNotCompare() {
    Cli result = gate("--policy", DIR + "lenient.yaml", "--base", "origin/main", DIR + "head.yaml");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err())
        .contains("note: --base is not used: the policy has no new-threats check");
  }

  @Test
  void anInvalidModelExitsTwoAndStillWritesTheReports(@TempDir Path out) throws IOException {
    Cli result =
        gate(
            "--sarif",
            out.resolve("gate.sarif").toString(),
            "--junit",
            out.resolve("junit.xml").toString(),
            "--summary",
            out.resolve("summary.md").toString(),
            BROKEN);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("broken.yaml:", ": error [");
    assertThat(result.out())
        .startsWith("bulwark gate: broken.yaml could not be analysed")
        .contains("  FAIL  model-errors", "  skip  open-threats         not judged");
    assertThat(Files.readString(out.resolve("junit.xml")))
        .contains("<error message=\"the model is invalid: ");
    assertThat(Files.readString(out.resolve("gate.sarif")))
        .contains("\"ruleId\": \"gate:model-errors\"");
    assertThat(Files.readString(out.resolve("summary.md")))
        .startsWith("## ⛔ Bulwark gate: broken.yaml could not be analysed");
  }

  @Test
  void anInvalidPolicyIsNamedWithItsPlacesAndNothingIsJudged(@TempDir Path out) {
    Cli result =
        gate("--policy", DIR + "bad-policy.yaml", "--junit", out.resolve("j.xml").toString(), SHOP);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains(
            DIR
                + "bad-policy.yaml:3:29: error [unknown-value] 'severity' is 'severe', not a"
                + " severity (allowed: low, medium, elevated, high, critical)")
        .contains(
            DIR
                + "bad-policy.yaml:4:3: error [unknown-field] unknown check 'stale-triag' in"
                + " 'checks' (did you mean 'stale-triage'?")
        .contains("invalid policy; nothing judged");
    assertThat(result.out()).isEmpty();
    assertThat(out.resolve("j.xml")).doesNotExist();
  }

  @Test
  void aMissingPolicyFileIsAnInvalidInput() {
    Cli result = gate("--policy", DIR + "no-such-policy.yaml", SHOP);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(DIR + "no-such-policy.yaml:1:1: error [file-unreadable]");
  }

  @Test
  void writesTheThreeFilesTheSameEachTime(@TempDir Path out) throws IOException {
    for (String run : new String[] {"a", "b"}) {
      Cli result =
          gate(
              "--sarif",
              out.resolve(run + ".sarif").toString(),
              "--junit",
              out.resolve(run + ".xml").toString(),
              "--summary",
              out.resolve(run + ".md").toString(),
              SHOP);
      assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    }
    for (String ext : new String[] {".sarif", ".xml", ".md"}) {
      assertThat(Files.readString(out.resolve("a" + ext)))
          .isNotEmpty()
          .isEqualTo(Files.readString(out.resolve("b" + ext)));
    }
    assertThat(Files.readString(out.resolve("a.sarif")))
        .contains("\"uri\": \"examples/online-shop/bulwark.yaml\"", "\"ruleId\": \"BW-");
    assertThat(Files.readString(out.resolve("a.xml")))
        .contains("<testcase classname=\"bulwark.gate.online-shop\" name=\"open-threats\">");
    assertThat(Files.readString(out.resolve("a.md")))
        .startsWith("## ❌ Bulwark gate failed: online-shop (1 check failed)");
  }

  private static final String LOSS = DIR + "loss.yaml";
  private static final String LOSS_LINE =
      "annualised loss 100,000 EUR exceeds the budget of 99,999 EUR (largest: outage 100,000 EUR)";

  @Test
  void aMoneyBudgetJustBelowTheMeanLossFailsAndEveryOutputSaysWhy(@TempDir Path out)
      throws IOException {
    // loss.yaml loses 2 × 0.5 × 100,000 = 100,000 EUR every simulated year.
    Cli result =
        gate(
            "--policy",
            DIR + "loss-budget.yaml",
            "--sarif",
            out.resolve("gate.sarif").toString(),
            "--junit",
            out.resolve("junit.xml").toString(),
            "--summary",
            out.resolve("summary.md").toString(),
            LOSS);
    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.out())
        .contains(
            "  FAIL  risk-budget   annualised loss 100,000 EUR of 99,999 EUR allowed (largest:"
                + " outage 100,000 EUR)\n")
        .contains("loss.yaml:5:1 " + LOSS_LINE + "\n");
    assertThat(Files.readString(out.resolve("gate.sarif")))
        .contains("\"ruleId\": \"gate:risk-budget\"", LOSS_LINE, "risk-budget:loss-budget");
    assertThat(Files.readString(out.resolve("junit.xml")))
        .contains(
            "<failure message=\"annualised loss 100,000 EUR of 99,999 EUR allowed", LOSS_LINE);
    assertThat(Files.readString(out.resolve("summary.md"))).contains("risk-budget", "99,999 EUR");
  }

  @Test
  void aMoneyBudgetAtTheMeanLossPasses(@TempDir Path dir) throws IOException {
    Path policy =
        Files.writeString(
            dir.resolve("at.yaml"),
            "bulwark-policy: 1\nchecks:\n  risk-budget: { max: 16, max-annual-loss: 100000 }\n");
    Cli result = gate("--policy", policy.toString(), LOSS);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(
            "  pass  risk-budget   residual risk 4 of 16 allowed; annualised loss 100,000 EUR of"
                + " 100,000 EUR allowed (largest: outage 100,000 EUR)\n");
  }

  @Test
  void theMoneyBudgetGivesTheSameVerdictEveryTime(@TempDir Path out) throws IOException {
    // head.yaml writes no scenario: its figure comes from derived ones, simulated with a seed.
    Path policy =
        Files.writeString(
            out.resolve("p.yaml"),
            "bulwark-policy: 1\nchecks:\n  risk-budget: { max-annual-loss: 1 }\n");
    String[] texts = new String[2];
    for (int i = 0; i < 2; i++) {
      Cli result =
          gate(
              "--policy",
              policy.toString(),
              "--sarif",
              out.resolve(i + ".sarif").toString(),
              "--junit",
              out.resolve(i + ".xml").toString(),
              DIR + "head.yaml");
      assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
      texts[i] = result.out();
    }
    assertThat(texts[1]).isEqualTo(texts[0]);
    for (String ext : new String[] {".sarif", ".xml"}) {
      assertThat(Files.readString(out.resolve("1" + ext)))
          .isEqualTo(Files.readString(out.resolve("0" + ext)));
    }
    assertThat(texts[0])
        .containsPattern("FAIL  risk-budget   annualised loss [0-9,]+ USD of 1 USD allowed")
        .contains("largest: derived:")
        .contains(
            "the model writes no loss scenario: all 3 scenarios are derived from its open threats'"
                + " ratings; derived losses assume an annual revenue of 10,000,000 USD (the model"
                + " gives none)");
  }

  @Test
  void anOutputThatCannotBeWrittenExitsFour(@TempDir Path out) throws IOException {
    Path notAFolder = Files.writeString(out.resolve("file"), "x");
    Cli result = gate("--junit", notAFolder.resolve("junit.xml").toString(), DIR + "head.yaml");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).contains("error: cannot write the gate's output");
  }

  @Test
  void usageErrorsExitThree() {
    assertThat(Cli.run("gate").exitCode()).isEqualTo(3);
    assertThat(Cli.run("gate", "--polic", "x", SHOP).exitCode()).isEqualTo(3);
  }

  @Test
  void helpNamesEveryOptionAndExitCode() {
    Cli help = Cli.run("gate", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("--policy=FILE", "--base=REV|FILE", "--sarif=FILE", "--junit=FILE")
        .contains("--summary=FILE", "--today", "--rules", "1   a check failed");
  }
}
