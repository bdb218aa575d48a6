package dev.bulwark.analysis.paths;

import java.util.Arrays;

/**
 * A directed multigraph with non-negative integer edge costs, nodes {@code 0..n-1}. Edges are
 * numbered in the order they were added; that number is the last tie-breaker between paths, so
 * callers add edges in a documented order. Immutable.
 */
final class Graph {
  private final int nodes;
  private final int[] from;
  private final int[] to;
  private final int[] cost;
  private final int[] steps;
  private final int[][] out;

  private Graph(int nodes, int[] from, int[] to, int[] cost, int[] steps, boolean[] dropped) {
    this.nodes = nodes;
    this.from = from;
    this.to = to;
    this.cost = cost;
    this.steps = steps;
    int[] degree = new int[nodes];
    for (int e = 0; e < from.length; e++) {
      if (!dropped[e]) {
        degree[from[e]]++;
      }
    }
    out = new int[nodes][];
    for (int v = 0; v < nodes; v++) {
      out[v] = new int[degree[v]];
    }
    int[] filled = new int[nodes];
    for (int e = 0; e < from.length; e++) {
      if (!dropped[e]) {
        out[from[e]][filled[from[e]]++] = e;
      }
    }
  }

  int nodes() {
    return nodes;
  }

  int edges() {
    return from.length;
  }

  int from(int edge) {
    return from[edge];
  }

  int to(int edge) {
    return to[edge];
  }

  int cost(int edge) {
    return cost[edge];
  }

  /** 1 for an edge that is a step of an attack path, 0 for one that only joins the ends on. */
  int steps(int edge) {
    return steps[edge];
  }

  /** The edges leaving a node, in ascending number. */
  int[] out(int node) {
    return out[node];
  }

  /** The same graph without the edges the filter refuses; edge numbers stay the same. */
  Graph without(EdgeFilter refused) {
    boolean[] dropped = new boolean[from.length];
    for (int e = 0; e < from.length; e++) {
      dropped[e] = refused.test(from[e], to[e]);
    }
    return new Graph(nodes, from, to, cost, steps, dropped);
  }

  /** Which edges to leave out, by their ends. */
  @FunctionalInterface
  interface EdgeFilter {
    boolean test(int from, int to);
  }

  /** Collects edges; {@link #add} returns each edge's number. */
  static final class Builder {
    private final int nodes;
    private int size;
    private int[] from;
    private int[] to;
    private int[] cost;
    private int[] steps;

    Builder(int nodes) {
      this(nodes, 0, new int[16], new int[16], new int[16], new int[16]);
    }

    private Builder(int nodes, int size, int[] from, int[] to, int[] cost, int[] steps) {
      this.nodes = nodes;
      this.size = size;
      this.from = from;
      this.to = to;
      this.cost = cost;
      this.steps = steps;
    }

    /** A builder that starts with this one's edges; adding to either leaves the other as it is. */
    Builder copy() {
      int room = size + 16;
      return new Builder(
          nodes,
          size,
          Arrays.copyOf(from, room),
          Arrays.copyOf(to, room),
          Arrays.copyOf(cost, room),
          Arrays.copyOf(steps, room));
    }

    /** A step: an edge that counts towards a route's length. */
    int add(int from, int to, int cost) {
      return add(from, to, cost, 1);
    }

    /**
     * An edge of 0 or 1 steps. An edge of 0 steps must leave the start or enter the end of every
     * search (so that it never stands between two labelled nodes), which the callers ensure.
     */
    int add(int from, int to, int cost, int steps) {
      if (from < 0 || from >= nodes || to < 0 || to >= nodes) {
        throw new IllegalArgumentException("edge " + from + " → " + to + " outside 0.." + nodes);
      }
      if (cost < 0) {
        throw new IllegalArgumentException("a negative cost: " + cost);
      }
      if (steps != 0 && steps != 1) {
        throw new IllegalArgumentException("an edge is 0 or 1 steps, not " + steps);
      }
      if (size == this.from.length) {
        int room = size * 2;
        this.from = Arrays.copyOf(this.from, room);
        this.to = Arrays.copyOf(this.to, room);
        this.cost = Arrays.copyOf(this.cost, room);
        this.steps = Arrays.copyOf(this.steps, room);
      }
      this.from[size] = from;
      this.to[size] = to;
      this.cost[size] = cost;
      this.steps[size] = steps;
      return size++;
    }

    Graph build() {
      return new Graph(
          nodes,
          Arrays.copyOf(from, size),
          Arrays.copyOf(to, size),
          Arrays.copyOf(cost, size),
          Arrays.copyOf(steps, size),
          new boolean[size]);
    }
  }

  @Override
  public String toString() {
    return "Graph["
        + nodes
        + " nodes, "
        + from.length
        + " edges, out "
        + Arrays.deepToString(out)
        + "]";
  }
}
