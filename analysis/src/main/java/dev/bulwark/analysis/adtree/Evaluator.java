package dev.bulwark.analysis.adtree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates an attack-defence tree in every {@link Domain}: bottom-up with the domain's operators
 * (the standard semantics), except where shared sub-goals would make that wrong, which {@link
 * Expansion} computes exactly. A domain whose values are missing on some leaf is skipped, naming
 * the leaves, rather than guessed.
 */
public final class Evaluator {
  private Evaluator() {}

  public static Evaluation evaluate(AdTree tree) {
    Dag dag = new Dag(tree);
    boolean dag2 = tree.isDag();
    List<DomainResult> results = new ArrayList<>();
    Optional<CheapestAttack> cheapest = Optional.empty();
    for (Domain domain : Domain.values()) {
      Optional<String> missing = missing(tree, domain);
      if (missing.isPresent()) {
        results.add(new DomainResult(domain, Map.of(), "none", missing));
        continue;
      }
      double[] own = new double[dag.size()];
      double[] values = new double[dag.size()];
      dag.pass(domain, dag.order, dag.unfixed(), own, values);
      String method = "bottom-up";
      int[] performed = new int[0];
      if (dag2 && !domain.idempotent()) {
        Expansion.Exact exact = Expansion.run(dag, domain, values);
        if (exact.refused().isPresent()) {
          results.add(new DomainResult(domain, Map.of(), "none", exact.refused()));
          continue;
        }
        values = exact.values();
        performed = exact.bestRoot();
        if (exact.sharedLeaves() > 0) {
          method = "exact: " + exact.sharedLeaves() + " shared leaves expanded";
        }
      }
      results.add(new DomainResult(domain, byId(dag, values), method, Optional.empty()));
      if (domain == Domain.MIN_COST && !Double.isInfinite(values[dag.root])) {
        cheapest = Optional.of(Witness.cheapest(dag, performed, values[dag.root]));
      }
    }
    return new Evaluation(tree, results, cheapest);
  }

  /** The leaves (active ones: the others have a fixed value) that lack what the domain needs. */
  private static Optional<String> missing(AdTree tree, Domain domain) {
    List<String> lacking = new ArrayList<>();
    String attribute = "";
    for (AdNode node : tree.nodes()) {
      Optional<String> needs = domain.needs(node.role());
      if (!node.isLeaf() || needs.isEmpty() || !node.attributes().active()) {
        continue;
      }
      Attributes a = node.attributes();
      boolean has =
          switch (needs.get()) {
            case "cost" -> a.cost().isPresent();
            case "time" -> a.time().isPresent();
            case "skill" -> a.skill().isPresent();
            default -> a.probability().isPresent();
          };
      if (!has) {
        lacking.add(node.id());
        attribute = needs.get();
      }
    }
    if (lacking.isEmpty()) {
      return Optional.empty();
    }
    List<String> shown = lacking.subList(0, Math.min(5, lacking.size()));
    return Optional.of(
        "no "
            + attribute
            + " on "
            + String.join(", ", shown)
            + (lacking.size() > shown.size()
                ? " and " + (lacking.size() - shown.size()) + " more"
                : ""));
  }

  private static Map<String, Double> byId(Dag dag, double[] values) {
    Map<String, Double> byId = new LinkedHashMap<>();
    for (int i = 0; i < dag.size(); i++) {
      byId.put(dag.nodes.get(i).id(), values[i]);
    }
    return byId;
  }
}
