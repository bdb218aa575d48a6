package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RiskBudgetTest {
  private static RiskBudget max(int max) {
    return new RiskBudget(OptionalInt.of(max), OptionalDouble.empty(), Optional.empty());
  }

  @Test
  void theResidualRiskIsTheSumOfTheOpenThreatsWeights() {
    // critical 16 + high 8 + high 8 (expired acceptance) + medium 2 + low 1; closed ones count 0.
    assertThat(RiskBudget.residual(input("shop.yaml").assessment().threats())).isEqualTo(35);
    assertThat(RiskBudget.residual(input("clean.yaml").assessment().threats())).isEqualTo(1);
  }

  @Test
  void failsAboveTheBudgetWithWhereTheRiskComesFrom() {
    CheckResult result = max(34).run(input("shop.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.summary()).isEqualTo("residual risk 35 of 34 allowed");
    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> {
          assertThat(f.message())
              .isEqualTo(
                  "residual risk 35 exceeds the budget of 34 (critical 1×16, high 2×8, medium 1×2,"
                      + " low 1×1)");
          assertThat(f.position().line()).isEqualTo(8); // the model's first key
          assertThat(f.key()).isEqualTo("risk-budget");
        });
  }

  @Test
  void passesAtTheBudgetExactly() {
    CheckResult result = max(35).run(input("shop.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(result.summary()).isEqualTo("residual risk 35 of 35 allowed");
  }

  @Test
  void aMoneyBudgetIsNotJudgedWithoutAnEstimatorAndNeverPassesSilently() {
    RiskBudget money =
        new RiskBudget(OptionalInt.empty(), OptionalDouble.of(250_000), Optional.empty());
    CheckResult result = money.run(input("shop.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(result.summary()).contains("not available in this build");
    RiskBudget both =
        new RiskBudget(OptionalInt.of(40), OptionalDouble.of(250_000), Optional.empty());
    CheckResult mixed = both.run(input("shop.yaml"));
    assertThat(mixed.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(mixed.summary())
        .isEqualTo(
            "residual risk 35 of 40 allowed; max-annual-loss not checked: loss estimates are not"
                + " available in this build");
    assertThat(both.description())
        .isEqualTo(
            "The residual risk of the open threats is at most 40, and the annualised loss is at"
                + " most 250,000.");
  }

  @Test
  void anEstimatorPlugsIn() {
    LossEstimator estimate = input -> OptionalDouble.of(300_000);
    RiskBudget money =
        new RiskBudget(OptionalInt.empty(), OptionalDouble.of(250_000), Optional.of(estimate));
    CheckResult result = money.run(input("shop.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.findings().getFirst().message())
        .isEqualTo("annualised loss 300,000 exceeds the budget of 250,000");
    LossEstimator none = input -> OptionalDouble.empty();
    assertThat(
            new RiskBudget(OptionalInt.empty(), OptionalDouble.of(1), Optional.of(none))
                .run(input("shop.yaml"))
                .summary())
        .isEqualTo("max-annual-loss not checked: the model has no loss scenarios");
  }

  @Test
  void needsAtLeastOneBudget() {
    assertThatThrownBy(
            () -> new RiskBudget(OptionalInt.empty(), OptionalDouble.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
