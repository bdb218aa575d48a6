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
 * {@code max}. The budget in money ({@code max-annual-loss}) is an extension point: it needs a
 * {@link LossEstimator}, which this build does not have, and says so instead of passing.
 */
public record RiskBudget(
    OptionalInt max, OptionalDouble maxAnnualLoss, Optional<LossEstimator> loss) implements Check {
  public static final String ID = "risk-budget";

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
    maxAnnualLoss.ifPresent(m -> parts.add("the annualised loss is at most " + amount(m)));
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
      OptionalDouble estimate = loss.map(l -> l.annualLoss(input)).orElse(OptionalDouble.empty());
      if (loss.isEmpty()) {
        said.add("max-annual-loss not checked: loss estimates are not available in this build");
      } else if (estimate.isEmpty()) {
        said.add("max-annual-loss not checked: the model has no loss scenarios");
      } else {
        judgedMoney = true;
        double value = estimate.getAsDouble();
        said.add("annualised loss " + amount(value) + " of " + amount(maxAnnualLoss.getAsDouble()));
        if (value > maxAnnualLoss.getAsDouble()) {
          findings.add(
              new GateFinding(
                  input.model().positions().self(),
                  "annualised loss "
                      + amount(value)
                      + " exceeds the budget of "
                      + amount(maxAnnualLoss.getAsDouble()),
                  "loss-budget"));
        }
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

  private static String amount(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
