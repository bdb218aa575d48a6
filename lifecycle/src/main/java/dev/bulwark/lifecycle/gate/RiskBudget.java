package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.RiskWeight;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * {@code risk-budget}: the residual risk, the sum of the open threats' weights ({@link RiskWeight}:
 * low 1, medium 2, elevated 4, high 8, critical 16, the weights the reports use), may not exceed
 * {@code max}; and the mean annualised loss in money, from a {@link LossEstimator} (the model's
 * FAIR scenarios, {@link PortfolioLoss}), may not exceed {@code max-annual-loss}. With both, both
 * must hold. Without an estimator the money budget is not judged and says so, never passes.
 */
public record RiskBudget(
    OptionalInt max, OptionalDouble maxAnnualLoss, Optional<LossEstimator> loss) implements Check {
  public static final String ID = "risk-budget";

  /** How many scenarios a money message names: the ones that contribute most. */
  static final int LARGEST = 3;

  public RiskBudget {
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(maxAnnualLoss, "maxAnnualLoss");
    Objects.requireNonNull(loss, "loss");
    if (max.isEmpty() && maxAnnualLoss.isEmpty()) {
      throw new IllegalArgumentException("risk-budget needs max or max-annual-loss");
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    List<String> parts = new ArrayList<>();
    max.ifPresent(m -> parts.add("the residual risk of the open threats is at most " + m));
    maxAnnualLoss.ifPresent(m ->
        parts.add("the mean annualised loss is at most " + shown(m) + " in the model's currency"));
    String text = String.join(", and ", parts);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  /** The sum of the weights of the open threats. */
  public static int residual(List<AssessedThreat> threats) {
    return threats.stream()
        .filter(AssessedThreat::isOpen)
        .mapToInt(t -> RiskWeight.of(t.score().severity()))
        .sum();
  }

  @Override
  public CheckResult run(GateInput input) {
    List<String> said = new ArrayList<>();
    List<GateFinding> findings = new ArrayList<>();
    int residual = residual(input.assessment().threats());
    if (max.isPresent()) {
      said.add("residual risk " + residual + " of " + max.getAsInt() + " allowed");
      if (residual > max.getAsInt()) {
        findings.add(
            new GateFinding(
                input.model().positions().self(),
                "residual risk "
                    + residual
                    + " exceeds the budget of "
                    + max.getAsInt()
                    + " ("
                    + breakdown(input.assessment().threats())
                    + ")",
                "risk-budget"));
      }
    }
    boolean judgedMoney = false;
    if (maxAnnualLoss.isPresent()) {
      if (loss.isEmpty()) {
        said.add("max-annual-loss not checked: no loss estimator was given");
      } else {
        judgedMoney = true;
        money(input, loss.get().estimate(input), said, findings);
      }
    }
    String summary = String.join("; ", said);
    if (!findings.isEmpty()) {
      return CheckResult.failed(this, summary, findings);
    }
    return max.isPresent() || judgedMoney
        ? CheckResult.passed(this, summary)
        : CheckResult.skipped(this, summary);
  }

  /**
   * Weighs the loss against {@code max-annual-loss}. An estimate that left out a scenario or an
   * effect it could not simulate is not weighed: its problems are the findings, so that a budget is
   * never passed on a figure that is too low.
   */
  private void money(
      GateInput input, LossEstimate estimate, List<String> said, List<GateFinding> findings) {
    if (!estimate.problems().isEmpty()) {
      said.add(
          "annualised loss not judged: "
              + Counting.of(
                  estimate.problems().size(),
                  "scenario or effect cannot be simulated",
                  "scenarios or effects cannot be simulated"));
      findings.addAll(estimate.problems());
      return;
    }
    double budget = maxAnnualLoss.getAsDouble();
    boolean rounded = estimate.mean() == budget || !shown(estimate.mean()).equals(shown(budget));
    String figure = amount(estimate.mean(), estimate.currency(), rounded);
    String allowed = amount(budget, estimate.currency(), rounded);
    String basis = basis(estimate).isEmpty() ? "" : " (" + basis(estimate) + ")";
    said.add("annualised loss " + figure + " of " + allowed + " allowed" + basis);
    if (estimate.mean() > budget) {
      findings.add(
          new GateFinding(
              input.model().positions().self(),
              "annualised loss " + figure + " exceeds the budget of " + allowed + basis,
              "loss-budget"));
    }
  }

  /** "largest: a 80,000 EUR, b 15,000 EUR, c 5,000 EUR; …": where the loss comes from. */
  static String basis(LossEstimate estimate) {
    List<String> parts = new ArrayList<>();
    List<LossEstimate.Share> largest = estimate.largest(LARGEST);
    if (!largest.isEmpty()) {
      parts.add(
          "largest: "
              + String.join(
                  ", ",
                  largest.stream()
                      .map(s -> s.id() + " " + amount(s.mean(), estimate.currency(), true))
                      .toList()));
    }
    parts.addAll(estimate.notes());
    return String.join("; ", parts);
  }

  /** "critical 2×16, high 1×8": where the residual risk comes from, worst first. */
  static String breakdown(List<AssessedThreat> threats) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    threats.stream()
        .filter(AssessedThreat::isOpen)
        .forEach(t -> counts.merge(t.score().severity(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    for (int i = Severity.values().length - 1; i >= 0; i--) {
      Severity s = Severity.values()[i];
      if (counts.containsKey(s)) {
        parts.add(Wire.name(s) + " " + counts.get(s) + "×" + RiskWeight.of(s));
      }
    }
    return String.join(", ", parts);
  }

  /**
   * "250,000 EUR"; {@code rounded} false shows cents, where whole units would hide a difference.
   */
  private static String amount(double value, String currency, boolean rounded) {
    return (rounded ? shown(value) : String.format(Locale.ROOT, "%,.2f", value)) + " " + currency;
  }

  private static String shown(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
