package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark paths} through the command line. The online shop's paths are golden files: a
 * change in scoring, threats or the difficulty formula shows up as a reviewed diff.
 */
class PathsCommandTest {
  private static final String TODAY = "2026-11-22";
  private static final String SHOP = "../examples/online-shop/bulwark.yaml";

  @Test
  void theOnlineShopsPathsAreTheReviewedOnes() {
    Cli text = Cli.run("paths", "--no-kb", "--today", TODAY, SHOP);
    assertThat(text.exitCode()).as(text.err()).isZero();
    Golden.assertMatches("paths/online-shop.txt", text.out());
    Cli json = Cli.run("paths", "--no-kb", "--today", TODAY, "--format", "json", SHOP);
    assertThat(json.exitCode()).as(json.err()).isZero();
    Golden.assertMatches("paths/online-shop.json", json.out());
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    String first = Cli.run("paths", "--no-kb", "--today", TODAY, "--format", "json", SHOP).out();
    String second = Cli.run("paths", "--no-kb", "--today", TODAY, "--format", "json", SHOP).out();
    assertThat(first).isEqualTo(second).contains("\"bulwark-paths\": 1");
  }

  @Test
  void oneProfileOnePathEach() {
    Cli result =
        Cli.run("paths", "--no-kb", "--today", TODAY, "--profile", "insider", "--k", "1", SHOP);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith(
            "Attack paths of online-shop: 1 profile, 6 crown jewels, up to 1 easiest path each\n")
        .contains("Malicious insider (insider, intermediate)")
        .doesNotContain("Anonymous internet attacker")
        .contains(
            "    1. service-agent → backoffice (agent-backoffice: https, two-factor) →"
                + " order-service (backoffice-orders: https, token) → shop-secrets (load-secrets:"
                + " https, token); difficulty 6.2\n")
        .doesNotContain("    2. ");
  }

  @Test
  void aProfilesFileAddsProfiles() {
    Cli result =
        Cli.run(
            "paths",
            "--no-kb",
            "--today",
            TODAY,
            "--profiles",
            "src/test/resources/paths/shop-profiles.yaml",
            "--profile",
            "rogue-carrier",
            SHOP);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Compromised carrier (rogue-carrier, expert)")
        .contains("  starts at: carrier\n")
        .contains("  reaches directly from carrier-network: shop-api\n")
        .contains("carrier-network → shop-api (direct) → order-service");
  }

  @Test
  void aBrokenProfilesFileIsRefusedWithThePlace() {
    Cli result =
        Cli.run(
            "paths",
            "--no-kb",
            "--profiles",
            "src/test/resources/paths/broken-profiles.yaml",
            SHOP);
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains(
            "src/test/resources/paths/broken-profiles.yaml:6:11: error: unknown key 'actor-kind' in"
                + " a selector; did you mean 'actor-kinds'?")
        .contains("invalid profiles file; nothing analysed");
  }

  @Test
  void anUnknownProfileIsAUsageError() {
    Cli result = Cli.run("paths", "--no-kb", "--profile", "insidr", SHOP);
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .contains("no attacker profile 'insidr'; did you mean 'insider'? allowed: anonymous,");
  }

  @Test
  void kOutOfRangeIsAUsageError() {
    Cli result = Cli.run("paths", "--no-kb", "--k", "11", SHOP);
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("k must be 1 to 10, not 11");
  }

  @Test
  void aMissingProfilesFileIsAnIoError() {
    Cli result = Cli.run("paths", "--no-kb", "--profiles", "no/such/profiles.yaml", SHOP);
    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err())
        .contains("bulwark: cannot read profiles file no/such/profiles.yaml: no such file");
  }

  @Test
  void anInvalidModelIsRefused() {
    Cli result = Cli.run("paths", "--no-kb", "src/test/resources/models/broken.yaml");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void outputGoesToAFileWhole(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("paths.json");
    Cli result =
        Cli.run(
            "paths", "--no-kb", "--today", TODAY, "--format", "json", "-o", out.toString(), SHOP);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out))
        .isEqualTo(Cli.run("paths", "--no-kb", "--today", TODAY, "--format", "json", SHOP).out());
  }

  @Test
  void againstFlowsOpensPathsThroughAnswers() {
    Cli along = Cli.run("paths", "--no-kb", "--today", TODAY, "--profile", "partner", SHOP);
    Cli against =
        Cli.run(
            "paths", "--no-kb", "--today", TODAY, "--profile", "partner", "--against-flows", SHOP);
    assertThat(along.out()).doesNotContain("difficulty");
    assertThat(against.out()).contains("also against flows").contains("(against ");
  }
}
