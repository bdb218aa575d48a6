package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Business;
import dev.bulwark.model.Effect;
import dev.bulwark.model.Estimate;
import dev.bulwark.model.LossScenario;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.problem.Level;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.ContextScorer;
import dev.bulwark.risk.Notice;
import dev.bulwark.risk.fair.Distribution;
import dev.bulwark.risk.fair.Factor;
import dev.bulwark.risk.fair.FairException;
import dev.bulwark.risk.fair.Reduction;
import dev.bulwark.risk.fair.Scenario;
import dev.bulwark.risk.fair.SecondaryLoss;
import dev.bulwark.risk.fair.ThreatEventFrequency;
import dev.bulwark.risk.fair.Vulnerability;
import dev.bulwark.risk.fair.portfolio.Portfolio.Grouping;
import dev.bulwark.risk.fair.portfolio.PortfolioScenario.Origin;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Resolves a model's loss scenarios against its assessment: see {@link Portfolio#of}. */
final class Resolver {
  /** How a covered threat counts. */
  private enum Standing {
    RESIDUAL,
    ACCEPTED,
    CLOSED
  }

  private final Model model;
  private final SystemView view;
  private final PortfolioOptions options;
  private final ContextScorer scorer;
  private final Map<String, AssessedThreat> threats = new LinkedHashMap<>();
  private final Map<String, ThreatFacts> facts = new HashMap<>();
  private final Map<String, List<String>> touched = new HashMap<>();
  private final List<MitigationEffects> mitigations = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();
  private final Derivation derivation;
  private final long revenue;
  private final boolean revenueAssumed;

  Resolver(Model model, SystemView view, Assessment assessment, PortfolioOptions options) {
    this.model = model;
    this.view = view;
    this.options = options;
    this.scorer = new ContextScorer(view, assessment.matrix());
    assessment.threats().forEach(t -> threats.put(t.fingerprint(), t));
    Business business = model.businessOrDefault();
    this.revenueAssumed = business.annualRevenue().isEmpty();
    this.revenue = business.annualRevenue().orElse(DerivedTables.REFERENCE_REVENUE);
    this.derivation = new Derivation(view, options.shape(), revenue, revenueAssumed);
  }

  Portfolio resolve() {
    model.mitigations().forEach(this::readEffects);
    Set<String> baselineWithEffects = new LinkedHashSet<>();
    mitigations.stream()
        .filter(m -> m.inPlace() && !m.reductions().isEmpty())
        .forEach(m -> baselineWithEffects.add(m.id()));

    List<PortfolioScenario> scenarios = new ArrayList<>();
    List<Portfolio.Closed> closed = new ArrayList<>();
    Map<String, List<String>> coveredBy = new LinkedHashMap<>();
    Map<String, List<String>> countedBy = new LinkedHashMap<>();
    for (LossScenario written : model.scenarios()) {
      List<AssessedThreat> covered = cover(written);
      List<AssessedThreat> counted = new ArrayList<>();
      List<String> decided = new ArrayList<>();
      for (AssessedThreat t : covered) {
        coveredBy.computeIfAbsent(t.fingerprint(), k -> new ArrayList<>()).add(written.id());
        if (standing(t, baselineWithEffects) == Standing.CLOSED) {
          decided.add(t.fingerprint());
        } else {
          counted.add(t);
          countedBy.computeIfAbsent(t.fingerprint(), k -> new ArrayList<>()).add(written.id());
        }
      }
      if (!covered.isEmpty() && counted.isEmpty()) {
        closed.add(
            new Portfolio.Closed(
                written.id(), written.title(), written.positions().self(), decided));
        continue;
      }
      Set<String> data = new LinkedHashSet<>(written.data());
      counted.forEach(t -> data.addAll(facts(t).data()));
      String note = covered.isEmpty() ? "covers no threat of the analysis" : "";
      build(
              written.id(),
              written.title(),
              Origin.MODEL,
              written.positions().self(),
              Optional.of(written),
              counted,
              decided,
              written.data(),
              List.copyOf(data),
              note)
          .ifPresent(scenarios::add);
    }
    sharedThreats(countedBy);

    List<AssessedThreat> uncovered =
        threats.values().stream()
            .filter(t -> !coveredBy.containsKey(t.fingerprint()))
            .filter(t -> standing(t, baselineWithEffects) != Standing.CLOSED)
            .toList();
    Grouping grouping = Grouping.RULE_AND_ZONE;
    if (options.derive()) {
      Map<Grouping, Map<String, List<AssessedThreat>>> tried = new EnumMap<>(Grouping.class);
      for (Grouping g : Grouping.values()) {
        grouping = g;
        tried.put(g, group(uncovered, g));
        if (tried.get(g).size() <= options.maxDerived()) {
          break;
        }
      }
      for (Map.Entry<String, List<AssessedThreat>> e : tried.get(grouping).entrySet()) {
        List<AssessedThreat> members = e.getValue();
        AssessedThreat first = members.getFirst();
        Set<String> data = new LinkedHashSet<>();
        members.forEach(t -> data.addAll(facts(t).data()));
        build(
                e.getKey(),
                title(first, grouping, members),
                Origin.DERIVED,
                first.position(),
                Optional.empty(),
                members,
                List.of(),
                List.of(),
                List.copyOf(data),
                members.size() == 1
                    ? ""
                    : members.size() + " threats grouped by " + groupingWords(grouping))
            .ifPresent(scenarios::add);
      }
    }
    return new Portfolio(
        model.id(),
        model.businessOrDefault().currency(),
        revenue,
        revenueAssumed,
        options,
        scenarios,
        closed,
        mitigations,
        grouping,
        options.derive() ? 0 : uncovered.size(),
        notices);
  }

  /** The threats a model scenario covers, in the assessment's order (riskiest first). */
  private List<AssessedThreat> cover(LossScenario written) {
    Set<String> named = new LinkedHashSet<>();
    for (int i = 0; i < written.threats().size(); i++) {
      String id = written.threats().get(i);
      if (threats.containsKey(id)) {
        named.add(id);
      } else {
        notices.add(
            new Notice(
                Level.WARNING,
                "stale-scenario-link",
                written.positions().of("threats[" + i + "]"),
                "scenario '"
                    + written.id()
                    + "' names threat '"
                    + id
                    + "', which the analysis does not report (fixed, suppressed or renamed)"));
      }
    }
    Set<String> data = Set.copyOf(written.data());
    List<AssessedThreat> covered = new ArrayList<>();
    for (AssessedThreat t : threats.values()) {
      if (named.contains(t.fingerprint())
          || !data.isEmpty() && touched(t).stream().anyMatch(data::contains)) {
        covered.add(t);
      }
    }
    return covered;
  }

  /**
   * Mitigated threats are left out (their risk is handled), unless only mitigations in place whose
   * effects are modelled mitigate them: then their risk is the reduced one. False positives and
   * transferred threats are left out; accepted ones count, and are labelled.
   */
  private static Standing standing(AssessedThreat t, Set<String> baselineWithEffects) {
    return switch (t.status()) {
      case OPEN, IN_PROGRESS -> Standing.RESIDUAL;
      case ACCEPTED -> Standing.ACCEPTED;
      case MITIGATED ->
          t.decision().isEmpty() && t.mitigations().stream().anyMatch(baselineWithEffects::contains)
              ? Standing.RESIDUAL
              : Standing.CLOSED;
      case FALSE_POSITIVE, TRANSFERRED -> Standing.CLOSED;
    };
  }

  private Optional<PortfolioScenario> build(
      String id,
      String title,
      Origin origin,
      Position position,
      Optional<LossScenario> written,
      List<AssessedThreat> members,
      List<String> decided,
      List<String> named,
      List<String> data,
      String note) {
    List<ThreatFacts> memberFacts = members.stream().map(this::facts).toList();
    List<String> unreadable = new ArrayList<>();
    List<Input> inputs = derivation.inputs(written, memberFacts, named, unreadable);
    for (String problem : unreadable) {
      notices.add(
          new Notice(
              Level.WARNING, "unreadable-estimate", position, "scenario '" + id + "': " + problem));
    }
    Scenario scenario;
    try {
      scenario = scenario(inputs).withKey(Scenario.key(id));
    } catch (FairException e) {
      notices.add(
          new Notice(
              Level.ERROR,
              "invalid-scenario",
              position,
              "scenario '" + id + "' cannot be simulated: " + e.getMessage()));
      return Optional.empty();
    }
    Set<String> fingerprints = new LinkedHashSet<>();
    members.forEach(t -> fingerprints.add(t.fingerprint()));
    List<String> applying =
        mitigations.stream()
            .filter(m -> m.mitigates().stream().anyMatch(fingerprints::contains))
            .map(MitigationEffects::id)
            .toList();
    return Optional.of(
        new PortfolioScenario(
            id,
            title,
            origin,
            position,
            List.copyOf(fingerprints),
            members.stream()
                .filter(t -> t.status() == TriageStatus.ACCEPTED)
                .map(AssessedThreat::fingerprint)
                .toList(),
            decided,
            data,
            inputs,
            scenario,
            applying,
            note));
  }

  private static Scenario scenario(List<Input> inputs) {
    Map<Factor, Distribution> d = new EnumMap<>(Factor.class);
    inputs.forEach(i -> d.put(i.factor(), i.distribution()));
    ThreatEventFrequency tef =
        d.containsKey(Factor.THREAT_EVENT_FREQUENCY)
            ? ThreatEventFrequency.given(d.get(Factor.THREAT_EVENT_FREQUENCY))
            : ThreatEventFrequency.fromContact(
                d.get(Factor.CONTACT_FREQUENCY), d.get(Factor.PROBABILITY_OF_ACTION));
    Vulnerability v =
        d.containsKey(Factor.VULNERABILITY)
            ? Vulnerability.given(d.get(Factor.VULNERABILITY))
            : Vulnerability.fromCapability(
                d.get(Factor.THREAT_CAPABILITY), d.get(Factor.RESISTANCE_STRENGTH));
    SecondaryLoss secondary =
        d.containsKey(Factor.SECONDARY_LOSS_EVENT_FREQUENCY)
            ? new SecondaryLoss(
                d.get(Factor.SECONDARY_LOSS_EVENT_FREQUENCY),
                d.get(Factor.SECONDARY_LOSS_MAGNITUDE))
            : SecondaryLoss.NONE;
    return new Scenario(tef, v, d.get(Factor.PRIMARY_LOSS_MAGNITUDE), secondary);
  }

  /** Derived scenarios by key, in key order; members keep the assessment's order. */
  private Map<String, List<AssessedThreat>> group(List<AssessedThreat> open, Grouping grouping) {
    Function<AssessedThreat, String> key =
        switch (grouping) {
          case RULE_AND_ZONE ->
              t -> {
                String zone = facts(t).zone();
                return "derived:" + t.rule() + (zone.isEmpty() ? "" : "@" + zone);
              };
          case RULE -> t -> "derived:" + t.rule();
          case RATINGS ->
              t -> {
                ThreatFacts f = facts(t);
                return "derived:"
                    + Derivation.words(f.beforeControls()).replace(' ', '-')
                    + "/controls-"
                    + Math.min(f.controls(), DerivedTables.VULNERABILITY.size() - 1)
                    + "/impact-"
                    + Derivation.words(f.impact())
                    + "/"
                    + Derivation.words(f.sensitivity());
              };
        };
    Map<String, List<AssessedThreat>> groups = new TreeMap<>();
    for (AssessedThreat t : open) {
      groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
    }
    return groups;
  }

  private String title(AssessedThreat first, Grouping grouping, List<AssessedThreat> members) {
    return switch (grouping) {
      case RULE_AND_ZONE -> {
        String zone = facts(first).zone();
        yield first.title() + (zone.isEmpty() ? "" : " in " + zone);
      }
      case RULE -> first.title();
      case RATINGS -> {
        ThreatFacts f = facts(first);
        yield "Threats "
            + Derivation.words(f.beforeControls())
            + " before controls, impact "
            + Derivation.words(f.impact())
            + (f.sensitivity() == DerivedTables.Sensitivity.NONE
                ? ""
                : ", " + Derivation.words(f.sensitivity()) + " data");
      }
    };
  }

  private static String groupingWords(Grouping grouping) {
    return switch (grouping) {
      case RULE_AND_ZONE -> "rule and zone";
      case RULE -> "rule";
      case RATINGS -> "their ratings";
    };
  }

  /** A notice for each pair of model scenarios that count the same threats. */
  private void sharedThreats(Map<String, List<String>> coveredBy) {
    Map<String, Integer> pairs = new TreeMap<>();
    for (List<String> ids : coveredBy.values()) {
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          pairs.merge(ids.get(i) + "\u0000" + ids.get(j), 1, Integer::sum);
        }
      }
    }
    Map<String, LossScenario> byId = new HashMap<>();
    model.scenarios().forEach(s -> byId.putIfAbsent(s.id(), s));
    pairs.forEach((pair, count) -> {
      String[] ids = pair.split("\u0000");
      notices.add(
          new Notice(
              Level.WARNING,
              "overlapping-scenarios",
              byId.get(ids[1]).positions().self(),
              "scenarios '"
                  + ids[0]
                  + "' and '"
                  + ids[1]
                  + "' both cover "
                  + count
                  + (count == 1 ? " threat" : " threats")
                  + ", whose risk then counts in both"));
    });
  }

  private void readEffects(Mitigation mitigation) {
    if (mitigation.effects().isEmpty()) {
      return;
    }
    List<Reduction> reductions = new ArrayList<>();
    for (int i = 0; i < mitigation.effects().size(); i++) {
      Effect effect = mitigation.effects().get(i);
      Optional<Estimate> by = Estimate.parse(effect.by());
      try {
        reductions.add(
            new Reduction(
                switch (effect.reduces()) {
                  case THREAT_EVENT_FREQUENCY -> Reduction.Target.THREAT_EVENT_FREQUENCY;
                  case VULNERABILITY -> Reduction.Target.VULNERABILITY;
                  case LOSS_MAGNITUDE -> Reduction.Target.LOSS_MAGNITUDE;
                },
                Distribution.of(by.orElseThrow(), options.shape()),
                Reduction.stream(mitigation.id() + "#" + i)));
      } catch (RuntimeException e) {
        notices.add(
            new Notice(
                Level.ERROR,
                "invalid-effect",
                effect.positions().of("by"),
                "effect "
                    + (i + 1)
                    + " of mitigation '"
                    + mitigation.id()
                    + "' cannot be used: 'by' is '"
                    + effect.by()
                    + "'"));
      }
    }
    mitigations.add(
        new MitigationEffects(
            mitigation.id(),
            mitigation.title(),
            mitigation.status(),
            reductions,
            mitigation.cost(),
            Set.copyOf(mitigation.mitigates())));
  }

  private ThreatFacts facts(AssessedThreat t) {
    return facts.computeIfAbsent(t.fingerprint(), k -> ThreatFacts.of(t, view, scorer));
  }

  private List<String> touched(AssessedThreat t) {
    return touched.computeIfAbsent(
        t.fingerprint(),
        k -> {
          Set<String> data = new LinkedHashSet<>(t.data());
          data.addAll(view.dataOf(t.elements()));
          return List.copyOf(data);
        });
  }
}
