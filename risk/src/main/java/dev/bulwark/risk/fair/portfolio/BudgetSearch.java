package dev.bulwark.risk.fair.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The set of mitigations with the largest expected reduction within a budget. A mitigation
 * multiplies the mean loss of each scenario it applies to by its mean multiplier, so a set S leaves
 * scenario s with base(s)·∏ multiplier(m) over the m in S that apply to s, and reduces the total by
 * R(S) = Σ base(s)·(1 − ∏ multiplier(m)).
 *
 * <p>R is monotone and submodular (a mitigation saves less once others have cut the same scenario),
 * so the gains of the remaining mitigations at the current set, filled fractionally into the
 * remaining budget, bound every extension of it. Up to {@link #EXACT_LIMIT} candidates the search
 * is exhaustive with that bound (branch and bound); beyond, it is greedy by gain per cost, compared
 * with the best single mitigation (which keeps it within half of the best).
 */
final class BudgetSearch {
  /** Up to this many candidates the search is exact. */
  static final int EXACT_LIMIT = 25;

  /** An exact search stops after this many nodes and says it was not exhaustive. */
  static final long NODE_LIMIT = 20_000_000;

  /**
   * The problem.
   *
   * @param base each scenario's expected loss before any candidate
   * @param applies for each candidate, the scenarios it applies to
   * @param multiplier for each candidate, the factor it multiplies those scenarios' means by
   * @param cost for each candidate, its first-year cost (not negative)
   */
  record Problem(double[] base, int[][] applies, double[] multiplier, long[] cost, long budget) {
    Problem {
      Objects.requireNonNull(base, "base");
      if (applies.length != multiplier.length || applies.length != cost.length) {
        throw new IllegalArgumentException("one applies, multiplier and cost per candidate");
      }
      if (budget < 0) {
        throw new IllegalArgumentException("the budget cannot be negative, got " + budget);
      }
    }

    int candidates() {
      return cost.length;
    }
  }

  /**
   * The best set found.
   *
   * @param chosen candidate indices, ascending
   * @param exact whether the search was exhaustive
   * @param searched nodes (exact) or evaluations (greedy)
   */
  record Result(int[] chosen, double value, long cost, boolean exact, long searched) {}

  private final Problem p;
  private final double[] remaining;
  private int[] order;
  private boolean[] inSet;
  private double bestValue;
  private long bestCost;
  private boolean[] best;
  private long nodes;
  private boolean stopped;

  private BudgetSearch(Problem p) {
    this.p = p;
    this.remaining = p.base().clone();
  }

  static Result solve(Problem p) {
    return solve(p, EXACT_LIMIT);
  }

  /** Exact up to {@code exactLimit} affordable candidates, greedy beyond. */
  static Result solve(Problem p, int exactLimit) {
    return new BudgetSearch(p).run(exactLimit);
  }

  /** R(S): the expected reduction of the set. */
  static double value(Problem p, int[] set) {
    double[] left = p.base().clone();
    for (int m : set) {
      for (int s : p.applies()[m]) {
        left[s] *= p.multiplier()[m];
      }
    }
    double value = 0;
    for (int s = 0; s < left.length; s++) {
      value += p.base()[s] - left[s];
    }
    return value;
  }

  private Result run(int exactLimit) {
    inSet = new boolean[p.candidates()];
    List<Integer> paid = new ArrayList<>();
    double free = 0;
    for (int m = 0; m < p.candidates(); m++) {
      if (p.cost()[m] == 0) {
        free += add(m);
      } else if (p.cost()[m] <= p.budget()) {
        paid.add(m);
      }
    }
    bestValue = free;
    bestCost = 0;
    best = inSet.clone();
    int[] candidates = paid.stream().mapToInt(Integer::intValue).toArray();
    if (candidates.length <= exactLimit) {
      order =
          IntStream.of(candidates)
              .boxed()
              .sorted(
                  Comparator.comparingDouble((Integer m) -> -gain(m) / p.cost()[m])
                      .thenComparingInt(m -> m))
              .mapToInt(Integer::intValue)
              .toArray();
      branch(0, free, 0);
      return result(!stopped);
    }
    greedy(candidates, free);
    return result(false);
  }

  private void branch(int depth, double value, long used) {
    if (++nodes > NODE_LIMIT) {
      stopped = true;
      return;
    }
    consider(value, used);
    if (depth == order.length
        || value + bound(depth, p.budget() - used) <= bestValue + tolerance(bestValue)) {
      return;
    }
    int m = order[depth];
    if (p.cost()[m] <= p.budget() - used) {
      int[] scenarios = p.applies()[m];
      double[] saved = new double[scenarios.length];
      for (int j = 0; j < scenarios.length; j++) {
        saved[j] = remaining[scenarios[j]];
      }
      double gain = add(m);
      branch(depth + 1, value + gain, used + p.cost()[m]);
      for (int j = 0; j < scenarios.length; j++) {
        remaining[scenarios[j]] = saved[j];
      }
      inSet[m] = false;
      if (stopped) {
        return;
      }
    }
    branch(depth + 1, value, used);
  }

  /**
   * An upper bound on what the candidates from {@code depth} on can still add within {@code left}:
   * their gains at the current set, taken by gain per cost, the last one in part.
   */
  private double bound(int depth, long left) {
    int n = order.length - depth;
    double[] gains = new double[n];
    Integer[] byRatio = new Integer[n];
    for (int i = 0; i < n; i++) {
      gains[i] = gain(order[depth + i]);
      byRatio[i] = i;
    }
    Arrays.sort(
        byRatio, Comparator.comparingDouble((Integer i) -> -gains[i] / p.cost()[order[depth + i]]));
    double bound = 0;
    double room = left;
    for (int i : byRatio) {
      long cost = p.cost()[order[depth + i]];
      if (cost <= room) {
        bound += gains[i];
        room -= cost;
      } else {
        bound += gains[i] * room / cost;
        break;
      }
    }
    return bound;
  }

  private void greedy(int[] candidates, double free) {
    double value = free;
    long used = 0;
    while (true) {
      int pick = -1;
      double pickRatio = 0;
      for (int m : candidates) {
        if (inSet[m] || p.cost()[m] > p.budget() - used) {
          continue;
        }
        nodes++;
        double ratio = gain(m) / p.cost()[m];
        if (ratio > pickRatio) {
          pick = m;
          pickRatio = ratio;
        }
      }
      if (pick < 0) {
        break;
      }
      used += p.cost()[pick];
      value += add(pick);
    }
    consider(value, used);
    // the best single affordable candidate (with the free ones) keeps greedy within half of optimal
    for (int m : candidates) {
      nodes++;
      boolean[] freeOnly = new boolean[inSet.length];
      for (int k = 0; k < inSet.length; k++) {
        freeOnly[k] = p.cost()[k] == 0;
      }
      freeOnly[m] = true;
      double single = value(p, indices(freeOnly));
      if (single > bestValue + tolerance(bestValue)) {
        bestValue = single;
        bestCost = p.cost()[m];
        best = freeOnly;
      }
    }
  }

  /** Adds a candidate to the current set and returns what it saved. */
  private double add(int m) {
    double gain = 0;
    for (int s : p.applies()[m]) {
      double cut = remaining[s] * (1 - p.multiplier()[m]);
      gain += cut;
      remaining[s] -= cut;
    }
    inSet[m] = true;
    return gain;
  }

  /** What a candidate would save added to the current set. */
  private double gain(int m) {
    double gain = 0;
    for (int s : p.applies()[m]) {
      gain += remaining[s] * (1 - p.multiplier()[m]);
    }
    return gain;
  }

  /** Keeps the current set if it saves more, or as much for less. */
  private void consider(double value, long used) {
    double tolerance = tolerance(bestValue);
    if (value > bestValue + tolerance || value >= bestValue - tolerance && used < bestCost) {
      bestValue = value;
      bestCost = used;
      best = inSet.clone();
    }
  }

  private static double tolerance(double value) {
    return 1e-9 * Math.max(1, Math.abs(value));
  }

  private Result result(boolean exact) {
    int[] chosen = indices(best);
    return new Result(chosen, value(p, chosen), bestCost, exact, nodes);
  }

  private static int[] indices(boolean[] set) {
    return IntStream.range(0, set.length).filter(i -> set[i]).toArray();
  }
}
