package dev.bulwark.risk;

import dev.bulwark.analysis.Engine;
import dev.bulwark.analysis.Finding;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.Suppression;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Wire;
import dev.bulwark.model.problem.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Assesses a validated model: derives threats with the rule set, drops what suppressions turn off,
 * adds the hand-written threats, scores each, applies triage and the model's mitigations, and ranks
 * the result. A pure function of the model, the rules, the matrix and today's date.
 */
public final class Assessor {
  private final RuleSet rules;
  private final RiskMatrix matrix;
  private final LocalDate today;

  public Assessor(RuleSet rules, RiskMatrix matrix, LocalDate today) {
    this.rules = rules;
    this.matrix = matrix;
    this.today = today;
  }

  public Assessment assess(Model model) {
    return assess(model, SystemView.of(model));
  }

  /** Assesses a model already indexed as {@code system} (a view of this very model). */
  public Assessment assess(Model model, SystemView system) {
    ContextScorer scorer = new ContextScorer(system, matrix);
    Map<String, Position> positions = new HashMap<>();
    model.elements().forEach(e -> positions.putIfAbsent(e.id(), e.position()));
    List<Notice> notices = new ArrayList<>();

    List<Assessment.Suppressed> suppressed = new ArrayList<>();
    Suppressions suppressions = new Suppressions(model.suppressions(), system);
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : new Engine(rules).run(system)) {
      Optional<Suppression> off = suppressions.match(finding);
      if (off.isPresent()) {
        suppressed.add(
            new Assessment.Suppressed(
                finding.fingerprint(),
                finding.rule().id(),
                off.get().why(),
                off.get().by().orElse("")));
      } else {
        kept.add(finding);
      }
    }
    // Scoring reads only the immutable view: it runs in parallel, in the findings' order.
    List<Draft> drafts =
        new ArrayList<>(
            kept.parallelStream()
                .map(finding -> {
                  RuleMeta rule = finding.rule();
                  Score score =
                      scorer.score(
                          finding.elements(), rule.goals(), finding.data(), rule.reducedBy());
                  return new Draft(finding, null, score);
                })
                .toList());
    notices.addAll(suppressions.notices(rules));
    for (Threat threat : model.threats()) {
      drafts.add(new Draft(null, threat, handWritten(threat, system, scorer, notices)));
    }

    Map<String, List<String>> linked = mitigationLinks(model);
    Triage triage = new Triage(model.triage(), today);
    List<AssessedThreat> threats = new ArrayList<>();
    for (Draft draft : drafts) {
      threats.add(draft.assess(triage, linked, model, positions, notices));
    }
    threats.sort(AssessedThreat.BY_RISK);
    List<String> fingerprints = threats.stream().map(AssessedThreat::fingerprint).toList();
    notices.addAll(triage.staleEntries(fingerprints));
    notices.addAll(staleMitigationLinks(model, new HashSet<>(fingerprints)));
    notices.sort(
        Comparator.comparing((Notice n) -> n.position().file())
            .thenComparing(n -> n.position().line())
            .thenComparing(n -> n.position().column())
            .thenComparing(Notice::code));
    return new Assessment(model.id(), threats, groups(threats), suppressed, notices, matrix);
  }

  private Score handWritten(
      Threat threat, SystemView system, ContextScorer scorer, List<Notice> notices) {
    List<Goal> goals =
        threat.impactedGoals().isEmpty()
            ? List.of(Goal.CONFIDENTIALITY, Goal.INTEGRITY, Goal.AVAILABILITY)
            : threat.impactedGoals();
    List<String> elements = threat.affects().isEmpty() ? List.of(threat.id()) : threat.affects();
    Score score = scorer.score(elements, goals, system.dataOf(threat.affects()), List.of());
    if (threat.riskRating().isPresent()) {
      try {
        Score rated = VectorScores.owaspRiskRating(threat.riskRating().get());
        score =
            new Score(
                rated.likelihood(),
                rated.likelihoodReasons(),
                rated.impact(),
                rated.impactReasons(),
                rated.severity(),
                List.of(),
                rated.method());
      } catch (IllegalArgumentException e) {
        notices.add(
            new Notice(
                Level.ERROR,
                "invalid-risk-rating",
                threat.positions().of("risk-rating"),
                "threat '" + threat.id() + "': " + e.getMessage()));
      }
    }
    if (threat.cvss().isPresent()) {
      try {
        score = score.withSeverity(VectorScores.cvss(threat.cvss().get()), "cvss");
      } catch (IllegalArgumentException e) {
        notices.add(
            new Notice(
                Level.ERROR,
                "invalid-cvss",
                threat.positions().of("cvss"),
                "threat '" + threat.id() + "': " + e.getMessage()));
      }
    }
    if (threat.severity().isPresent()) {
      score = score.withSeverity(threat.severity().get(), "manual");
    }
    return score;
  }

  /** Threat fingerprint or id → ids of the model's mitigations that name it. */
  private static Map<String, List<String>> mitigationLinks(Model model) {
    Map<String, List<String>> linked = new HashMap<>();
    for (Mitigation mitigation : model.mitigations()) {
      for (String threat : mitigation.mitigates()) {
        linked.computeIfAbsent(threat, k -> new ArrayList<>()).add(mitigation.id());
      }
    }
    return linked;
  }

  private static List<Notice> staleMitigationLinks(Model model, Set<String> fingerprints) {
    List<Notice> notices = new ArrayList<>();
    for (Mitigation mitigation : model.mitigations()) {
      for (int i = 0; i < mitigation.mitigates().size(); i++) {
        String threat = mitigation.mitigates().get(i);
        if (threat.contains("@") && !fingerprints.contains(threat)) {
          notices.add(
              new Notice(
                  Level.WARNING,
                  "stale-mitigation-link",
                  mitigation.positions().of("mitigates[" + i + "]"),
                  "mitigation '"
                      + mitigation.id()
                      + "' names threat '"
                      + threat
                      + "', which no rule reports any more"));
        }
      }
    }
    return notices;
  }

  private static List<Assessment.Group> groups(List<AssessedThreat> ranked) {
    Map<String, List<AssessedThreat>> byGroup = new LinkedHashMap<>();
    for (AssessedThreat threat : ranked) {
      byGroup.computeIfAbsent(threat.group(), k -> new ArrayList<>()).add(threat);
    }
    List<Assessment.Group> groups = new ArrayList<>();
    for (List<AssessedThreat> members : byGroup.values()) {
      if (members.size() < 2) {
        continue;
      }
      AssessedThreat first = members.getFirst();
      groups.add(
          new Assessment.Group(
              first.group(),
              first.rule(),
              first.group().substring(first.group().indexOf('#') + 1),
              members.stream().map(AssessedThreat::fingerprint).toList(),
              first.score().severity()));
    }
    return groups;
  }

  /** A derived finding or a hand-written threat, scored, waiting for triage. */
  private record Draft(Finding finding, Threat threat, Score score) {
    AssessedThreat assess(
        Triage triage,
        Map<String, List<String>> linked,
        Model model,
        Map<String, Position> positions,
        List<Notice> notices) {
      String fingerprint = finding != null ? finding.fingerprint() : threat.id();
      Optional<Decision> decision = triage.decide(fingerprint);
      List<String> mitigations = linked.getOrDefault(fingerprint, List.of());
      TriageStatus status =
          decision.map(Decision::status).orElseGet(() -> fromMitigations(mitigations, model));
      decision
          .filter(Decision::expired)
          .ifPresent(d ->
              notices.add(
                  new Notice(
                      Level.WARNING,
                      "expired-acceptance",
                      d.entry().position(),
                      "the acceptance of "
                          + fingerprint
                          + " expired on "
                          + d.entry().until().orElseThrow()
                          + "; the threat is open again")));
      if (finding != null) {
        RuleMeta rule = finding.rule();
        return new AssessedThreat(
            fingerprint,
            "rule",
            rule.id(),
            rule.title(),
            finding.message(),
            finding.elements(),
            rule.stride().stream().map(Wire::name).toList(),
            rule.linddun().map(Wire::name),
            rule.goals().stream().map(Wire::name).toList(),
            rule.cwe(),
            rule.capec(),
            rule.attack(),
            finding.facts(),
            finding.data(),
            score,
            status,
            decision,
            rule.mitigations(),
            mitigations,
            finding.group(),
            positions.getOrDefault(finding.elements().getFirst(), model.positions().self()));
      }
      return new AssessedThreat(
          fingerprint,
          "hand-written",
          threat.id(),
          threat.title(),
          statement(threat),
          threat.affects(),
          threat.stride().stream().map(Wire::name).toList(),
          Optional.empty(),
          threat.impactedGoals().stream().map(Wire::name).toList(),
          threat.cwe(),
          List.of(),
          List.of(),
          Stream.of(threat.source(), threat.prerequisites(), threat.action(), threat.impact())
              .flatMap(Optional::stream)
              .toList(),
          List.of(),
          score,
          status,
          decision,
          List.of(),
          mitigations,
          threat.id(),
          threat.position());
    }

    private static TriageStatus fromMitigations(List<String> ids, Model model) {
      if (ids.isEmpty()) {
        return TriageStatus.OPEN;
      }
      Set<MitigationStatus> statuses = new HashSet<>();
      model.mitigations().stream()
          .filter(m -> ids.contains(m.id()))
          .forEach(m -> statuses.add(m.status()));
      if (statuses.contains(MitigationStatus.IMPLEMENTED)
          || statuses.contains(MitigationStatus.VERIFIED)) {
        return TriageStatus.MITIGATED;
      }
      if (statuses.contains(MitigationStatus.PLANNED)
          || statuses.contains(MitigationStatus.IN_PROGRESS)) {
        return TriageStatus.IN_PROGRESS;
      }
      return TriageStatus.OPEN;
    }

    /** "[source] [prerequisites] can [action], which leads to [impact]". */
    private static String statement(Threat threat) {
      StringBuilder text = new StringBuilder();
      threat.source().ifPresent(s -> text.append(capitalise(s)).append(' '));
      threat.prerequisites().ifPresent(p -> text.append(p).append(' '));
      threat.action().ifPresent(a -> text.append(text.isEmpty() ? "Can " : "can ").append(a));
      threat.impact().ifPresent(i -> text.append(", which leads to ").append(i));
      return text.isEmpty() ? threat.title() : text.append('.').toString();
    }

    private static String capitalise(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
