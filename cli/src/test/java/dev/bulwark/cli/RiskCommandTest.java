package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import dev.bulwark.risk.fair.Constant;
import dev.bulwark.risk.fair.Distribution;
import dev.bulwark.risk.fair.LogNormal;
import dev.bulwark.risk.fair.Pert;
import dev.bulwark.risk.fair.PertShape;
import dev.bulwark.risk.fair.Poisson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code bulwark risk simulate} through the command line. */
class RiskCommandTest {
  /** A small scenario with every kind of input, at this many iterations and seed. */
  private static Cli small(int iterations, long seed, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "risk", "simulate",
                "--tef", "0.5,1,5",
                "--vuln", "0.1,0.3,0.6",
                "--lm", "10000,50000,500000",
                "--slef", "0.1,0.2,0.4",
                "--slm", "lognormal:5000,200000",
                "--pert", "moment-matched",
                "--iterations", Integer.toString(iterations),
                "--seed", Long.toString(seed)));
    args.addAll(List.of(more));
    Cli result = Cli.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  @Test
  void aSmallRunPrintsTheReviewedJsonAndText() {
    Golden.assertMatches("risk/simulate.json", small(2000, 7, "--format", "json").out());
    Golden.assertMatches("risk/simulate.txt", small(2000, 7).out());
  }

  @Test
  void theThreadCountNeverChangesTheBytes() {
    String one = small(70_000, 7, "--format", "json", "--threads", "1").out();
    assertThat(one).contains("\"p99\"");
    for (String threads : new String[] {"2", "4"}) {
      assertThat(small(70_000, 7, "--format", "json", "--threads", threads).out()).isEqualTo(one);
    }
    assertThat(small(70_000, 8, "--format", "json").out()).isNotEqualTo(one);
  }

  @Test
  void theIssuesExampleAgreesWithPyfair() {
    Cli result =
        Cli.run(
            "risk",
            "simulate",
            "--tef",
            "0.5,1,5",
            "--vuln",
            "0.1,0.3,0.6",
            "--lm",
            "10000,50000,500000",
            "--pert",
            "moment-matched",
            "--iterations",
            "1000000",
            "--seed",
            "42",
            "--format",
            "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(result.out());
    assertThat(doc.get("mode").asString()).isEqualTo("product");
    assertThat(doc.get("inputs").get("vulnerability").get("shape").asString())
        .isEqualTo("moment-matched");
    JsonNode stats = doc.get("statistics");
    assertThat(stats.get("mean").asDouble() / 59_321 - 1).isBetween(-0.005, 0.005);
    assertThat(stats.get("p50").asDouble() / 41_518 - 1).isBetween(-0.01, 0.01);
    assertThat(stats.get("p90").asDouble() / 131_269 - 1).isBetween(-0.01, 0.01);
    assertThat(stats.get("p99").asDouble() / 274_094 - 1).isBetween(-0.02, 0.02);
    assertThat(doc.get("exceedance")).hasSize(50);
  }

  @Test
  void theDefaultsAreReproducible() {
    Cli first = Cli.run("risk", "simulate", "--tef", "2", "--vuln", "0.5", "--lm", "1,2,3");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .startsWith("FAIR simulation: 100,000 iterations, product mode, textbook PERT, seed 42");
    assertThat(Cli.run("risk", "simulate", "--tef", "2", "--vuln", "0.5", "--lm", "1,2,3").out())
        .isEqualTo(first.out());
  }

  @Test
  void contactCapabilityAndEventModeWork() {
    Cli result =
        Cli.run(
            "risk",
            "simulate",
            "--cf",
            "poisson:20",
            "--poa",
            "0.05",
            "--tcap",
            "20,60,95",
            "--rs",
            "30,50,70",
            "--lm",
            "lognormal:20000,800000",
            "--mode",
            "event",
            "--iterations",
            "5000",
            "--format",
            "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("\"mode\": \"event\"")
        .contains("\"contact-frequency\"")
        .contains("\"threat-capability\"")
        .doesNotContain("\"threat-event-frequency\"");
  }

  @Test
  void everyProblemIsReportedAtOnceNamingItsOption() {
    Cli result =
        Cli.run(
            "risk",
            "simulate",
            "--tef",
            "5,1,0.5",
            "--cf",
            "3",
            "--vuln",
            "0.1,0.5,1.5",
            "--lm",
            "abc",
            "--slm",
            "4",
            "--iterations",
            "0",
            "--threads",
            "0");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines())
        .containsExactly(
            "error: --tef: PERT needs min ≤ most likely ≤ max, got 5, 1, 0.5",
            "error: --vuln: a probability must lie in [0, 1], but PERT(0.1, 0.5, 1.5) ranges over"
                + " [0.1, 1.5]",
            "error: --lm: expected MIN,MODE,MAX (PERT), a number (constant), lognormal:P5,P95 or"
                + " poisson:MEAN, got 'abc'",
            "error: --tef: give the threat event frequency either with --tef or with --cf and"
                + " --poa, not both",
            "error: --slm: needs --slef too",
            "error: --iterations: must be from 1 to 10000000, got 0",
            "error: --threads: must be at least 1, got 0",
            "See 'bulwark risk simulate --help'.");
  }

  @Test
  void missingFactorsAreNamed() {
    Cli result = Cli.run("risk", "simulate", "--tcap", "1,2,3");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .contains(
            "error: --tef: the threat event frequency is required: give --tef, or --cf with --poa")
        .contains("error: --tcap: needs --rs too")
        .contains("error: --lm: the primary loss magnitude is required");
  }

  @Test
  void aProbabilityCannotBeUnbounded() {
    Cli result =
        Cli.run("risk", "simulate", "--tef", "1", "--vuln", "lognormal:0.1,0.5", "--lm", "-5");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .contains("error: --vuln: a probability must lie in [0, 1], but lognormal(p5 0.1, p95 0.5)")
        .contains("error: --lm: a loss cannot be negative, but -5 goes down to -5");
  }

  @Test
  void badChoicesAreUsageErrors() {
    Cli shape =
        Cli.run("risk", "simulate", "--tef", "1", "--vuln", "1", "--lm", "1", "--pert", "vose");
    assertThat(shape.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(shape.err()).contains("'--pert': expected textbook or moment-matched, got 'vose'");
    Cli mode = Cli.run("risk", "simulate", "--tef", "1", "--vuln", "1", "--lm", "1", "--mode", "x");
    assertThat(mode.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(mode.err()).contains("'--mode': expected product or event, got 'x'");
    Cli busy =
        Cli.run(
            "risk",
            "simulate",
            "--tef",
            "1e6",
            "--vuln",
            "1",
            "--lm",
            "1",
            "--mode",
            "event",
            "--iterations",
            "1000");
    assertThat(busy.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(busy.err()).contains("error: --mode: event mode would draw about 1,000,000,000");
  }

  @Test
  void helpExplainsTheInputsAndExitCodes() {
    Cli help = Cli.run("risk", "simulate", "--help");
    assertThat(help.exitCode()).isZero();
    String text = help.out().replaceAll("\\s+", " ");
    assertThat(text)
        .contains("lognormal:P5,P95")
        .contains("moment-matched")
        .contains("default: 42")
        .contains("default: 100000")
        .contains("3 the command line or an input is wrong");
    assertThat(Cli.run("--help").out()).contains("risk");
  }

  @Test
  void distributionsAreReadInEveryForm() {
    PertShape mm = PertShape.MOMENT_MATCHED;
    assertThat(parse("0.5,1,5", mm)).contains(new Pert(0.5, 1, 5, mm));
    assertThat(parse(" pert:10_000, 50_000 ,500_000 ", mm)).contains(new Pert(1e4, 5e4, 5e5, mm));
    assertThat(parse("7", mm)).contains(new Constant(7));
    assertThat(parse("constant:1e3", mm)).contains(new Constant(1000));
    assertThat(parse("lognormal:10,1000", mm)).contains(new LogNormal(10, 1000));
    assertThat(parse("Poisson:2.5", mm)).contains(new Poisson(2.5));
    for (String bad :
        new String[] {"", "1,2", "1,,3", "NaN", "Infinity", "1d", "0x10", "gamma:1"}) {
      assertThat(parse(bad, mm)).as(bad).isEmpty();
    }
  }

  private static Optional<Distribution> parse(String text, PertShape shape) {
    return RiskCommand.Simulate.parse(text, shape);
  }
}
