package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.model.Wire;
import dev.bulwark.risk.Notice;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Summary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A model's risk in money as text for people: the JSON document holds every figure. */
public final class PortfolioText {
  private PortfolioText() {}

  /** The text; {@code top} scenarios are listed (0: all). */
  public static String write(
      Portfolio portfolio,
      Aggregate aggregate,
      Optional<Comparison> whatIf,
      Optional<Roadmap> roadmap,
      int top) {
    StringBuilder out = new StringBuilder();
    Settings settings = aggregate.settings();
    line(
        out,
        "Risk in money: %s, %,d iterations, %s mode, %s PERT, seed %d; amounts in %s",
        portfolio.modelId(),
        settings.iterations(),
        Wire.name(settings.mode()),
        Wire.name(portfolio.options().shape()),
        settings.seed(),
        portfolio.currency());
    line(
        out,
        portfolio.revenueAssumed()
            ? "Annual revenue %s assumed (the model gives none; derived losses scale with it)"
            : "Annual revenue %s, from the model (derived losses scale with it)",
        amount(portfolio.revenue()));
    if (portfolio.isEmpty()) {
      line(out, "");
      line(
          out,
          "No scenario to simulate: the model has no loss scenario and no threat carries risk.");
      notices(out, portfolio);
      return out.toString();
    }
    line(out, "");
    line(out, "Annualised loss of the model (scenarios summed year by year)");
    statistics(out, aggregate.total());
    line(out, "");
    scenarios(out, aggregate, portfolio, top);
    if (!aggregate.mitigations().isEmpty()) {
      line(out, "");
      line(out, "Mitigations in place, applied: %s", String.join(", ", aggregate.mitigations()));
    }
    whatIf.ifPresent(c -> whatIf(out, c));
    roadmap.ifPresent(r -> roadmap(out, r));
    notices(out, portfolio);
    line(out, "");
    line(out, "--format json gives every input, statistic and loss exceedance curve.");
    return out.toString();
  }

  private static void statistics(StringBuilder out, Summary s) {
    line(
        out,
        "  mean %s   p50 %s   p90 %s   p99 %s   years with a loss %s",
        amount(s.mean()),
        amount(s.percentile(50)),
        amount(s.percentile(90)),
        amount(s.percentile(99)),
        String.format(Locale.ROOT, "%.1f %%", 100 * s.probabilityOfLoss()));
  }

  private static void scenarios(
      StringBuilder out, Aggregate aggregate, Portfolio portfolio, int top) {
    List<ScenarioResult> results = aggregate.scenarios();
    int shown = top == 0 ? results.size() : Math.min(top, results.size());
    line(
        out,
        "Scenarios, highest mean first (%d; %s)",
        results.size(),
        derivedCount(results) == 0
            ? "all from the model"
            : derivedCount(results)
                + " derived from open threats, grouped by "
                + Wire.name(portfolio.grouping()).replace('-', ' '));
    String layout = "  %3s %12s %12s %12s %12s  %s";
    line(out, layout, "#", "mean", "p50", "p90", "p99", "scenario (inputs)");
    for (int i = 0; i < shown; i++) {
      ScenarioResult r = results.get(i);
      PortfolioScenario s = r.scenario();
      Summary m = r.summary();
      line(
          out,
          layout,
          i + 1,
          amount(m.mean()),
          amount(m.percentile(50)),
          amount(m.percentile(90)),
          amount(m.percentile(99)),
          label(s)
              + " ("
              + inputs(s)
              + (s.accepted().isEmpty() ? "" : "; " + s.accepted().size() + " accepted")
              + (r.applied().isEmpty() ? "" : "; reduced by " + String.join(", ", r.applied()))
              + ")");
    }
    if (shown < results.size()) {
      line(out, "  … %d more (--top 0 lists all)", results.size() - shown);
    }
    for (Portfolio.Closed c : portfolio.closed()) {
      line(out, "  closed: %s (every threat it covers was decided away)", c.id());
    }
    if (portfolio.uncovered() > 0) {
      line(
          out,
          "  %d threats carrying risk are in no scenario (derived scenarios are off)",
          portfolio.uncovered());
    }
  }

  /** A model scenario by id and title; a derived one by title (its id says only how it formed). */
  static String label(PortfolioScenario s) {
    return s.origin() == PortfolioScenario.Origin.MODEL ? s.id() + ": " + s.title() : s.title();
  }

  private static long derivedCount(List<ScenarioResult> results) {
    return results.stream()
        .filter(r -> r.scenario().origin() == PortfolioScenario.Origin.DERIVED)
        .count();
  }

  /** "given", "derived", or "3 of 5 derived". */
  static String inputs(PortfolioScenario s) {
    long derived = s.inputs().stream().filter(Input::derived).count();
    if (s.origin() == PortfolioScenario.Origin.DERIVED) {
      return "derived";
    }
    return derived == 0 ? "all given" : derived + " of " + s.inputs().size() + " derived";
  }

  private static void whatIf(StringBuilder out, Comparison c) {
    line(out, "");
    line(out, "What-if (common random numbers: the same years, with and without)");
    line(
        out,
        "  without: %s",
        c.before().isEmpty() ? "(no mitigation)" : String.join(", ", c.before()));
    line(
        out,
        "  with:    %s",
        c.after().isEmpty() ? "(no mitigation)" : String.join(", ", c.after()));
    String layout = "  %-10s %14s %14s";
    line(out, layout, "", "without", "with");
    line(out, layout, "mean", amount(c.beforeTotal().mean()), amount(c.afterTotal().mean()));
    for (int level : List.of(50, 90, 99)) {
      line(
          out,
          layout,
          "p" + level,
          amount(c.beforeTotal().percentile(level)),
          amount(c.afterTotal().percentile(level)));
    }
    Difference d = c.reduction();
    line(
        out,
        "  reduction a year: mean %s, p5 %s, p95 %s",
        amount(d.mean()),
        amount(d.p5()),
        amount(d.p95()));
    for (Comparison.Change ch : c.changes()) {
      line(
          out,
          "  %12s -> %12s  %s",
          amount(ch.before()),
          amount(ch.after()),
          ch.scenario().startsWith("derived:") ? ch.title() : ch.scenario() + ": " + ch.title());
    }
  }

  private static void roadmap(StringBuilder out, Roadmap r) {
    line(out, "");
    line(out, "Roadmap: candidates by expected reduction per first-year cost");
    if (r.candidates().isEmpty()) {
      line(out, "  no proposed, planned or in-progress mitigation declares effects on a scenario");
    } else {
      String layout = "  %3s  %-30s %-12s %12s %12s %10s %9s  %s";
      line(
          out,
          layout,
          "#",
          "mitigation",
          "status",
          "cost",
          "reduction",
          "per cost",
          "ROSI",
          "simulated p5 to p95");
      for (int i = 0; i < r.candidates().size(); i++) {
        Roadmap.Candidate c = r.candidates().get(i);
        line(
            out,
            layout,
            i + 1,
            shorten(c.mitigation().id(), 30),
            Wire.name(c.mitigation().status()),
            c.cost().isPresent() ? amount(c.cost().getAsLong()) : "no cost",
            amount(c.expected()),
            c.perCost().isPresent()
                ? String.format(Locale.ROOT, "%.2f", c.perCost().getAsDouble())
                : c.cost().isPresent() ? "free" : "-",
            c.returnOnInvestment().isPresent()
                ? String.format(Locale.ROOT, "%+.0f %%", 100 * c.returnOnInvestment().getAsDouble())
                : "-",
            amount(c.simulated().p5()) + " to " + amount(c.simulated().p95()));
      }
    }
    if (!r.idle().isEmpty()) {
      line(
          out,
          "  not ranked (they name no threat of a simulated scenario): %s",
          String.join(", ", r.idle()));
    }
    r.pick()
        .ifPresent(p -> {
          line(out, "");
          line(
              out,
              "Within a budget of %s: %s",
              amount(p.budget()),
              p.chosen().isEmpty() ? "nothing fits" : String.join(", ", p.chosen()));
          if (!p.chosen().isEmpty()) {
            line(
                out,
                "  cost %s; expected reduction %s a year (simulated p5 %s, p95 %s)",
                amount(p.cost()),
                amount(p.expected()),
                amount(p.simulated().p5()),
                amount(p.simulated().p95()));
          }
          line(
              out,
              "  %s",
              p.exact()
                  ? "exact search (branch and bound over " + p.searched() + " partial sets)"
                  : "greedy search by reduction per cost (too many candidates for an exact one);"
                      + " the best set may differ");
        });
  }

  private static void notices(StringBuilder out, Portfolio portfolio) {
    if (portfolio.notices().isEmpty()) {
      return;
    }
    line(out, "");
    for (Notice n : portfolio.notices()) {
      line(out, "%s", n.toString());
    }
  }

  private static String shorten(String text, int width) {
    return text.codePointCount(0, text.length()) <= width
        ? text
        : text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
  }

  /** Money with thousands separators; small amounts with four significant digits. */
  public static String amount(double value) {
    if (value == 0 || Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append('\n');
  }
}
