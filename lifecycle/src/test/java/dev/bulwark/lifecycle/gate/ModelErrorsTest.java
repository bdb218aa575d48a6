package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Position;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelErrorsTest {
  @Test
  void aValidModelPassesAndItsWarningsAreNotCountedByDefault() {
    GateInput shop = input("shop.yaml");
    // shop.yaml says nothing about its business: its one warning.
    assertThat(shop.problems())
        .extracting(p -> p.type())
        .containsExactly(ProblemType.NO_BUSINESS_CONTEXT);
    CheckResult result = new ModelErrors(false).run(shop);
    assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(result.summary()).isEqualTo("the model is valid (1 warning, not counted)");
    assertThat(shop.broken()).isFalse();
  }

  @Test
  void warningsFailWhenThePolicySaysSoButTheModelIsNotBroken() {
    GateInput shop = input("shop.yaml");
    CheckResult result = new ModelErrors(true).run(shop);
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> {
          assertThat(f.message()).startsWith("warning [no-business-context] ");
          assertThat(f.position().line()).isEqualTo(8);
        });
    assertThat(result.summary()).isEqualTo("1 validation warning");
    assertThat(new ModelErrors(true).run(input("clean.yaml")).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void aRuleThatFailedWhileRunningBreaksTheAnalysis() {
    GateInput clean = input("clean.yaml");
    GateFinding failure =
        new GateFinding(new Position("pack.yaml", 4, 7), "rule ORG-1 failed: no such field", "x");
    GateInput broken =
        new GateInput(
            clean.file(),
            clean.model(),
            clean.assessment(),
            clean.problems(),
            List.of(failure),
            Optional.empty());
    CheckResult result = new ModelErrors(false).run(broken);
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.findings()).containsExactly(failure);
    assertThat(result.summary()).isEqualTo("the model is invalid: 1 problem");
    assertThat(broken.broken()).isTrue();
  }

  @Test
  void aRejectedModelFailsWithItsErrors() {
    Problem problem =
        new Problem(
            ProblemType.DANGLING_REFERENCE,
            new Position("m.yaml", 3, 9),
            "'to' of flow 'a' names 'wbe'",
            "did you mean 'web'?");
    GateFinding finding = ModelErrors.finding(problem);
    assertThat(finding.message())
        .isEqualTo("error [dangling-reference] 'to' of flow 'a' names 'wbe' (did you mean 'web'?)");
    CheckResult result = new ModelErrors(false).rejected(List.of(finding));
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.summary()).isEqualTo("the model is invalid: 1 problem");
  }
}
