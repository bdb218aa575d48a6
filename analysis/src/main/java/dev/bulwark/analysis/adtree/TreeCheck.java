package dev.bulwark.analysis.adtree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What makes nodes a tree: unique ids, references that resolve, roles that alternate only across a
 * countermeasure, an attack at the root, values only on leaves, no cycles, nothing unreachable, and
 * bounded size. Every problem is collected; nothing here recurses, so depth cannot overflow.
 */
final class TreeCheck {
  private TreeCheck() {}

  static List<TreeProblem> problems(String root, List<AdNode> nodes) {
    List<TreeProblem> problems = new ArrayList<>();
    if (nodes.isEmpty()) {
      problems.add(new TreeProblem(root, "the tree has no nodes"));
      return problems;
    }
    if (nodes.size() > AdTree.MAX_NODES) {
      problems.add(
          new TreeProblem(
              root, "the tree has " + nodes.size() + " nodes; at most " + AdTree.MAX_NODES));
      return problems;
    }
    Map<String, AdNode> byId = new LinkedHashMap<>();
    for (AdNode node : nodes) {
      if (byId.putIfAbsent(node.id(), node) != null) {
        problems.add(new TreeProblem(node.id(), "node id '" + node.id() + "' is defined twice"));
      }
    }
    AdNode top = byId.get(root);
    if (top == null) {
      problems.add(new TreeProblem(root, "the root '" + root + "' is not defined"));
    } else if (top.role() != Role.ATTACK) {
      problems.add(
          new TreeProblem(root, "the root '" + root + "' must be an attack: the attacker's goal"));
    }
    for (AdNode node : byId.values()) {
      references(node, byId, problems);
      values(node, problems);
    }
    if (problems.isEmpty()) {
      shape(root, byId, problems);
    }
    return problems;
  }

  private static void references(AdNode node, Map<String, AdNode> byId, List<TreeProblem> out) {
    for (String child : node.children()) {
      AdNode target = byId.get(child);
      if (target == null) {
        out.add(
            new TreeProblem(
                node.id(),
                "'" + node.id() + "' refines into '" + child + "', which is not defined"));
      } else if (target.role() != node.role()) {
        out.add(
            new TreeProblem(
                node.id(),
                "'"
                    + child
                    + "' is "
                    + article(target.role())
                    + " but refines "
                    + article(node.role())
                    + " '"
                    + node.id()
                    + "'; a refinement keeps the role, only a countermeasure switches it"));
      }
    }
    node.counter()
        .ifPresent(counter -> {
          AdNode target = byId.get(counter);
          if (target == null) {
            out.add(
                new TreeProblem(
                    node.id(),
                    "the countermeasure '" + counter + "' of '" + node.id() + "' is not defined"));
          } else if (target.role() == node.role()) {
            out.add(
                new TreeProblem(
                    node.id(),
                    "'"
                        + counter
                        + "' counters "
                        + article(node.role())
                        + " '"
                        + node.id()
                        + "', so it must be "
                        + article(node.role().opposite())));
          }
        });
  }

  private static void values(AdNode node, List<TreeProblem> out) {
    Attributes a = node.attributes();
    if (!node.isLeaf() && !a.isEmpty()) {
      out.add(
          new TreeProblem(
              node.id(),
              "'"
                  + node.id()
                  + "' is refined, so its values come from its children; write values on leaves"));
    } else if (node.role() == Role.DEFENCE && a.hasAttackOnlyValue()) {
      out.add(
          new TreeProblem(
              node.id(),
              "'"
                  + node.id()
                  + "' is a defence: it takes only probability and in-place; what it costs the attacker"
                  + " to get past it comes from a counter-attack on it"));
    }
  }

  /** Cycles (Kahn's algorithm), reachability from the root, and depth, without recursion. */
  private static void shape(String root, Map<String, AdNode> byId, List<TreeProblem> out) {
    Map<String, Integer> incoming = new HashMap<>();
    byId.keySet().forEach(id -> incoming.put(id, 0));
    for (AdNode node : byId.values()) {
      node.successors().forEach(s -> incoming.merge(s, 1, Integer::sum));
    }
    Deque<String> ready = new ArrayDeque<>();
    incoming.forEach((id, n) -> {
      if (n == 0) {
        ready.add(id);
      }
    });
    Map<String, Integer> depth = new HashMap<>();
    int sorted = 0;
    Set<String> reachable = new HashSet<>(Set.of(root));
    depth.put(root, 0);
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String id = ready.poll();
      order.add(id);
      sorted++;
      for (String s : byId.get(id).successors()) {
        if (reachable.contains(id)) {
          reachable.add(s);
          depth.merge(s, depth.get(id) + 1, Math::max);
        }
        if (incoming.merge(s, -1, Integer::sum) == 0) {
          ready.add(s);
        }
      }
    }
    if (sorted < byId.size()) {
      out.add(cycle(byId, incoming));
      return;
    }
    for (AdNode node : byId.values()) {
      if (!reachable.contains(node.id())) {
        out.add(
            new TreeProblem(
                node.id(), "'" + node.id() + "' is not reachable from the root '" + root + "'"));
      }
    }
    for (String id : order) {
      Integer d = depth.get(id);
      if (d != null && d > AdTree.MAX_DEPTH) {
        out.add(
            new TreeProblem(
                id,
                "'" + id + "' is " + d + " levels below the root; at most " + AdTree.MAX_DEPTH));
        return;
      }
    }
  }

  /**
   * A cycle among the nodes Kahn's algorithm could not sort: each of them has a predecessor that is
   * unsorted too, so walking predecessors must come back to a node already seen.
   */
  private static TreeProblem cycle(Map<String, AdNode> byId, Map<String, Integer> incoming) {
    Map<String, String> predecessor = new HashMap<>();
    for (AdNode node : byId.values()) {
      if (incoming.get(node.id()) > 0) {
        for (String s : node.successors()) {
          if (incoming.get(s) > 0) {
            predecessor.putIfAbsent(s, node.id());
          }
        }
      }
    }
    String start =
        byId.keySet().stream().filter(id -> incoming.get(id) > 0).findFirst().orElseThrow();
    Set<String> seen = new HashSet<>();
    String at = start;
    while (seen.add(at)) {
      at = predecessor.get(at);
    }
    List<String> path = new ArrayList<>(List.of(at));
    for (String p = predecessor.get(at); !p.equals(at); p = predecessor.get(p)) {
      path.add(0, p);
    }
    path.add(0, at);
    return new TreeProblem(at, "'" + at + "' is its own sub-goal: " + String.join(" → ", path));
  }

  static String article(Role role) {
    return role == Role.ATTACK ? "an attack" : "a defence";
  }
}
