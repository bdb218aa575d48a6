package dev.bulwark.lifecycle.gate;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import dev.bulwark.model.problem.Level;
import dev.bulwark.risk.fair.Factor;
import dev.bulwark.risk.fair.FairException;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Simulator;
import dev.bulwark.risk.fair.portfolio.Aggregate;
import dev.bulwark.risk.fair.portfolio.Portfolio;
import dev.bulwark.risk.fair.portfolio.PortfolioOptions;
import dev.bulwark.risk.fair.portfolio.PortfolioRun;
import dev.bulwark.risk.fair.portfolio.PortfolioScenario;
import dev.bulwark.risk.fair.portfolio.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The gate's {@link LossEstimator}: the model's risk in money as {@code bulwark risk FILE} computes
 * it (docs/fair.md) — its loss scenarios, derived ones for the open threats no scenario covers, the
 * mitigations in place applied, summed year by year — with fixed settings, so that the same model
 * always gets the same figure. The command passes the HTML report's settings, so that the gate and
 * the report agree.
 *
 * @param settings mode, seed and iterations; fixed for a deterministic gate
 * @param simulator threads to simulate on; they never change the result
 */
public record PortfolioLoss(Settings settings, Simulator simulator) implements LossEstimator {
  public PortfolioLoss {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(simulator, "simulator");
  }

  @Override
  public LossEstimate estimate(GateInput input) {
    Model model = input.model();
    Portfolio portfolio =
        Portfolio.of(model, SystemView.of(model), input.assessment(), PortfolioOptions.DEFAULTS);
    List<GateFinding> problems = new ArrayList<>();
    portfolio.notices().stream()
        .filter(n -> n.level() == Level.ERROR)
        .forEach(n ->
            problems.add(new GateFinding(n.position(), n.message(), n.code() + ":" + n.message())));
    if (portfolio.isEmpty()) {
      return new LossEstimate(
          0,
          portfolio.currency(),
          List.of(),
          List.of("no loss scenario, and no open threat carries risk"),
          problems);
    }
    Aggregate aggregate;
    try {
      aggregate = new PortfolioRun(portfolio, settings, simulator, Progress.NONE).aggregate();
    } catch (FairException e) {
      problems.add(
          new GateFinding(
              model.positions().self(),
              "the loss scenarios cannot be simulated: " + e.getMessage(),
              "loss-simulation"));
      return new LossEstimate(0, portfolio.currency(), List.of(), List.of(), problems);
    }
    List<LossEstimate.Share> shares =
        aggregate.scenarios().stream()
            .map(r -> new LossEstimate.Share(r.scenario().id(), r.summary().mean()))
            .toList();
    return new LossEstimate(
        aggregate.total().mean(), portfolio.currency(), shares, notes(portfolio), problems);
  }

  /** What the figure rests on besides the written estimates. */
  static List<String> notes(Portfolio portfolio) {
    List<PortfolioScenario> scenarios = portfolio.scenarios();
    long derived =
        scenarios.stream().filter(s -> s.origin() == PortfolioScenario.Origin.DERIVED).count();
    List<String> notes = new ArrayList<>();
    if (derived == scenarios.size()) {
      notes.add(
          "the model writes no loss scenario: "
              + (derived == 1
                  ? "the 1 scenario is derived"
                  : "all " + derived + " scenarios are derived")
              + " from its open threats' ratings");
    } else if (derived > 0) {
      notes.add(
          derived
              + " of "
              + scenarios.size()
              + " scenarios derived for open threats no written scenario covers");
    }
    boolean derivedMagnitude =
        scenarios.stream()
            .flatMap(s -> s.inputs().stream())
            .anyMatch(i -> i.derived() && i.factor() == Factor.PRIMARY_LOSS_MAGNITUDE);
    if (portfolio.revenueAssumed() && derivedMagnitude) {
      notes.add(
          "derived losses assume an annual revenue of "
              + String.format(Locale.ROOT, "%,d", portfolio.revenue())
              + " "
              + portfolio.currency()
              + " (the model gives none)");
    }
    return notes;
  }
}
