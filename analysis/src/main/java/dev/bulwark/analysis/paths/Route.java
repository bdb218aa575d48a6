package dev.bulwark.analysis.paths;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A path in a {@link Graph} as its edge numbers, with its total cost and number of steps. Routes
 * are ordered by cost, then by fewer steps, then by their edge numbers compared one by one from the
 * start: a total order, so the k best routes are always the same routes.
 */
record Route(int[] edges, int cost, int steps) {
  static final Comparator<Route> ORDER =
      Comparator.comparingInt(Route::cost)
          .thenComparingInt(Route::steps)
          .thenComparing(Route::edges, Arrays::compare);

  Route {
    edges = edges.clone();
  }

  @Override
  public int[] edges() {
    return edges.clone();
  }

  int length() {
    return edges.length;
  }

  int edge(int index) {
    return edges[index];
  }

  /** Whether the first {@code count} edges are those of the other route. */
  boolean startsLike(Route other, int count) {
    return edges.length >= count
        && other.edges.length >= count
        && Arrays.equals(edges, 0, count, other.edges, 0, count);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Route route && Arrays.equals(edges, route.edges);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(edges);
  }

  @Override
  public String toString() {
    return Arrays.toString(edges) + " cost " + cost;
  }
}
