package dev.bulwark.analysis.adtree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exact evaluation of a DAG for the domains where bottom-up is wrong on shared sub-goals: the sums
 * (cost, sequential time) would pay for a shared action twice, and probability would treat two
 * occurrences of one event as independent. For a node, the leaves reachable from it along two or
 * more paths are fixed one way and the other (performed or not; succeeded or not) in every
 * combination; with them fixed, the rest of the sub-DAG is read-once and bottom-up is exact. The
 * cost is 2^k passes for k such leaves, so k and the total work are bounded.
 */
final class Expansion {
  /** 65,536 passes for one node at most. */
  static final int MAX_SHARED_LEAVES = 16;

  /** Node visits over all passes per domain: about a second at most. */
  static final long MAX_WORK = 20_000_000L;

  private Expansion() {}

  /** Exact values for every node, or why they were not computed. */
  record Exact(double[] values, int sharedLeaves, Optional<String> refused, int[] bestRoot) {}

  static Exact run(Dag dag, Domain domain, double[] bottomUp) {
    double[] values = bottomUp.clone();
    long work = 0;
    int mostShared = 0;
    int[] bestRoot = new int[0];
    for (int v : dag.order) {
      int[] sub = dag.topological(v);
      work += sub.length;
      int[] shared = relevant(dag, domain, sharedLeaves(dag, sub));
      if (shared.length == 0) {
        continue;
      }
      if (shared.length > MAX_SHARED_LEAVES) {
        return refused(
            dag,
            shared,
            "exact evaluation would need 2^"
                + shared.length
                + " passes; at most "
                + MAX_SHARED_LEAVES
                + " shared leaves are expanded");
      }
      work += (long) sub.length << shared.length;
      if (work > MAX_WORK) {
        return refused(
            dag, shared, "exact evaluation would take more than " + MAX_WORK + " node visits");
      }
      mostShared = Math.max(mostShared, shared.length);
      Best best =
          domain == Domain.PROBABILITY
              ? probability(dag, sub, shared)
              : cheapest(dag, domain, sub, shared);
      values[v] = best.value;
      if (v == dag.root) {
        bestRoot = best.chosen;
      }
    }
    return new Exact(values, mostShared, Optional.empty(), bestRoot);
  }

  private record Best(double value, int[] chosen) {}

  /** The least total over every choice of which shared leaves the attacker performs. */
  private static Best cheapest(Dag dag, Domain domain, int[] sub, int[] shared) {
    double[] fixed = dag.unfixed();
    double[] own = new double[dag.size()];
    double[] value = new double[dag.size()];
    double best = Double.POSITIVE_INFINITY;
    int bestMask = 0;
    for (int mask = 0; mask < 1 << shared.length; mask++) {
      double paid = 0;
      for (int j = 0; j < shared.length; j++) {
        boolean performed = (mask & 1 << j) != 0;
        // performed: paid once here, free wherever it is used; not performed: unavailable
        fixed[shared[j]] = performed ? 0 : Double.POSITIVE_INFINITY;
        paid += performed ? domain.leaf(dag.nodes.get(shared[j])) : 0;
      }
      dag.pass(domain, sub, fixed, own, value);
      double total = value[sub[0]] + paid;
      if (total < best) {
        best = total;
        bestMask = mask;
      }
    }
    List<Integer> chosen = new ArrayList<>();
    for (int j = 0; j < shared.length; j++) {
      if ((bestMask & 1 << j) != 0) {
        chosen.add(shared[j]);
      }
    }
    return new Best(best, chosen.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The sum over every outcome of the shared leaves of its probability times the root's. */
  private static Best probability(Dag dag, int[] sub, int[] shared) {
    double[] fixed = dag.unfixed();
    double[] own = new double[dag.size()];
    double[] value = new double[dag.size()];
    double total = 0;
    for (int mask = 0; mask < 1 << shared.length; mask++) {
      double weight = 1;
      for (int j = 0; j < shared.length; j++) {
        boolean happens = (mask & 1 << j) != 0;
        double p = Domain.PROBABILITY.leaf(dag.nodes.get(shared[j]));
        fixed[shared[j]] = happens ? 1 : 0;
        weight *= happens ? p : 1 - p;
      }
      dag.pass(Domain.PROBABILITY, sub, fixed, own, value);
      total += weight * value[sub[0]];
    }
    return new Best(total, new int[0]);
  }

  /** Leaves with two or more paths from the first node of {@code sub}, in node order. */
  static int[] sharedLeaves(Dag dag, int[] sub) {
    int[] paths = new int[dag.size()];
    paths[sub[0]] = 1;
    for (int i : sub) {
      for (int s : dag.successors(i)) {
        paths[s] = Math.min(2, paths[s] + paths[i]);
      }
    }
    List<Integer> shared = new ArrayList<>();
    for (int i = 0; i < dag.size(); i++) {
      if (paths[i] >= 2 && dag.isLeaf(i)) {
        shared.add(i);
      }
    }
    return shared.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The shared leaves whose outcome is not settled: an attack that can be done at a price (cost,
   * time) above zero, or an event with a probability strictly between 0 and 1. The others give the
   * same value however often they are counted.
   */
  private static int[] relevant(Dag dag, Domain domain, int[] leaves) {
    List<Integer> kept = new ArrayList<>();
    for (int i : leaves) {
      AdNode node = dag.nodes.get(i);
      double v = domain.leaf(node);
      boolean open =
          domain == Domain.PROBABILITY
              ? v > 0 && v < 1
              : node.role() == Role.ATTACK && v > 0 && !Double.isInfinite(v);
      if (open) {
        kept.add(i);
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Exact refused(Dag dag, int[] shared, String why) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Math.min(5, shared.length); i++) {
      ids.add(dag.nodes.get(shared[i]).id());
    }
    String names = String.join(", ", ids) + (shared.length > 5 ? ", …" : "");
    return new Exact(
        new double[0],
        shared.length,
        Optional.of(
            "shared sub-goals make bottom-up evaluation wrong here, and "
                + why
                + " (shared leaves: "
                + names
                + ")"),
        new int[0]);
  }
}
