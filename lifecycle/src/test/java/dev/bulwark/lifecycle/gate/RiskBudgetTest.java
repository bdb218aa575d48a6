package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static dev.bulwark.lifecycle.gate.GateFixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
    assertThat(result.summary())
        .isEqualTo("max-annual-loss not checked: no loss estimator was given");
    RiskBudget both =
        new RiskBudget(OptionalInt.of(40), OptionalDouble.of(250_000), Optional.empty());
    CheckResult mixed = both.run(input("shop.yaml"));
    assertThat(mixed.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(mixed.summary())
        .isEqualTo(
            "residual risk 35 of 40 allowed; max-annual-loss not checked: no loss estimator was"
                + " given");
    assertThat(both.description())
        .isEqualTo(
            "The residual risk of the open threats is at most 40, and the mean annualised loss is"
                + " at most 250,000 in the model's currency.");
  }

  private static final LossEstimate ESTIMATE =
      new LossEstimate(
          300_000,
          "EUR",
          List.of(
              new LossEstimate.Share("small", 10_000),
              new LossEstimate.Share("large", 200_000),
              new LossEstimate.Share("tiny", 0),
              new LossEstimate.Share("middle", 90_000)),
          List.of("a note"),
          List.of());

  private static RiskBudget money(OptionalInt max, double budget, LossEstimate estimate) {
    return new RiskBudget(max, OptionalDouble.of(budget), Optional.of(input -> estimate));
  }

  @Test
  void aMoneyBudgetNamesTheFigureTheBudgetTheCurrencyAndTheThreeLargestScenarios() {
    CheckResult failed = money(OptionalInt.empty(), 250_000, ESTIMATE).run(input("shop.yaml"));
    assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
    String basis = "largest: large 200,000 EUR, middle 90,000 EUR, small 10,000 EUR; a note";
    assertThat(failed.summary())
        .isEqualTo("annualised loss 300,000 EUR of 250,000 EUR allowed (" + basis + ")");
    assertThat(failed.findings())
        .singleElement()
        .satisfies(f -> {
          assertThat(f.message())
              .isEqualTo(
                  "annualised loss 300,000 EUR exceeds the budget of 250,000 EUR (" + basis + ")");
          assertThat(f.position().line()).isEqualTo(8);
          assertThat(f.key()).isEqualTo("loss-budget");
        });
    CheckResult atBudget = money(OptionalInt.empty(), 300_000, ESTIMATE).run(input("shop.yaml"));
    assertThat(atBudget.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(atBudget.summary())
        .isEqualTo("annualised loss 300,000 EUR of 300,000 EUR allowed (" + basis + ")");
  }

  @Test
  void withBothBudgetsBothMustHold() {
    // residual 35: within 40, over 34; loss 300,000: within 300,000, over 299,999.
    assertThat(money(OptionalInt.of(40), 300_000, ESTIMATE).run(input("shop.yaml")).outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(keys(money(OptionalInt.of(34), 300_000, ESTIMATE).run(input("shop.yaml"))))
        .containsExactly("risk-budget");
    assertThat(keys(money(OptionalInt.of(40), 299_999, ESTIMATE).run(input("shop.yaml"))))
        .containsExactly("loss-budget");
    CheckResult both = money(OptionalInt.of(34), 299_999, ESTIMATE).run(input("shop.yaml"));
    assertThat(keys(both)).containsExactly("loss-budget", "risk-budget");
    assertThat(both.summary())
        .startsWith("residual risk 35 of 34 allowed; annualised loss 300,000 EUR of 299,999 EUR");
  }

  @Test
  void centsAreShownWhereWholeUnitsWouldHideTheExcess() {
    LossEstimate justOver = new LossEstimate(1_000.3, "USD", List.of(), List.of(), List.of());
    CheckResult result = money(OptionalInt.empty(), 1_000, justOver).run(input("shop.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.summary()).isEqualTo("annualised loss 1,000.30 USD of 1,000.00 USD allowed");
  }

  @Test
  void anEstimateWithScenariosThatCannotBeSimulatedFailsAtThem() {
    GateFinding broken =
        new GateFinding(
            new dev.bulwark.model.Position("m.yaml", 30, 5),
            "scenario 'x' cannot be simulated: vulnerability above 1",
            "invalid-scenario");
    LossEstimate partial = new LossEstimate(10, "USD", List.of(), List.of(), List.of(broken));
    CheckResult result = money(OptionalInt.empty(), 1_000_000, partial).run(input("shop.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.summary())
        .isEqualTo("annualised loss not judged: 1 scenario or effect cannot be simulated");
    assertThat(result.findings()).containsExactly(broken);
  }

  @Test
  void needsAtLeastOneBudget() {
    assertThatThrownBy(
            () -> new RiskBudget(OptionalInt.empty(), OptionalDouble.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
