package dev.bulwark.analysis.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Yen's k shortest loopless paths over Dijkstra, in the total order of {@link Route#ORDER}.
 * Dijkstra compares labels (cost, steps, then the edge numbers from the start), an order that
 * survives extending a path by an edge, so every search returns the least route in that order and
 * Yen's algorithm returns exactly the first k simple routes. Labels settle in (cost, steps, node)
 * order; an edge of 0 steps only leaves the start or enters the end (the highest node), so no
 * settled label can be bettered.
 */
final class ShortestPaths {
  private ShortestPaths() {}

  /** The routes found, best first, and whether the budget let the search finish. */
  record Result(List<Route> routes, boolean complete) {
    Result {
      routes = List.copyOf(routes);
    }
  }

  static Result yen(Graph graph, int source, int sink, int k, Budget budget) {
    Search search = new Search(graph, budget);
    Optional<Route> first = search.run(source, sink);
    if (first.isEmpty()) {
      return new Result(List.of(), !budget.exhausted());
    }
    List<Route> found = new ArrayList<>(List.of(first.get()));
    Set<Route> seen = new HashSet<>(found);
    TreeSet<Route> candidates = new TreeSet<>(Route.ORDER);
    while (found.size() < k) {
      Route last = found.get(found.size() - 1);
      int rootCost = 0;
      int rootSteps = 0;
      for (int j = 0; j < last.length(); j++) {
        int spur = graph.from(last.edge(j));
        search.clearBans();
        for (Route route : found) {
          if (route.length() > j && route.startsLike(last, j)) {
            search.banEdge(route.edge(j));
          }
        }
        for (int i = 0; i < j; i++) {
          search.banNode(graph.from(last.edge(i)));
        }
        Optional<Route> tail = search.run(spur, sink);
        if (budget.exhausted()) {
          return new Result(found, false);
        }
        if (tail.isPresent()) {
          int[] edges = new int[j + tail.get().length()];
          System.arraycopy(last.edges(), 0, edges, 0, j);
          System.arraycopy(tail.get().edges(), 0, edges, j, tail.get().length());
          Route candidate =
              new Route(edges, rootCost + tail.get().cost(), rootSteps + tail.get().steps());
          if (!seen.contains(candidate)) {
            candidates.add(candidate);
          }
        }
        rootCost += graph.cost(last.edge(j));
        rootSteps += graph.steps(last.edge(j));
      }
      if (candidates.isEmpty()) {
        break;
      }
      Route next = candidates.pollFirst();
      found.add(next);
      seen.add(next);
    }
    return new Result(found, true);
  }

  /**
   * The least route from source to sink avoiding the banned nodes and edges; empty when there is
   * none or the budget ran out (then {@link Budget#exhausted()} tells which).
   */
  static Optional<Route> dijkstra(
      Graph graph,
      int source,
      int sink,
      boolean[] bannedNodes,
      boolean[] bannedEdges,
      Budget budget) {
    Search search = new Search(graph, budget);
    for (int v = 0; v < bannedNodes.length; v++) {
      if (bannedNodes[v]) {
        search.banNode(v);
      }
    }
    for (int e = 0; e < bannedEdges.length; e++) {
      if (bannedEdges[e]) {
        search.banEdge(e);
      }
    }
    return search.run(source, sink);
  }

  /**
   * Dijkstra's working arrays, kept across the many searches of one Yen run. A search touches only
   * what it reaches (it stops at the sink), so instead of clearing every array each entry carries
   * the number of the search (or of the set of bans) that wrote it.
   */
  private static final class Search {
    private final Graph graph;
    private final Budget budget;
    private final int[] cost;
    private final int[] hops;
    private final int[] pred;
    private final int[] written;
    private final int[] settled;
    private final int[] bannedNode;
    private final int[] bannedEdge;
    private int run;
    private int bans = 1;

    Search(Graph graph, Budget budget) {
      this.graph = graph;
      this.budget = budget;
      int n = graph.nodes();
      cost = new int[n];
      hops = new int[n];
      pred = new int[n];
      written = new int[n];
      settled = new int[n];
      bannedNode = new int[n];
      bannedEdge = new int[graph.edges()];
    }

    void clearBans() {
      bans++;
    }

    void banNode(int node) {
      bannedNode[node] = bans;
    }

    void banEdge(int edge) {
      bannedEdge[edge] = bans;
    }

    Optional<Route> run(int source, int sink) {
      run++;
      write(source, 0, 0, -1);
      PriorityQueue<int[]> queue =
          new PriorityQueue<>((a, b) ->
              a[0] != b[0]
                  ? Integer.compare(a[0], b[0])
                  : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
      queue.add(new int[] {0, 0, source});
      while (!queue.isEmpty()) {
        int[] entry = queue.poll();
        int u = entry[2];
        if (settled[u] == run || entry[0] != cost[u] || entry[1] != hops[u]) {
          continue;
        }
        if (!budget.take()) {
          return Optional.empty();
        }
        settled[u] = run;
        if (u == sink) {
          return Optional.of(new Route(chain(u, -1), cost[u], hops[u]));
        }
        for (int e : graph.out(u)) {
          int v = graph.to(e);
          if (bannedEdge[e] == bans || bannedNode[v] == bans || settled[v] == run) {
            continue;
          }
          // Costs are bounded by the caller (a step at most a few dozen tenths): no overflow.
          int c = cost[u] + graph.cost(e);
          int h = hops[u] + graph.steps(e);
          boolean known = written[v] == run;
          boolean better =
              !known
                  || c < cost[v]
                  || (c == cost[v] && h < hops[v])
                  || (c == cost[v]
                      && h == hops[v]
                      && Arrays.compare(chain(u, e), chain(v, -1)) < 0);
          if (better) {
            boolean queued = known && c == cost[v] && h == hops[v];
            write(v, c, h, e);
            if (!queued) {
              queue.add(new int[] {c, h, v});
            }
          }
        }
      }
      return Optional.empty();
    }

    private void write(int node, int c, int h, int edge) {
      cost[node] = c;
      hops[node] = h;
      pred[node] = edge;
      written[node] = run;
    }

    /** The edges from the search's start to the node, then {@code last} if it is an edge. */
    private int[] chain(int node, int last) {
      int length = last >= 0 ? 1 : 0;
      for (int v = node; pred[v] >= 0; v = graph.from(pred[v])) {
        length++;
      }
      int[] edges = new int[length];
      int i = length - 1;
      if (last >= 0) {
        edges[i--] = last;
      }
      for (int v = node; pred[v] >= 0; v = graph.from(pred[v])) {
        edges[i--] = pred[v];
      }
      return edges;
    }
  }
}
