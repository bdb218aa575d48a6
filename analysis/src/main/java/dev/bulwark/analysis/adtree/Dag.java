package dev.bulwark.analysis.adtree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tree compiled to arrays for evaluation: nodes by index in the tree's order, children and
 * counter by index, and a topological order (parents before children) so that a pass is a loop, not
 * a recursion.
 */
final class Dag {
  final List<AdNode> nodes;
  final int root;
  final int[][] children;
  final int[] counter;
  final int[] parentCount;

  /** Parents before children; reversed, every node comes after what it depends on. */
  final int[] order;

  Dag(AdTree tree) {
    nodes = tree.nodes();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }
    root = index.get(tree.root());
    int n = nodes.size();
    children = new int[n][];
    counter = new int[n];
    parentCount = new int[n];
    for (int i = 0; i < n; i++) {
      AdNode node = nodes.get(i);
      children[i] = node.children().stream().mapToInt(index::get).toArray();
      counter[i] = node.counter().map(index::get).orElse(-1);
      for (int c : children[i]) {
        parentCount[c]++;
      }
      if (counter[i] >= 0) {
        parentCount[counter[i]]++;
      }
    }
    order = topological(root);
  }

  int size() {
    return nodes.size();
  }

  /** The nodes reachable from {@code from}, parents before children (Kahn on the sub-DAG). */
  int[] topological(int from) {
    int[] incoming = new int[size()];
    boolean[] inside = new boolean[size()];
    Deque<Integer> stack = new ArrayDeque<>(List.of(from));
    inside[from] = true;
    while (!stack.isEmpty()) {
      for (int s : successors(stack.pop())) {
        incoming[s]++;
        if (!inside[s]) {
          inside[s] = true;
          stack.push(s);
        }
      }
    }
    List<Integer> sorted = new ArrayList<>();
    Deque<Integer> ready = new ArrayDeque<>(List.of(from));
    while (!ready.isEmpty()) {
      int i = ready.poll();
      sorted.add(i);
      for (int s : successors(i)) {
        if (--incoming[s] == 0) {
          ready.add(s);
        }
      }
    }
    return sorted.stream().mapToInt(Integer::intValue).toArray();
  }

  int[] successors(int i) {
    if (counter[i] < 0) {
      return children[i];
    }
    int[] all = Arrays.copyOf(children[i], children[i].length + 1);
    all[children[i].length] = counter[i];
    return all;
  }

  boolean isLeaf(int i) {
    return children[i].length == 0;
  }

  /**
   * One bottom-up pass over {@code sub} (a topological order): {@code own} gets each node's value
   * without its countermeasure, {@code value} with it. A leaf whose {@code fixed} entry is not NaN
   * takes that value instead of its attribute.
   */
  void pass(Domain domain, int[] sub, double[] fixed, double[] own, double[] value) {
    for (int k = sub.length - 1; k >= 0; k--) {
      int i = sub[k];
      AdNode node = nodes.get(i);
      double v;
      if (isLeaf(i)) {
        v = Double.isNaN(fixed[i]) ? domain.leaf(node) : fixed[i];
      } else {
        int[] c = children[i];
        v = value[c[0]];
        boolean and = node.refinement().orElseThrow() == Refinement.AND;
        for (int j = 1; j < c.length; j++) {
          v =
              and
                  ? domain.and(node.role(), v, value[c[j]])
                  : domain.or(node.role(), v, value[c[j]]);
        }
      }
      own[i] = v;
      value[i] = counter[i] < 0 ? v : domain.counter(node.role(), v, value[counter[i]]);
    }
  }

  /** A fresh array of "not fixed". */
  double[] unfixed() {
    double[] fixed = new double[size()];
    Arrays.fill(fixed, Double.NaN);
    return fixed;
  }
}
