package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
