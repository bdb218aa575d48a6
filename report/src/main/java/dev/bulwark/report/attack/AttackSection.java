package dev.bulwark.report.attack;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.adtree.AdTree;
import dev.bulwark.analysis.adtree.Domain;
import dev.bulwark.analysis.adtree.DomainResult;
import dev.bulwark.analysis.adtree.Evaluator;
import dev.bulwark.analysis.adtree.TreeGenerator;
import dev.bulwark.analysis.paths.AttackPath;
import dev.bulwark.analysis.paths.AttackPaths;
import dev.bulwark.analysis.paths.CrownJewel;
import dev.bulwark.analysis.paths.PathAnalysis;
import dev.bulwark.analysis.paths.PathOptions;
import dev.bulwark.analysis.paths.Profiles;
import dev.bulwark.report.Digest;
import dev.bulwark.report.adtree.TreeSvg;
import dev.bulwark.report.diagram.Diagram;
import dev.bulwark.report.diagram.DiagramOptions;
import dev.bulwark.report.diagram.Diagrams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The attack paths and attack-defence trees a report shows: the easiest path of each built-in
 * attacker profile to each crown jewel, the easiest few drawn on the data-flow diagram, and for the
 * most valuable crown jewels a tree generated from each profile's easiest path to them, evaluated
 * for the probability that an attacker succeeds.
 *
 * @param jewels the crown jewels, most valuable first
 * @param paths the easiest path of each profile to each jewel, easiest first (at most {@link
 *     #MAX_PATHS})
 * @param diagrams the first {@link #MAX_DIAGRAMS} of those paths with different routes, drawn on
 *     the diagram
 * @param trees one per jewel that a path reaches, for the first {@link #MAX_TREES} jewels
 */
public record AttackSection(
    List<CrownJewel> jewels,
    List<AttackPath> paths,
    List<Diagram> diagrams,
    List<JewelTree> trees) {

  public static final int MAX_PATHS = 10;
  public static final int MAX_DIAGRAMS = 3;
  public static final int MAX_TREES = 3;

  /**
   * A crown jewel's tree.
   *
   * @param paths how many paths the tree is made of
   * @param probability the chance that some path succeeds, when every leaf has one and the
   *     evaluation was exact within its limits
   * @param unevaluated why there is no probability, if there is none
   * @param svg the tree drawn
   */
  public record JewelTree(
      CrownJewel jewel,
      int paths,
      Optional<Double> probability,
      Optional<String> unevaluated,
      String svg) {}

  public AttackSection {
    jewels = List.copyOf(jewels);
    paths = List.copyOf(paths);
    diagrams = List.copyOf(diagrams);
    trees = List.copyOf(trees);
  }

  /**
   * The section for the digest's model, with built-in profiles and default path options.
   *
   * @param options the options the page's data-flow diagrams were drawn with: on a model drawn
   *     whole, the path diagrams are views of that diagram ({@link Diagrams#attackPaths})
   */
  public static AttackSection of(Digest digest, DiagramOptions options) {
    SystemView view = digest.input().view();
    // the report shows each profile's easiest path only: asking for k = 1 spares the search for
    // the next ones, a third of the section's time on a large model (docs/benchmarks.md)
    PathAnalysis analysis =
        AttackPaths.analyse(
            view, digest.elementSeverity(), Profiles.builtIn(), PathOptions.DEFAULT.withK(1));
    List<AttackPath> easiestAll =
        analysis.paths().stream()
            .sorted(
                Comparator.comparing(AttackPath::difficulty)
                    .thenComparing(AttackPath::profile)
                    .thenComparing(AttackPath::target))
            .toList();
    List<AttackPath> easiest = easiestAll.subList(0, Math.min(MAX_PATHS, easiestAll.size()));
    List<Diagram> diagrams =
        Diagrams.attackPaths(view, digest.elementSeverity(), distinctRoutes(easiest), options);
    List<JewelTree> trees = new ArrayList<>();
    List<TreeGenerator.Threat> threats =
        TreeInputs.threats(digest.input().assessment(), easiestAll);
    List<TreeGenerator.Defence> defences = TreeInputs.defences(view.model());
    for (CrownJewel jewel : analysis.jewels()) {
      if (trees.size() == MAX_TREES) {
        break;
      }
      // the easiest path of each profile: further paths mostly repeat their steps, which makes
      // exact evaluation exponential without changing the picture much
      List<AttackPath> toJewel =
          easiestAll.stream().filter(p -> p.target().equals(jewel.id())).toList();
      if (toJewel.isEmpty()) {
        continue;
      }
      AdTree tree = TreeGenerator.fromPaths(jewel.id(), jewel.id(), toJewel, threats, defences);
      DomainResult result = Evaluator.evaluate(tree).result(Domain.PROBABILITY);
      trees.add(
          new JewelTree(
              jewel,
              toJewel.size(),
              result.value(tree.root()),
              result.skipped(),
              TreeSvg.svg(tree, "tree-" + (trees.size() + 1))));
    }
    return new AttackSection(analysis.jewels(), easiest, diagrams, trees);
  }

  /**
   * The first {@link #MAX_DIAGRAMS} paths that walk different routes: two profiles often share one.
   */
  private static List<AttackPath> distinctRoutes(List<AttackPath> paths) {
    Set<List<String>> seen = new HashSet<>();
    List<AttackPath> chosen = new ArrayList<>();
    for (AttackPath p : paths) {
      if (chosen.size() < MAX_DIAGRAMS && seen.add(route(p))) {
        chosen.add(p);
      }
    }
    return chosen;
  }

  private static List<String> route(AttackPath p) {
    List<String> route = new ArrayList<>(p.nodes());
    route.addAll(p.flows());
    return route;
  }
}
