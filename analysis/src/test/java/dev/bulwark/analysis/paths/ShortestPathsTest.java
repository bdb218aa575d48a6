package dev.bulwark.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Yen's algorithm against enumerating every simple path, on small random multigraphs with zero
 * costs, self-loops, parallel edges and many ties (costs 0–2): the k routes must be exactly the
 * first k in {@link Route#ORDER}.
 */
class ShortestPathsTest {

  @Property(tries = 2000)
  void yenReturnsTheFirstKSimplePathsInOrder(
      @ForAll("graphs") RandomGraph random, @ForAll @IntRange(min = 1, max = 8) int k) {
    Graph graph = random.graph();
    int sink = graph.nodes() - 1;
    List<Route> all = bruteForce(graph, 0, sink);
    ShortestPaths.Result result = ShortestPaths.yen(graph, 0, sink, k, new Budget(1_000_000));
    assertThat(result.complete()).isTrue();
    assertThat(result.routes())
        .as("%s, k=%d", graph, k)
        .containsExactlyElementsOf(all.subList(0, Math.min(k, all.size())));
    for (Route route : result.routes()) {
      assertThat(route.cost()).isEqualTo(Arrays.stream(route.edges()).map(graph::cost).sum());
    }
  }

  @Property(tries = 1000)
  void dijkstraFindsTheLeastRoute(@ForAll("graphs") RandomGraph random) {
    Graph graph = random.graph();
    int sink = graph.nodes() - 1;
    List<Route> all = bruteForce(graph, 0, sink);
    assertThat(
            ShortestPaths.dijkstra(
                graph,
                0,
                sink,
                new boolean[graph.nodes()],
                new boolean[graph.edges()],
                new Budget(1_000_000)))
        .isEqualTo(all.stream().findFirst());
  }

  @Test
  void tiesGoToFewerEdgesThenToLowerEdgeNumbers() {
    Graph.Builder builder = new Graph.Builder(4);
    int high = builder.add(0, 3, 4); // 0: one edge, cost 4
    int viaOneA = builder.add(0, 1, 2); // 1
    int viaTwoA = builder.add(0, 2, 2); // 2
    int viaOneB = builder.add(1, 3, 2); // 3
    int viaTwoB = builder.add(2, 3, 2); // 4
    Graph graph = builder.build();
    List<Route> routes = ShortestPaths.yen(graph, 0, 3, 3, new Budget(1000)).routes();
    assertThat(routes)
        .containsExactly(
            new Route(new int[] {high}, 4, 1),
            new Route(new int[] {viaOneA, viaOneB}, 4, 2),
            new Route(new int[] {viaTwoA, viaTwoB}, 4, 2));
  }

  @Test
  void dijkstraBreaksTiesByEdgeNumbersNotByWhichNodeItSettledFirst() {
    // Node 1 is settled before node 2, but the route through node 2 starts with the lower edge.
    Graph.Builder builder = new Graph.Builder(4);
    int toTwo = builder.add(0, 2, 1);
    int toOne = builder.add(0, 1, 1);
    int oneToSink = builder.add(1, 3, 1);
    int twoToSink = builder.add(2, 3, 1);
    List<Route> routes = ShortestPaths.yen(builder.build(), 0, 3, 2, new Budget(1000)).routes();
    assertThat(routes)
        .containsExactly(
            new Route(new int[] {toTwo, twoToSink}, 2, 2),
            new Route(new int[] {toOne, oneToSink}, 2, 2));
  }

  @Test
  void edgesOfNoStepsDoNotMakeARouteLonger() {
    // 0 → 1 is a free entry (no step), 1 → 3 a step; 0 → 2 → 3 is two steps of the same cost.
    Graph.Builder builder = new Graph.Builder(4);
    int twoA = builder.add(0, 2, 0);
    int entry = builder.add(0, 1, 0, 0);
    int twoB = builder.add(2, 3, 2);
    int one = builder.add(1, 3, 2);
    List<Route> routes = ShortestPaths.yen(builder.build(), 0, 3, 2, new Budget(1000)).routes();
    assertThat(routes)
        .containsExactly(
            new Route(new int[] {entry, one}, 2, 1), new Route(new int[] {twoA, twoB}, 2, 2));
  }

  @Test
  void parallelEdgesAreDifferentRoutes() {
    Graph.Builder builder = new Graph.Builder(2);
    builder.add(0, 1, 3);
    builder.add(0, 1, 1);
    List<Route> routes = ShortestPaths.yen(builder.build(), 0, 1, 5, new Budget(1000)).routes();
    assertThat(routes)
        .containsExactly(new Route(new int[] {1}, 1, 1), new Route(new int[] {0}, 3, 1));
  }

  @Test
  void anUnreachableSinkHasNoRoute() {
    Graph.Builder builder = new Graph.Builder(3);
    builder.add(0, 1, 1);
    builder.add(2, 1, 1);
    ShortestPaths.Result result = ShortestPaths.yen(builder.build(), 0, 2, 3, new Budget(1000));
    assertThat(result.routes()).isEmpty();
    assertThat(result.complete()).isTrue();
  }

  @Test
  void theBudgetStopsTheSearchAndSaysSo() {
    // A chain of 50 nodes: one route, but finding it settles 50 nodes.
    Graph.Builder builder = new Graph.Builder(50);
    for (int i = 0; i < 49; i++) {
      builder.add(i, i + 1, 1);
    }
    Graph graph = builder.build();
    Budget small = new Budget(10);
    ShortestPaths.Result cut = ShortestPaths.yen(graph, 0, 49, 3, small);
    assertThat(cut.routes()).isEmpty();
    assertThat(cut.complete()).isFalse();
    assertThat(small.spent()).isEqualTo(10);
    ShortestPaths.Result whole = ShortestPaths.yen(graph, 0, 49, 3, new Budget(10_000));
    assertThat(whole.routes()).hasSize(1);
    assertThat(whole.complete()).isTrue();
  }

  /** Every simple path from source to sink, in route order. */
  static List<Route> bruteForce(Graph graph, int source, int sink) {
    List<Route> routes = new ArrayList<>();
    boolean[] visited = new boolean[graph.nodes()];
    visited[source] = true;
    walk(graph, source, sink, visited, new ArrayList<>(), 0, 0, routes);
    routes.sort(Route.ORDER);
    return routes;
  }

  private static void walk(
      Graph graph,
      int at,
      int sink,
      boolean[] visited,
      List<Integer> edges,
      int cost,
      int steps,
      List<Route> routes) {
    if (at == sink) {
      routes.add(new Route(edges.stream().mapToInt(Integer::intValue).toArray(), cost, steps));
      return;
    }
    for (int e : graph.out(at)) {
      int next = graph.to(e);
      if (!visited[next]) {
        visited[next] = true;
        edges.add(e);
        walk(
            graph,
            next,
            sink,
            visited,
            edges,
            cost + graph.cost(e),
            steps + graph.steps(e),
            routes);
        edges.remove(edges.size() - 1);
        visited[next] = false;
      }
    }
  }

  /**
   * A small multigraph as a list of edges, nodes 0..n-1. As in attack graphs, edges that leave node
   * 0 or enter the last node may be of no steps.
   */
  record RandomGraph(int nodes, List<int[]> edges) {
    Graph graph() {
      Graph.Builder builder = new Graph.Builder(nodes);
      edges.forEach(e ->
          builder.add(e[0], e[1], e[2], e[3] == 0 && (e[0] == 0 || e[1] == nodes - 1) ? 0 : 1));
      return builder.build();
    }

    @Override
    public String toString() {
      return nodes + " nodes " + edges.stream().map(Arrays::toString).toList();
    }
  }

  @Provide
  Arbitrary<RandomGraph> graphs() {
    return Arbitraries.integers()
        .between(2, 7)
        .flatMap(n ->
            Combinators.combine(
                    Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(0, 2),
                    Arbitraries.integers().between(0, 1))
                .as((from, to, cost, steps) -> new int[] {from, to, cost, steps})
                .list()
                .ofMaxSize(4 * n)
                .map(edges -> new RandomGraph(n, edges)));
  }
}
