package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Position;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateTest {
  @Test
  void theDefaultPolicyFailsTheShopAndSaysWhichChecks() {
    GateInput shop = input("shop.yaml").withBase(new Baseline.Known("main", Set.of("t-critical")));
    GateResult result = Gate.run(Policy.defaults(), shop, GateExtensions.NONE);
    assertThat(result.verdict()).isEqualTo(GateResult.Verdict.VIOLATED);
    assertThat(result.model()).isEqualTo("shop");
    assertThat(result.policy()).isEqualTo("the default policy");
    assertThat(result.base()).contains("main");
    assertThat(result.checks())
        .extracting(c -> c.id() + " " + c.outcome())
        .containsExactly(
            "model-errors PASSED",
            "open-threats FAILED",
            "new-threats FAILED",
            "expired-acceptances FAILED",
            "stale-triage FAILED",
            "missing-owners FAILED");
    assertThat(result.withOutcome(Outcome.PASSED))
        .extracting(CheckResult::id)
        .containsExactly("model-errors");
  }

  @Test
  void aCleanModelPassesTheDefaultPolicyWithoutABase() {
    GateResult result = Gate.run(Policy.defaults(), input("clean.yaml"), GateExtensions.NONE);
    assertThat(result.verdict()).isEqualTo(GateResult.Verdict.PASSED);
    assertThat(result.withOutcome(Outcome.SKIPPED))
        .extracting(CheckResult::id)
        .containsExactly("new-threats");
    assertThat(result.base()).isEmpty();
  }

  @Test
  void aBrokenAnalysisIsInvalidWhateverTheChecksSay() {
    GateInput clean = input("clean.yaml");
    GateFinding failure = new GateFinding(new Position("pack.yaml", 1, 1), "failed", "f");
    GateInput broken =
        new GateInput(
            clean.file(),
            clean.model(),
            clean.assessment(),
            List.of(),
            List.of(failure),
            Optional.empty());
    assertThat(Gate.run(Policy.defaults(), broken, GateExtensions.NONE).verdict())
        .isEqualTo(GateResult.Verdict.INVALID);
  }

  @Test
  void aRejectedModelFailsModelErrorsAndSkipsTheRest() {
    GateFinding error = new GateFinding(new Position("dir/m.yaml", 2, 3), "error [x] bad", "x");
    GateResult result =
        Gate.rejected(Policy.defaults(), "dir/m.yaml", List.of(error), Optional.empty());
    assertThat(result.verdict()).isEqualTo(GateResult.Verdict.INVALID);
    assertThat(result.model()).isEqualTo("m.yaml");
    assertThat(result.checks().getFirst().findings()).containsExactly(error);
    assertThat(result.checks().subList(1, result.checks().size()))
        .allSatisfy(c -> {
          assertThat(c.outcome()).isEqualTo(Outcome.SKIPPED);
          assertThat(c.summary()).isEqualTo("not judged: the model could not be analysed");
        });
  }

  @Test
  void theSameInputGivesTheSameResult() {
    GateResult a = Gate.run(Policy.defaults(), input("shop.yaml"), GateExtensions.NONE);
    GateResult b = Gate.run(Policy.defaults(), input("shop.yaml"), GateExtensions.NONE);
    assertThat(a).isEqualTo(b);
  }
}
