package dev.bulwark.analysis.adtree;

import java.util.ArrayList;
import java.util.List;

/**
 * Which leaves the cheapest attack carries out: a pass of {@link Domain#MIN_COST} (with the shared
 * leaves the exact evaluation chose set as already paid), then down from the root following the
 * choices that gave each value. At an attacker's OR the cheapest child (the first on a tie); at an
 * AND every child; a countermeasure must be passed. A defence is passed through its counter-attack
 * when that is cheaper than the defence itself, else through its children: all of a defender's OR,
 * the cheapest of a defender's AND; a defence that is not in place costs nothing to pass.
 */
final class Witness {
  private final Dag dag;
  private final double[] own;
  private final double[] value;
  private final boolean[] visited;
  private final boolean[] leaves;

  private Witness(Dag dag) {
    this.dag = dag;
    own = new double[dag.size()];
    value = new double[dag.size()];
    visited = new boolean[dag.size()];
    leaves = new boolean[dag.size()];
  }

  static CheapestAttack cheapest(Dag dag, int[] performed, double cost) {
    Witness w = new Witness(dag);
    double[] fixed = dag.unfixed();
    for (int i : performed) {
      fixed[i] = 0;
    }
    dag.pass(Domain.MIN_COST, dag.order, fixed, w.own, w.value);
    w.attack(dag.root);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < dag.size(); i++) {
      if (w.leaves[i]) {
        ids.add(dag.nodes.get(i).id());
      }
    }
    return new CheapestAttack(cost, ids);
  }

  private void attack(int i) {
    if (visited[i]) {
      return;
    }
    visited[i] = true;
    int[] children = dag.children[i];
    if (children.length == 0) {
      leaves[i] = true;
    } else if (dag.nodes.get(i).refinement().orElseThrow() == Refinement.OR) {
      attack(cheapest(children));
    } else {
      for (int c : children) {
        attack(c);
      }
    }
    if (dag.counter[i] >= 0) {
      pass(dag.counter[i]);
    }
  }

  private void pass(int d) {
    if (visited[d]) {
      return;
    }
    visited[d] = true;
    int counter = dag.counter[d];
    if (counter >= 0 && value[counter] < own[d]) {
      attack(counter);
      return;
    }
    int[] children = dag.children[d];
    if (children.length == 0) {
      return;
    }
    if (dag.nodes.get(d).refinement().orElseThrow() == Refinement.OR) {
      for (int c : children) {
        pass(c);
      }
    } else {
      pass(cheapest(children));
    }
  }

  private int cheapest(int[] children) {
    int best = children[0];
    for (int c : children) {
      if (value[c] < value[best]) {
        best = c;
      }
    }
    return best;
  }
}
