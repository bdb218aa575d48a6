package dev.bulwark.analysis.adtree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An attack-defence tree: the root (the attacker's goal) and every node, each defined once. A node
 * named by two parents is a shared sub-goal, which makes the tree a DAG; {@link Evaluator} handles
 * that exactly (see docs/attack-trees.md). The constructor refuses anything else that is not a
 * tree, listing every problem.
 *
 * @param nodes every node, in the order written (the readers write them root first, depth first)
 */
public record AdTree(String root, List<AdNode> nodes) {
  /** More nodes than anyone draws or reads; also bounds the work of exact evaluation. */
  public static final int MAX_NODES = 10_000;

  /** Deeper than any tree people write; keeps recursion in writers and layout shallow. */
  public static final int MAX_DEPTH = 100;

  public AdTree {
    Objects.requireNonNull(root, "root");
    nodes = List.copyOf(nodes);
    List<TreeProblem> problems = TreeCheck.problems(root, nodes);
    if (!problems.isEmpty()) {
      throw new AdTreeException(problems.stream().map(TreeProblem::message).toList());
    }
  }

  /** The nodes by id, in the order of {@link #nodes()}; build it once and keep it. */
  public Map<String, AdNode> index() {
    Map<String, AdNode> byId = new LinkedHashMap<>();
    nodes.forEach(n -> byId.put(n.id(), n));
    return byId;
  }

  public AdNode rootNode() {
    return index().get(root);
  }

  /** The ids of the nodes that point to {@code id} (as a child or as its counter), in order. */
  public List<String> parents(String id) {
    List<String> parents = new ArrayList<>();
    for (AdNode node : nodes) {
      if (node.successors().contains(id)) {
        parents.add(node.id());
      }
    }
    return parents;
  }

  /** The nodes with more than one parent: the shared sub-goals, in node order. */
  public Set<String> shared() {
    Map<String, Integer> count = new LinkedHashMap<>();
    nodes.forEach(n -> count.put(n.id(), 0));
    for (AdNode node : nodes) {
      node.successors().forEach(s -> count.merge(s, 1, Integer::sum));
    }
    Set<String> shared = new LinkedHashSet<>();
    count.forEach((id, n) -> {
      if (n > 1) {
        shared.add(id);
      }
    });
    return shared;
  }

  /** Whether some sub-goal is shared, so that the tree is really a DAG. */
  public boolean isDag() {
    return !shared().isEmpty();
  }
}
