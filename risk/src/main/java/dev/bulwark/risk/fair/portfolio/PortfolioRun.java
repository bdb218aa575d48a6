package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.risk.fair.Reduction;
import dev.bulwark.risk.fair.Scenario;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Simulator;
import dev.bulwark.risk.fair.Summary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Simulates a {@link Portfolio}: every scenario with one seed (each scenario on its own streams,
 * named by its id), summed iteration by iteration; comparisons of two sets of mitigations with
 * common random numbers; and the roadmap. Deterministic: the same portfolio, settings and choices
 * give the same figures, whatever the number of threads.
 */
public final class PortfolioRun {
  /** Free first, then by reduction per cost; without a cost last, by reduction; then by id. */
  private static final Comparator<Roadmap.Candidate> RANKING =
      Comparator.comparingInt((Roadmap.Candidate c) -> c.cost().isEmpty() ? 1 : 0)
          .thenComparingDouble(c ->
              c.cost().isPresent() && c.cost().getAsLong() == 0
                  ? Double.NEGATIVE_INFINITY
                  : -c.perCost().orElse(c.expected()))
          .thenComparing(c -> -c.expected())
          .thenComparing(c -> c.mitigation().id());

  private final Portfolio portfolio;
  private final Settings settings;
  private final Simulator simulator;
  private final Progress progress;
  private final Map<String, MitigationEffects> mitigations;
  private Aggregate aggregate;
  private double[] baselineTotal;

  public PortfolioRun(
      Portfolio portfolio, Settings settings, Simulator simulator, Progress progress) {
    this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.simulator = Objects.requireNonNull(simulator, "simulator");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.mitigations =
        portfolio.mitigations().stream()
            .collect(Collectors.toMap(MitigationEffects::id, Function.identity()));
  }

  public Portfolio portfolio() {
    return portfolio;
  }

  public Settings settings() {
    return settings;
  }

  /** The model's loss with the mitigations in place; simulated once, then remembered. */
  public Aggregate aggregate() {
    if (aggregate == null) {
      Set<String> baseline = portfolio.baseline();
      double[] total = new double[settings.iterations()];
      List<ScenarioResult> results = new ArrayList<>();
      List<PortfolioScenario> scenarios = portfolio.scenarios();
      for (int i = 0; i < scenarios.size(); i++) {
        PortfolioScenario s = scenarios.get(i);
        double[] losses = losses(s, baseline);
        add(total, losses, 1);
        results.add(new ScenarioResult(s, applied(s, baseline), Summary.of(losses)));
        progress.update("simulating", i + 1, scenarios.size());
      }
      results.sort(
          Comparator.comparingDouble((ScenarioResult r) -> -r.summary().mean())
              .thenComparing(r -> r.scenario().id()));
      baselineTotal = total;
      aggregate = new Aggregate(settings, results, List.copyOf(baseline), Summary.of(total));
    }
    return aggregate;
  }

  /**
   * The model's loss with the mitigations in place, without and with the chosen ones (chosen ones
   * in place are taken out for "without"); unknown ids are refused.
   *
   * @throws IllegalArgumentException naming an id that is no mitigation with effects
   */
  public Comparison whatIf(Collection<String> chosen) {
    for (String id : chosen) {
      if (!mitigations.containsKey(id)) {
        throw new IllegalArgumentException(
            "'" + id + "' is no mitigation with effects of model '" + portfolio.modelId() + "'");
      }
    }
    Set<String> without = new LinkedHashSet<>(portfolio.baseline());
    without.removeAll(chosen);
    Set<String> with = new LinkedHashSet<>(portfolio.baseline());
    with.addAll(chosen);
    return compare(ordered(without), ordered(with));
  }

  /** The model's loss under two sets of mitigations, with common random numbers. */
  public Comparison compare(Set<String> before, Set<String> after) {
    double[] beforeTotal;
    if (before.equals(portfolio.baseline())) {
      aggregate();
      beforeTotal = baselineTotal.clone();
    } else {
      beforeTotal = new double[settings.iterations()];
      for (PortfolioScenario s : portfolio.scenarios()) {
        add(beforeTotal, losses(s, before), 1);
      }
    }
    double[] saved = new double[settings.iterations()];
    List<Comparison.Change> changes = new ArrayList<>();
    List<PortfolioScenario> affected = affected(before, after);
    for (int i = 0; i < affected.size(); i++) {
      PortfolioScenario s = affected.get(i);
      double[] was = losses(s, before);
      double[] is = losses(s, after);
      add(saved, was, 1);
      add(saved, is, -1);
      changes.add(new Comparison.Change(s.id(), s.title(), mean(was), mean(is)));
      progress.update("comparing", i + 1, affected.size());
    }
    changes.sort(
        Comparator.comparingDouble((Comparison.Change c) -> c.after() - c.before())
            .thenComparing(Comparison.Change::scenario));
    double[] afterTotal = beforeTotal.clone();
    add(afterTotal, saved, -1);
    return new Comparison(
        List.copyOf(before),
        List.copyOf(after),
        Summary.of(beforeTotal),
        Summary.of(afterTotal),
        affected.isEmpty() ? Difference.NONE : Difference.of(saved),
        changes);
  }

  /**
   * The candidates ranked by expected reduction per cost, each simulated against the baseline; with
   * a budget, the best set within it.
   */
  public Roadmap roadmap(OptionalLong budget) {
    Aggregate base = aggregate();
    List<PortfolioScenario> scenarios = portfolio.scenarios();
    Map<String, Double> byId = new HashMap<>();
    base.scenarios().forEach(r -> byId.put(r.scenario().id(), r.summary().mean()));
    double[] means = scenarios.stream().mapToDouble(s -> byId.get(s.id())).toArray();
    List<MitigationEffects> usable = new ArrayList<>();
    List<String> idle = new ArrayList<>();
    for (MitigationEffects m : portfolio.mitigations()) {
      if (m.candidate() && !m.reductions().isEmpty()) {
        boolean applies = scenarios.stream().anyMatch(s -> s.mitigations().contains(m.id()));
        if (applies) {
          usable.add(m);
        } else {
          idle.add(m.id());
        }
      }
    }
    Set<String> baseline = portfolio.baseline();
    List<Roadmap.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < usable.size(); i++) {
      MitigationEffects m = usable.get(i);
      List<String> applies = new ArrayList<>();
      double before = 0;
      for (int s = 0; s < scenarios.size(); s++) {
        if (scenarios.get(s).mitigations().contains(m.id())) {
          applies.add(scenarios.get(s).id());
          before += means[s];
        }
      }
      double expected = before * (1 - m.meanMultiplier());
      Set<String> with = new LinkedHashSet<>(baseline);
      with.add(m.id());
      Difference simulated = difference(baseline, with);
      OptionalLong cost =
          m.cost().isPresent() ? OptionalLong.of(m.cost().get().firstYear()) : OptionalLong.empty();
      OptionalDouble perCost = OptionalDouble.empty();
      OptionalDouble roi = OptionalDouble.empty();
      if (cost.isPresent() && cost.getAsLong() > 0) {
        perCost = OptionalDouble.of(expected / cost.getAsLong());
        roi = OptionalDouble.of((expected - cost.getAsLong()) / cost.getAsLong());
      }
      candidates.add(new Roadmap.Candidate(m, applies, expected, simulated, cost, perCost, roi));
      progress.update("roadmap", i + 1, usable.size());
    }
    candidates.sort(RANKING);
    Optional<Roadmap.Pick> pick =
        budget.isPresent()
            ? Optional.of(pick(candidates, means, budget.getAsLong()))
            : Optional.empty();
    return new Roadmap(candidates, idle, pick);
  }

  private Roadmap.Pick pick(List<Roadmap.Candidate> candidates, double[] means, long budget) {
    List<Roadmap.Candidate> priced = candidates.stream().filter(c -> c.cost().isPresent()).toList();
    List<PortfolioScenario> scenarios = portfolio.scenarios();
    int[][] applies = new int[priced.size()][];
    double[] multiplier = new double[priced.size()];
    long[] cost = new long[priced.size()];
    for (int m = 0; m < priced.size(); m++) {
      Roadmap.Candidate c = priced.get(m);
      applies[m] =
          IntStream.range(0, scenarios.size())
              .filter(s -> scenarios.get(s).mitigations().contains(c.mitigation().id()))
              .toArray();
      multiplier[m] = c.mitigation().meanMultiplier();
      cost[m] = c.cost().getAsLong();
    }
    BudgetSearch.Result found =
        BudgetSearch.solve(new BudgetSearch.Problem(means, applies, multiplier, cost, budget));
    List<String> chosen = new ArrayList<>();
    for (int m : found.chosen()) {
      chosen.add(priced.get(m).mitigation().id());
    }
    Set<String> with = new LinkedHashSet<>(portfolio.baseline());
    with.addAll(chosen);
    return new Roadmap.Pick(
        budget,
        chosen,
        found.cost(),
        found.value(),
        chosen.isEmpty() ? Difference.NONE : difference(portfolio.baseline(), with),
        found.exact(),
        found.searched());
  }

  /**
   * The per-iteration reduction from {@code before} to {@code after}, over the scenarios it
   * changes.
   */
  private Difference difference(Set<String> before, Set<String> after) {
    List<PortfolioScenario> affected = affected(before, after);
    if (affected.isEmpty()) {
      return Difference.NONE;
    }
    double[] saved = new double[settings.iterations()];
    for (PortfolioScenario s : affected) {
      add(saved, losses(s, before), 1);
      add(saved, losses(s, after), -1);
    }
    return Difference.of(saved);
  }

  /** The scenarios to which a mitigation in one set but not the other applies. */
  private List<PortfolioScenario> affected(Set<String> before, Set<String> after) {
    Set<String> changed = new LinkedHashSet<>(before);
    changed.addAll(after);
    changed.removeIf(id -> before.contains(id) && after.contains(id));
    return portfolio.scenarios().stream()
        .filter(s -> s.mitigations().stream().anyMatch(changed::contains))
        .toList();
  }

  private double[] losses(PortfolioScenario s, Set<String> active) {
    List<Reduction> reductions = new ArrayList<>();
    for (String id : applied(s, active)) {
      reductions.addAll(mitigations.get(id).reductions());
    }
    Scenario scenario = s.scenario().withReductions(reductions);
    return simulator.losses(scenario, settings);
  }

  /** The mitigations of {@code active} that apply to the scenario, in the model's order. */
  private static List<String> applied(PortfolioScenario s, Set<String> active) {
    return s.mitigations().stream().filter(active::contains).toList();
  }

  /** The ids in the model's order of mitigations. */
  private Set<String> ordered(Set<String> ids) {
    Set<String> out = new LinkedHashSet<>();
    portfolio.mitigations().stream()
        .map(MitigationEffects::id)
        .filter(ids::contains)
        .forEach(out::add);
    return out;
  }

  private static void add(double[] total, double[] losses, int sign) {
    for (int k = 0; k < total.length; k++) {
      total[k] += sign * losses[k];
    }
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }
}
