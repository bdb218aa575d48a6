package dev.bulwark.report;

import dev.bulwark.analysis.Node;
import dev.bulwark.knowledge.Countermeasure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationCategory;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import dev.bulwark.model.problem.Level;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Impact;
import dev.bulwark.risk.Likelihood;
import dev.bulwark.risk.RiskWeight;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What every report says, worked out once from a {@link ReportInput}: the posture in plain words,
 * the counts, the heat map, the top risks, acceptances, what to fund next, the Pareto of risk by
 * rule, defence in depth, the threats per zone and element, and the model's quality warnings.
 * Renderers only lay it out, so that the formats never disagree.
 */
public record Digest(
    ReportInput input,
    Severity worstOpen,
    String posture,
    Map<Severity, Integer> openBySeverity,
    Map<TriageStatus, Integer> byStatus,
    int[][] heat,
    List<AssessedThreat> topRisks,
    List<Acceptance> accepted,
    List<Fund> fundNext,
    List<Bar> pareto,
    Map<MitigationCategory, List<Defence>> defence,
    List<ZoneSection> zones,
    List<AssessedThreat> elsewhere,
    Map<String, Severity> elementSeverity,
    List<Quality> quality,
    Set<String> detailed) {

  /** How many risks the executive view lists. */
  public static final int TOP = 10;

  /**
   * Up to this many threats, reports explain every threat in full; beyond it, only the {@link
   * #DETAILED} riskiest open ones, and the rest in one line each, so that a report of a model with
   * tens of thousands of threats stays readable (the JSON and CSV reports hold everything).
   */
  public static final int ALL_IN_DETAIL = 1_000;

  /** How many threats are explained in full in a model with more than {@link #ALL_IN_DETAIL}. */
  public static final int DETAILED = 500;

  /** How many bars the Pareto chart draws before it adds the rest up as "others". */
  public static final int PARETO_BARS = 12;

  /** An accepted threat and the decision behind it. */
  public record Acceptance(AssessedThreat threat, TriageEntry entry, Optional<LocalDate> until) {}

  /**
   * A countermeasure worth funding: the open threats it addresses, their summed risk weight, and
   * whether the model already plans one of its own mitigations for them.
   */
  public record Fund(
      Countermeasure countermeasure, int threats, Severity worst, int weight, boolean planned) {}

  /** One bar of the Pareto chart: a rule's (or the rest's) share of the open risk. */
  public record Bar(String rule, String title, int threats, int weight, double cumulativeShare) {}

  /** One item of defence in depth: a suggested countermeasure or one of the model's mitigations. */
  public record Defence(
      String id, String title, String source, String status, String verification, int threats) {}

  /** A trust zone (or "no zone") with its elements and the threats written against the zone. */
  public record ZoneSection(
      Optional<Zone> zone, int depth, List<ElementThreats> elements, List<AssessedThreat> own) {}

  /** An actor or component with the threats whose primary element it is, or a flow into it. */
  public record ElementThreats(
      String id, String kind, Optional<String> technology, List<AssessedThreat> threats) {
    public Optional<Severity> worstOpen() {
      return threats.stream()
          .filter(AssessedThreat::isOpen)
          .map(t -> t.score().severity())
          .max(Comparator.naturalOrder());
    }
  }

  /** A quality warning about the model itself, from validation or from the assessment. */
  public record Quality(Level level, String code, Position position, String message) {}

  /** Works the digest out. */
  public static Digest of(ReportInput input) {
    Assessment assessment = input.assessment();
    List<AssessedThreat> open =
        assessment.threats().stream().filter(AssessedThreat::isOpen).toList();
    Severity worst =
        open.stream().map(t -> t.score().severity()).max(Comparator.naturalOrder()).orElse(null);
    int[][] heat = new int[Likelihood.values().length][Impact.values().length];
    for (AssessedThreat t : open) {
      heat[t.score().likelihood().ordinal()][t.score().impact().ordinal()]++;
    }
    return new Digest(
        input,
        worst,
        posture(input.model(), open, worst, assessment),
        assessment.bySeverity(true),
        assessment.byStatus(),
        heat,
        open.stream().limit(TOP).toList(),
        accepted(assessment),
        fundNext(input, open),
        pareto(input, open),
        defence(input, open),
        zones(input),
        elsewhere(input),
        assessment.worstOpenSeverity(),
        quality(input),
        detailed(assessment, open));
  }

  /** Whether reports explain this threat in full, or in one line. */
  public boolean inDetail(AssessedThreat threat) {
    return detailed.isEmpty() || detailed.contains(threat.fingerprint());
  }

  /** Empty when every threat is explained in full, else the fingerprints that are. */
  private static Set<String> detailed(Assessment assessment, List<AssessedThreat> open) {
    if (assessment.threats().size() <= ALL_IN_DETAIL) {
      return Set.of();
    }
    return open.stream()
        .limit(DETAILED)
        .map(AssessedThreat::fingerprint)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Counts of the open threats in the heat map's cell, rows by likelihood, columns by impact. */
  public int heat(Likelihood likelihood, Impact impact) {
    return heat[likelihood.ordinal()][impact.ordinal()];
  }

  /** The open threats, highest risk first. */
  public List<AssessedThreat> open() {
    return input.assessment().threats().stream().filter(AssessedThreat::isOpen).toList();
  }

  private static String posture(
      Model model, List<AssessedThreat> open, Severity worst, Assessment assessment) {
    if (assessment.threats().isEmpty()) {
      return "No threats were derived from "
          + model.title()
          + ". Check that the model describes"
          + " its flows and data: an empty analysis usually means an incomplete model.";
    }
    if (open.isEmpty()) {
      return "Every threat to "
          + model.title()
          + " has been decided: mitigated, accepted,"
          + " transferred or ruled out. Keep the model current and review acceptances before they"
          + " expire.";
    }
    long urgent =
        open.stream().filter(t -> t.score().severity().compareTo(Severity.HIGH) >= 0).count();
    String headline =
        switch (worst) {
          case CRITICAL ->
              "At risk: "
                  + urgent
                  + " open threat"
                  + plural(urgent)
                  + " at high or critical severity; do not release with the critical ones open.";
          case HIGH ->
              "Exposed: "
                  + urgent
                  + " open threat"
                  + plural(urgent)
                  + " at high severity to fix soon, before the next release.";
          case ELEVATED ->
              "Managed with gaps: no high or critical threat is open; the elevated"
                  + " ones belong in the next planning cycle.";
          case MEDIUM, LOW -> "In good shape: only medium and low threats are open.";
        };
    return headline
        + " "
        + open.size()
        + " of "
        + assessment.threats().size()
        + " threat"
        + plural(assessment.threats().size())
        + " are open.";
  }

  private static String plural(long count) {
    return count == 1 ? "" : "s";
  }

  private static List<Acceptance> accepted(Assessment assessment) {
    return assessment.threats().stream()
        .filter(t ->
            t.status() == TriageStatus.ACCEPTED
                || t.decision().isPresent() && t.decision().get().expired())
        .map(t ->
            new Acceptance(
                t, t.decision().orElseThrow().entry(), t.decision().orElseThrow().entry().until()))
        .sorted(
            Comparator.comparing((Acceptance a) -> a.until().orElse(LocalDate.MAX))
                .thenComparing(a -> a.threat().fingerprint()))
        .toList();
  }

  private static List<Fund> fundNext(ReportInput input, List<AssessedThreat> open) {
    Map<String, int[]> totals = new TreeMap<>(); // id → threats, worst ordinal, weight
    for (AssessedThreat t : open) {
      for (String id : t.countermeasures()) {
        int[] total = totals.computeIfAbsent(id, k -> new int[] {0, 0, 0});
        total[0]++;
        total[1] = Math.max(total[1], t.score().severity().ordinal());
        total[2] += RiskWeight.of(t.score().severity());
      }
    }
    Map<String, Boolean> planned = plannedFor(input.model(), open);
    List<Fund> funds = new ArrayList<>();
    totals.forEach((id, total) ->
        input
            .catalogue()
            .find(id)
            .ifPresent(cm ->
                funds.add(
                    new Fund(
                        cm,
                        total[0],
                        Severity.values()[total[1]],
                        total[2],
                        planned.getOrDefault(id, false)))));
    funds.sort(
        Comparator.comparingInt(Fund::weight)
            .reversed()
            .thenComparing(f -> f.countermeasure().id()));
    return funds.stream().limit(TOP).toList();
  }

  /** Countermeasure ids whose threats all have a planned or running mitigation in the model. */
  private static Map<String, Boolean> plannedFor(Model model, List<AssessedThreat> open) {
    Map<String, Boolean> planned = new HashMap<>();
    for (AssessedThreat t : open) {
      boolean covered = !t.mitigations().isEmpty();
      for (String id : t.countermeasures()) {
        planned.merge(id, covered, Boolean::logicalAnd);
      }
    }
    return planned;
  }

  private static List<Bar> pareto(ReportInput input, List<AssessedThreat> open) {
    Map<String, int[]> byRule = new TreeMap<>();
    Map<String, String> titles = new HashMap<>();
    for (AssessedThreat t : open) {
      int[] total = byRule.computeIfAbsent(t.rule(), k -> new int[] {0, 0});
      total[0]++;
      total[1] += RiskWeight.of(t.score().severity());
      titles.putIfAbsent(t.rule(), t.title());
    }
    List<Map.Entry<String, int[]>> ranked = new ArrayList<>(byRule.entrySet());
    ranked.sort(
        Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[1])
            .reversed()
            .thenComparing(Map.Entry::getKey));
    int all = ranked.stream().mapToInt(e -> e.getValue()[1]).sum();
    List<Bar> bars = new ArrayList<>();
    int running = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (i == PARETO_BARS && ranked.size() > PARETO_BARS + 1) {
        int threats = 0;
        int weight = 0;
        for (Map.Entry<String, int[]> rest : ranked.subList(i, ranked.size())) {
          threats += rest.getValue()[0];
          weight += rest.getValue()[1];
        }
        bars.add(new Bar("others", (ranked.size() - i) + " other rules", threats, weight, 1.0));
        break;
      }
      Map.Entry<String, int[]> e = ranked.get(i);
      running += e.getValue()[1];
      bars.add(
          new Bar(
              e.getKey(),
              ruleTitle(input, e.getKey()).orElse(titles.get(e.getKey())),
              e.getValue()[0],
              e.getValue()[1],
              (double) running / all));
    }
    return List.copyOf(bars);
  }

  private static Optional<String> ruleTitle(ReportInput input, String rule) {
    return input.rules().find(rule).map(r -> r.meta().title());
  }

  private static Map<MitigationCategory, List<Defence>> defence(
      ReportInput input, List<AssessedThreat> open) {
    Map<MitigationCategory, List<Defence>> byCategory = new EnumMap<>(MitigationCategory.class);
    for (MitigationCategory c : MitigationCategory.values()) {
      byCategory.put(c, new ArrayList<>());
    }
    Map<String, Integer> suggested = new TreeMap<>();
    for (AssessedThreat t : open) {
      t.countermeasures().forEach(id -> suggested.merge(id, 1, Integer::sum));
    }
    suggested.forEach((id, count) ->
        input
            .catalogue()
            .find(id)
            .ifPresent(cm ->
                byCategory
                    .get(cm.category())
                    .add(
                        new Defence(
                            cm.id(),
                            cm.title(),
                            "suggested",
                            "suggested",
                            cm.verification(),
                            count))));
    for (Mitigation m : input.model().mitigations()) {
      if (m.status() == MitigationStatus.REJECTED) {
        continue;
      }
      byCategory
          .get(m.category())
          .add(
              new Defence(
                  m.id(),
                  m.title(),
                  "model",
                  Wire.name(m.status()),
                  m.verification().orElse(""),
                  m.mitigates().size()));
    }
    Map<MitigationCategory, List<Defence>> frozen = new EnumMap<>(MitigationCategory.class);
    byCategory.forEach((c, items) -> {
      items.sort(
          Comparator.comparing((Defence d) -> d.source().equals("model") ? 0 : 1)
              .thenComparing(Comparator.comparingInt(Defence::threats).reversed())
              .thenComparing(Defence::id));
      frozen.put(c, List.copyOf(items));
    });
    return frozen;
  }

  /**
   * Zones depth first in the order the model writes them, then elements with no zone; each element
   * gets the threats whose primary element it is, and those on flows into it.
   */
  private static List<ZoneSection> zones(ReportInput input) {
    Map<String, List<AssessedThreat>> byElement = new HashMap<>();
    for (AssessedThreat t : input.assessment().threats()) {
      String primary = t.elements().isEmpty() ? "" : t.elements().getFirst();
      String owner = input.view().interaction(primary).map(i -> i.target().id()).orElse(primary);
      byElement.computeIfAbsent(owner, k -> new ArrayList<>()).add(t);
    }
    Map<String, List<Node>> nodesByZone = new LinkedHashMap<>();
    List<Node> unzoned = new ArrayList<>();
    for (Node node : orderedNodes(input)) {
      node.zoneId()
          .ifPresentOrElse(
              z -> nodesByZone.computeIfAbsent(z, k -> new ArrayList<>()).add(node),
              () -> unzoned.add(node));
    }
    Map<String, List<Zone>> children = new LinkedHashMap<>();
    List<Zone> roots = new ArrayList<>();
    for (Zone z : input.model().zones()) {
      z.parent()
          .ifPresentOrElse(
              p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(z), () -> roots.add(z));
    }
    List<ZoneSection> sections = new ArrayList<>();
    List<Zone> stack = new ArrayList<>(roots.reversed());
    Map<String, Integer> depth = new HashMap<>();
    roots.forEach(z -> depth.put(z.id(), 0));
    while (!stack.isEmpty()) {
      Zone zone = stack.removeLast();
      int d = depth.get(zone.id());
      sections.add(
          new ZoneSection(
              Optional.of(zone),
              d,
              elementThreats(nodesByZone.getOrDefault(zone.id(), List.of()), byElement),
              byElement.getOrDefault(zone.id(), List.of())));
      List<Zone> kids = children.getOrDefault(zone.id(), List.of());
      for (int i = kids.size() - 1; i >= 0; i--) {
        depth.put(kids.get(i).id(), d + 1);
        stack.add(kids.get(i));
      }
    }
    if (!unzoned.isEmpty()) {
      sections.add(
          new ZoneSection(Optional.empty(), 0, elementThreats(unzoned, byElement), List.of()));
    }
    return List.copyOf(sections);
  }

  private static List<Node> orderedNodes(ReportInput input) {
    List<Node> nodes = new ArrayList<>();
    input.model().actors().forEach(a -> input.view().node(a.id()).ifPresent(nodes::add));
    input.model().components().forEach(c -> input.view().node(c.id()).ifPresent(nodes::add));
    return nodes;
  }

  private static List<ElementThreats> elementThreats(
      List<Node> nodes, Map<String, List<AssessedThreat>> byElement) {
    return nodes.stream()
        .map(n ->
            new ElementThreats(
                n.id(),
                n.actor()
                    .map(a -> Wire.name(a.kind()))
                    .orElseGet(() -> Wire.name(n.component().orElseThrow().kind())),
                n.component().flatMap(c -> c.technology()),
                List.copyOf(byElement.getOrDefault(n.id(), List.of()))))
        .toList();
  }

  /** Threats whose primary element is no actor, component, flow or zone: data, the model. */
  private static List<AssessedThreat> elsewhere(ReportInput input) {
    return input.assessment().threats().stream()
        .filter(t -> {
          String primary = t.elements().isEmpty() ? "" : t.elements().getFirst();
          return input.view().node(primary).isEmpty()
              && input.view().interaction(primary).isEmpty()
              && input.view().zone(primary).isEmpty();
        })
        .toList();
  }

  private static List<Quality> quality(ReportInput input) {
    List<Quality> items = new ArrayList<>();
    input
        .warnings()
        .forEach(
            p -> items.add(new Quality(p.level(), p.type().code(), p.position(), p.message())));
    input
        .assessment()
        .notices()
        .forEach(n -> items.add(new Quality(n.level(), n.code(), n.position(), n.message())));
    items.sort(Comparator.comparing(Quality::position).thenComparing(Quality::code));
    return List.copyOf(items);
  }

  /** Flows as the diagram and the engineering view name them: id, protocol, ends. */
  public static String describe(Flow flow) {
    return flow.id()
        + " ("
        + Wire.name(flow.protocol())
        + ", "
        + flow.from()
        + " → "
        + flow.to()
        + ")";
  }
}
