package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark plan} through the command line. */
class PlanCommandTest {
  private static final String TODAY = "2026-11-22";
  private static final String SHOP = "../examples/online-shop/bulwark.yaml";

  @Test
  void theShopsPlanInMarkdownIsTheReviewedOne() {
    Cli result = Cli.run("plan", "--no-kb", "--today", TODAY, "--format", "markdown", SHOP);
    assertThat(result.exitCode()).as(result.err()).isZero();
    Golden.assertMatches("plan/online-shop.md", result.out());
  }

  @Test
  void textAndJsonSayTheSameTier() {
    Cli text = Cli.run("plan", "--no-kb", "--today", TODAY, SHOP);
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .startsWith("Online shop (online-shop): risk tier 3, High\n")
        .contains("  compliance: pci-dss  +2, at least tier 3\n")
        .contains("  [tier 3] Penetration test (penetration-test)\n");
    Cli json = Cli.run("plan", "--no-kb", "--today", TODAY, "--format", "JSON", SHOP);
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"number\": 3,").contains("\"id\": \"penetration-test\"");
  }

  @Test
  void theDefaultPolicyPrintedAndPassedBackGivesTheSamePlan(@TempDir Path dir) throws Exception {
    Cli printed = Cli.run("plan", "--print-default-policy");
    assertThat(printed.exitCode()).isZero();
    assertThat(printed.out())
        .startsWith("# Bulwark's default plan policy")
        .contains("bulwark-plan: 1");
    Path policy = dir.resolve("plan-policy.yaml");
    Files.writeString(policy, printed.out());
    Cli builtIn = Cli.run("plan", "--no-kb", "--today", TODAY, "--format", "json", SHOP);
    Cli own =
        Cli.run(
            "plan",
            "--no-kb",
            "--today",
            TODAY,
            "--format",
            "json",
            "--policy",
            policy.toString(),
            SHOP);
    assertThat(own.exitCode()).as(own.err()).isZero();
    assertThat(own.out())
        .isEqualTo(
            builtIn.out().replace("\"policy\": \"built-in\"", "\"policy\": \"" + policy + "\""));
  }

  @Test
  void aPolicyWithMistakesIsRefusedWithTheirPlaces(@TempDir Path dir) throws Exception {
    Path policy = dir.resolve("p.yaml");
    Files.writeString(
        policy,
        "bulwark-plan: 1\npoints: {exposure: {internet: lots}}\ntiers:\n"
            + "  - {tier: 1, title: Only, min-score: 0, activities: [sast]}\nactivities: []\n");
    Cli result = Cli.run("plan", "--no-kb", "--policy", policy.toString(), SHOP);
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains(policy + ":2:31: error [wrong-type] 'exposure.internet' is a whole number")
        .contains(policy + ":4:55: error [dangling-reference] tier 1 names activity 'sast'")
        .contains("invalid plan policy; no plan written");
  }

  @Test
  void aMissingPolicyFileIsAnInputError(@TempDir Path dir) {
    Cli result = Cli.run("plan", "--no-kb", "--policy", dir.resolve("none.yaml").toString(), SHOP);
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.err()).contains("cannot read the policy file");
  }

  @Test
  void theOutputFileIsWrittenWhole(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("plan.md");
    Cli result =
        Cli.run(
            "plan",
            "--no-kb",
            "--today",
            TODAY,
            "--format",
            "markdown",
            "-o",
            out.toString(),
            SHOP);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("# Security plan: Online shop\n");
  }

  @Test
  void usageMistakesExitThree() {
    assertThat(Cli.run("plan", "--no-kb").exitCode()).isEqualTo(ExitCode.USAGE);
    Cli format = Cli.run("plan", "--format", "pdf", SHOP);
    assertThat(format.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(format.err()).contains("'pdf' is not a format: text, markdown or json");
  }

  @Test
  void anInvalidModelExitsTwo() {
    Cli result = Cli.run("plan", "--no-kb", "src/test/resources/models/broken.yaml");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.out()).isEmpty();
  }
}
