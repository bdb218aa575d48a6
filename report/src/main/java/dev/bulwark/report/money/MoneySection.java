package dev.bulwark.report.money;

import dev.bulwark.model.Model;
import dev.bulwark.model.Wire;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.chart.LossExceedanceChart;
import dev.bulwark.risk.fair.Mode;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Simulator;
import dev.bulwark.risk.fair.Summary;
import dev.bulwark.risk.fair.portfolio.Aggregate;
import dev.bulwark.risk.fair.portfolio.Input;
import dev.bulwark.risk.fair.portfolio.Portfolio;
import dev.bulwark.risk.fair.portfolio.PortfolioOptions;
import dev.bulwark.risk.fair.portfolio.PortfolioRun;
import dev.bulwark.risk.fair.portfolio.PortfolioScenario;
import dev.bulwark.risk.fair.portfolio.Progress;
import dev.bulwark.risk.fair.portfolio.Roadmap;
import dev.bulwark.risk.fair.portfolio.ScenarioResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the "Risk in money" section shows: the model's loss scenarios (its own and those derived for
 * the other open threats) simulated with fixed settings, the largest ones, the loss exceedance
 * chart, and the candidate mitigations ranked by reduction per cost.
 *
 * @param rows the scenarios with the largest mean, at most {@link #ROWS}
 * @param others how many scenarios are left out of {@code rows}, and their summed mean
 */
public record MoneySection(
    Portfolio portfolio,
    Aggregate aggregate,
    Roadmap roadmap,
    List<Row> rows,
    int others,
    double othersMean,
    String chart) {
  /** Simulated years: enough for stable means and p90, quick enough for every report. */
  public static final int ITERATIONS = 50_000;

  /** The seed, fixed so that a report is reproducible. */
  public static final long SEED = 42;

  /** Scenarios listed in the table. */
  public static final int ROWS = 20;

  /** Scenario curves drawn next to the total. */
  public static final int CURVES = 5;

  /** One scenario of the table. */
  public record Row(
      int rank,
      String id,
      String title,
      boolean fromModel,
      String inputs,
      int accepted,
      List<String> reducedBy,
      Summary summary) {
    public Row {
      reducedBy = List.copyOf(reducedBy);
    }
  }

  public MoneySection {
    rows = List.copyOf(rows);
  }

  /**
   * Whether a model asks for risk in money: it writes a loss scenario, or a mitigation with
   * effects. Otherwise the report leaves the section out rather than print figures derived from
   * nothing but the qualitative ratings.
   */
  public static boolean wanted(Model model) {
    return !model.scenarios().isEmpty()
        || model.mitigations().stream().anyMatch(m -> !m.effects().isEmpty());
  }

  /** The section for a report input, or empty when the model does not ask for it. */
  public static Optional<MoneySection> of(ReportInput input) {
    if (!wanted(input.model())) {
      return Optional.empty();
    }
    Portfolio portfolio =
        Portfolio.of(input.model(), input.view(), input.assessment(), PortfolioOptions.DEFAULTS);
    if (portfolio.isEmpty()) {
      return Optional.empty();
    }
    PortfolioRun run =
        new PortfolioRun(
            portfolio,
            new Settings(Mode.PRODUCT, SEED, ITERATIONS),
            Simulator.allProcessors(),
            Progress.NONE);
    Aggregate aggregate = run.aggregate();
    Roadmap roadmap = run.roadmap(OptionalLong.empty());
    List<Row> rows = new ArrayList<>();
    double othersMean = 0;
    List<ScenarioResult> results = aggregate.scenarios();
    for (int i = 0; i < results.size(); i++) {
      ScenarioResult r = results.get(i);
      PortfolioScenario s = r.scenario();
      if (i < ROWS) {
        rows.add(
            new Row(
                i + 1,
                s.id(),
                s.title(),
                s.origin() == PortfolioScenario.Origin.MODEL,
                inputs(s),
                s.accepted().size(),
                r.applied(),
                r.summary()));
      } else {
        othersMean += r.summary().mean();
      }
    }
    List<LossExceedanceChart.Series> series = new ArrayList<>();
    series.add(new LossExceedanceChart.Series("All scenarios", aggregate.total()));
    series.addAll(curves(results));
    return Optional.of(
        new MoneySection(
            portfolio,
            aggregate,
            roadmap,
            rows,
            Math.max(0, results.size() - ROWS),
            othersMean,
            LossExceedanceChart.render(series, portfolio.currency(), "loss-exceedance")));
  }

  /**
   * The curves of the largest scenarios. Derived scenarios from the same table rows have the same
   * distribution, so their curves would lie on top of each other: one curve stands for each set of
   * alike scenarios, and its name says how many more it stands for.
   */
  static List<LossExceedanceChart.Series> curves(List<ScenarioResult> results) {
    Map<List<Object>, Integer> alike = new LinkedHashMap<>();
    Map<List<Object>, ScenarioResult> first = new LinkedHashMap<>();
    for (ScenarioResult r : results) {
      List<Object> key = new ArrayList<>();
      r.scenario().inputs().forEach(i -> key.add(i.distribution()));
      key.add(r.applied());
      alike.merge(key, 0, (a, b) -> a + 1);
      first.putIfAbsent(key, r);
    }
    List<LossExceedanceChart.Series> curves = new ArrayList<>();
    for (Map.Entry<List<Object>, ScenarioResult> e : first.entrySet()) {
      if (curves.size() == CURVES) {
        break;
      }
      int more = alike.get(e.getKey());
      curves.add(
          new LossExceedanceChart.Series(
              e.getValue().scenario().title()
                  + (more == 0 ? "" : " (and " + more + (more == 1 ? " alike)" : " alike)")),
              e.getValue().summary()));
    }
    return curves;
  }

  /** How many scenarios came from the model, and how many were derived. */
  public long fromModel() {
    return portfolio.scenarios().stream()
        .filter(s -> s.origin() == PortfolioScenario.Origin.MODEL)
        .count();
  }

  public long derived() {
    return portfolio.scenarios().size() - fromModel();
  }

  /** "all given", "derived", or "3 of 5 derived". */
  static String inputs(PortfolioScenario s) {
    if (s.origin() == PortfolioScenario.Origin.DERIVED) {
      return "derived";
    }
    long derived = s.inputs().stream().filter(Input::derived).count();
    return derived == 0 ? "given" : derived + " of " + s.inputs().size() + " derived";
  }

  /** How open threats outside the model's scenarios were grouped, in words. */
  public String grouping() {
    return Wire.name(portfolio.grouping()).replace('-', ' ');
  }

  /** Money with thousands separators, no decimals. */
  public static String amount(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A ratio with two decimals. */
  public static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A return on investment as a signed percentage. */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%+.0f %%", 100 * share);
  }
}
