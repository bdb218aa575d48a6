package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.model.Cost;
import dev.bulwark.model.Position;
import dev.bulwark.model.Wire;
import dev.bulwark.model.problem.Level;
import dev.bulwark.model.write.Json;
import dev.bulwark.risk.Notice;
import dev.bulwark.risk.fair.FairJson;
import dev.bulwark.risk.fair.Reduction;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Summary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A model's risk in money as a JSON document ({@code "bulwark-risk": 1}), described in
 * docs/fair.md: the settings, the total and every scenario with its inputs (each marked given or
 * derived) and loss exceedance curve, the mitigations with effects, and what-if and roadmap when
 * asked for. Keys in a fixed order, no thread count: the same inputs give the same bytes.
 */
public final class PortfolioJson {
  /** The version of the document's shape. */
  public static final int VERSION = 1;

  private PortfolioJson() {}

  /** The document, with a final newline. */
  public static String write(
      Portfolio portfolio,
      Aggregate aggregate,
      Optional<Comparison> whatIf,
      Optional<Roadmap> roadmap) {
    Settings settings = aggregate.settings();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("bulwark-risk", VERSION);
    doc.put("model", portfolio.modelId());
    doc.put("currency", portfolio.currency());
    doc.put("annual-revenue", portfolio.revenue());
    doc.put("revenue-assumed", portfolio.revenueAssumed());
    doc.put("mode", Wire.name(settings.mode()));
    doc.put("seed", settings.seed());
    doc.put("iterations", settings.iterations());
    doc.put("pert", Wire.name(portfolio.options().shape()));
    doc.put("percentile-method", "linear");
    doc.put("derived-scenarios", portfolio.options().derive());
    doc.put("grouping", Wire.name(portfolio.grouping()));
    doc.put("baseline", aggregate.mitigations());
    doc.put("total", result(aggregate.total()));
    doc.put("scenarios", aggregate.scenarios().stream().map(PortfolioJson::scenario).toList());
    doc.put(
        "closed-scenarios",
        portfolio.closed().stream()
            .map(c -> {
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("id", c.id());
              out.put("title", c.title());
              out.put("threats", c.threats());
              return out;
            })
            .toList());
    doc.put("uncovered-threats", portfolio.uncovered());
    doc.put(
        "mitigations", portfolio.mitigations().stream().map(PortfolioJson::mitigation).toList());
    whatIf.ifPresent(c -> doc.put("what-if", comparison(c)));
    roadmap.ifPresent(r -> doc.put("roadmap", roadmap(r)));
    doc.put("notices", portfolio.notices().stream().map(PortfolioJson::notice).toList());
    return Json.write(doc);
  }

  private static Map<String, Object> result(Summary summary) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("statistics", FairJson.statistics(summary));
    out.put("exceedance", FairJson.exceedance(summary));
    return out;
  }

  private static Map<String, Object> scenario(ScenarioResult r) {
    PortfolioScenario s = r.scenario();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", s.id());
    out.put("title", s.title());
    out.put("origin", Wire.name(s.origin()));
    out.put("location", location(s.position()));
    out.put("threats", s.threats());
    out.put("accepted", s.accepted());
    out.put("closed", s.closed());
    out.put("data", s.data());
    if (!s.note().isEmpty()) {
      out.put("note", s.note());
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (Input input : s.inputs()) {
      Map<String, Object> d = new LinkedHashMap<>(FairJson.distribution(input.distribution()));
      d.put("derived", input.derived());
      d.put("basis", input.basis());
      inputs.put(input.factor().key(), d);
    }
    out.put("inputs", inputs);
    out.put("mitigations", r.applied());
    out.putAll(result(r.summary()));
    return out;
  }

  private static Map<String, Object> mitigation(MitigationEffects m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", m.id());
    out.put("title", m.title());
    out.put("status", Wire.name(m.status()));
    out.put("in-baseline", m.inPlace());
    out.put(
        "effects",
        m.reductions().stream()
            .map(r -> {
              Map<String, Object> e = new LinkedHashMap<>();
              e.put("reduces", target(r.target()));
              e.put("by", FairJson.distribution(r.fraction()));
              return e;
            })
            .toList());
    out.put("mean-multiplier", m.meanMultiplier());
    out.put("cost", m.cost().map(PortfolioJson::cost).orElse(null));
    return out;
  }

  private static Map<String, Object> cost(Cost cost) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("once", cost.once());
    out.put("yearly", cost.yearly());
    out.put("first-year", cost.firstYear());
    return out;
  }

  private static String target(Reduction.Target target) {
    return Wire.name(target);
  }

  private static Map<String, Object> comparison(Comparison c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("without", c.before());
    out.put("with", c.after());
    out.put("reduction", difference(c.reduction()));
    out.put("before", result(c.beforeTotal()));
    out.put("after", result(c.afterTotal()));
    out.put(
        "scenarios",
        c.changes().stream()
            .map(ch -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", ch.scenario());
              m.put("before-mean", ch.before());
              m.put("after-mean", ch.after());
              return m;
            })
            .toList());
    return out;
  }

  private static Map<String, Object> difference(Difference d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mean", d.mean());
    out.put("std-dev", d.standardDeviation());
    out.put("p5", d.p5());
    out.put("p50", d.p50());
    out.put("p95", d.p95());
    return out;
  }

  private static Map<String, Object> roadmap(Roadmap r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "candidates",
        r.candidates().stream()
            .map(c -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", c.mitigation().id());
              m.put("title", c.mitigation().title());
              m.put("status", Wire.name(c.mitigation().status()));
              m.put("scenarios", c.scenarios());
              m.put("expected-reduction", c.expected());
              m.put("simulated-reduction", difference(c.simulated()));
              m.put("first-year-cost", c.cost().isPresent() ? c.cost().getAsLong() : null);
              m.put(
                  "reduction-per-cost", c.perCost().isPresent() ? c.perCost().getAsDouble() : null);
              m.put(
                  "return-on-investment",
                  c.returnOnInvestment().isPresent() ? c.returnOnInvestment().getAsDouble() : null);
              return m;
            })
            .toList());
    out.put("idle", r.idle());
    r.pick()
        .ifPresent(p -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("budget", p.budget());
          m.put("chosen", p.chosen());
          m.put("cost", p.cost());
          m.put("expected-reduction", p.expected());
          m.put("simulated-reduction", difference(p.simulated()));
          m.put("search", p.exact() ? "exact" : "greedy");
          m.put("searched", p.searched());
          out.put("pick", m);
        });
    return out;
  }

  private static Map<String, Object> notice(Notice n) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", n.code());
    out.put("level", n.level() == Level.ERROR ? "error" : "warning");
    out.put("message", n.message());
    out.put("location", location(n.position()));
    return out;
  }

  private static Map<String, Object> location(Position p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", p.file());
    out.put("line", p.line());
    out.put("column", p.column());
    return out;
  }
}
