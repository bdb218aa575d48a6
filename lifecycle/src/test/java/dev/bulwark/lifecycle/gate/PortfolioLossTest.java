package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.risk.fair.Mode;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Simulator;
import dev.bulwark.risk.fair.portfolio.Portfolio;
import dev.bulwark.risk.fair.portfolio.PortfolioOptions;
import dev.bulwark.risk.fair.portfolio.PortfolioRun;
import dev.bulwark.risk.fair.portfolio.Progress;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The money budget judged on the model's FAIR scenarios, as {@code bulwark gate} wires it. */
class PortfolioLossTest {
  private static final Settings SETTINGS = new Settings(Mode.PRODUCT, 42, 20_000);
  private static final PortfolioLoss LOSS = new PortfolioLoss(SETTINGS, new Simulator(2));

  private static CheckResult budget(String model, double max) {
    return new RiskBudget(OptionalInt.empty(), OptionalDouble.of(max), Optional.of(LOSS))
        .run(input(model));
  }

  @Test
  void pointEstimatesGiveTheExactMean() {
    // loss.yaml: TEF 2 × vulnerability 0.5 × primary loss 100,000 = 100,000 EUR every year.
    LossEstimate estimate = LOSS.estimate(input("loss.yaml"));
    assertThat(estimate.mean()).isEqualTo(100_000.0);
    assertThat(estimate.currency()).isEqualTo("EUR");
    assertThat(estimate.scenarios()).containsExactly(new LossEstimate.Share("outage", 100_000.0));
    assertThat(estimate.notes()).isEmpty();
    assertThat(estimate.problems()).isEmpty();
  }

  @Test
  void passesAtAndJustAboveTheMeanAndFailsJustBelowIt() {
    CheckResult below = budget("loss.yaml", 99_999);
    assertThat(below.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(below.findings())
        .singleElement()
        .satisfies(f ->
            assertThat(f.message())
                .isEqualTo(
                    "annualised loss 100,000 EUR exceeds the budget of 99,999 EUR (largest:"
                        + " outage 100,000 EUR)"));
    CheckResult at = budget("loss.yaml", 100_000);
    assertThat(at.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(at.summary())
        .isEqualTo(
            "annualised loss 100,000 EUR of 100,000 EUR allowed (largest: outage 100,000 EUR)");
    assertThat(budget("loss.yaml", 100_001).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void theSameModelGetsTheSameFigureEveryTimeWhateverTheThreads() {
    LossEstimate once = LOSS.estimate(input("shop.yaml"));
    LossEstimate again = new PortfolioLoss(SETTINGS, new Simulator(1)).estimate(input("shop.yaml"));
    assertThat(again).isEqualTo(once);
    assertThat(budget("shop.yaml", 1)).isEqualTo(budget("shop.yaml", 1));
  }

  @Test
  void aModelWithoutScenariosIsJudgedOnDerivedOnesAndSaysSo() {
    GateInput shop = input("shop.yaml");
    LossEstimate estimate = LOSS.estimate(shop);
    // The same figure as `bulwark risk` gives with these settings: derived scenarios for the open
    // hand-written threats, simulated and summed.
    Portfolio portfolio =
        Portfolio.of(
            shop.model(),
            SystemView.of(shop.model()),
            shop.assessment(),
            PortfolioOptions.DEFAULTS);
    double expected =
        new PortfolioRun(portfolio, SETTINGS, new Simulator(1), Progress.NONE)
            .aggregate()
            .total()
            .mean();
    assertThat(estimate.mean()).isEqualTo(expected).isPositive();
    assertThat(estimate.currency()).isEqualTo("USD");
    int derived = portfolio.scenarios().size();
    assertThat(estimate.scenarios()).hasSize(derived).allMatch(s -> s.id().startsWith("derived:"));
    assertThat(estimate.notes())
        .containsExactly(
            "the model writes no loss scenario: all "
                + derived
                + " scenarios are derived from its open threats' ratings",
            "derived losses assume an annual revenue of 10,000,000 USD (the model gives none)");
    CheckResult result = budget("shop.yaml", 1);
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.findings().getFirst().message())
        .contains("largest: derived:")
        .endsWith(
            "; the model writes no loss scenario: all "
                + derived
                + " scenarios are derived from its open threats' ratings; derived losses assume an"
                + " annual revenue of 10,000,000 USD (the model gives none))");
  }

  @Test
  void aModelWithNothingAtRiskLosesNothingAndSaysWhy() {
    // shadowed.yaml: its only threat is mitigated by a triage decision, and it writes no scenario.
    LossEstimate estimate = LOSS.estimate(input("shadowed.yaml"));
    assertThat(estimate.mean()).isZero();
    assertThat(estimate.scenarios()).isEmpty();
    assertThat(estimate.notes())
        .containsExactly("no loss scenario, and no open threat carries risk");
    assertThat(budget("shadowed.yaml", 0).summary())
        .isEqualTo(
            "annualised loss 0 USD of 0 USD allowed (no loss scenario, and no open threat carries"
                + " risk)");
  }

  @Test
  void anEffectThatCannotBeSimulatedIsAProblemAtItsPlaceAndFailsTheBudget() {
    // Validation refuses the effect; a caller that estimates the model anyway must not get a
    // figure that silently leaves the effect out.
    LoadResult loaded = ModelLoader.load(GateFixtures.DIR.resolve("loss-invalid-effect.yaml"));
    assertThat(loaded.errors())
        .extracting(p -> p.type().code())
        .containsExactly("invalid-estimate");
    Model model = loaded.model().orElseThrow();
    GateInput input =
        GateInput.of(
            GateFixtures.DIR.resolve("loss-invalid-effect.yaml"),
            model,
            GateFixtures.assess(loaded));
    LossEstimate estimate = LOSS.estimate(input);
    assertThat(estimate.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.position().line()).isEqualTo(32);
          assertThat(p.message())
              .isEqualTo(
                  "effect 1 of mitigation 'm-standby' cannot be used: 'by' is '0.5, 0.7, 1.5'");
          assertThat(p.key()).startsWith("invalid-effect:");
        });
    CheckResult result =
        new RiskBudget(OptionalInt.empty(), OptionalDouble.of(1e9), Optional.of(LOSS)).run(input);
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.findings()).isEqualTo(estimate.problems());
  }
}
