package dev.bulwark.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The builder keeps edge numbers as it grows, and a copy is independent of its original. */
class GraphBuilderTest {

  @Test
  void edgesKeepTheirNumbersPastTheFirstArrays() {
    Graph.Builder builder = new Graph.Builder(3);
    for (int e = 0; e < 40; e++) {
      assertThat(builder.add(e % 2, 2, e)).isEqualTo(e);
    }
    Graph graph = builder.build();
    assertThat(graph.edges()).isEqualTo(40);
    assertThat(graph.cost(37)).isEqualTo(37);
    assertThat(graph.from(37)).isEqualTo(1);
    assertThat(graph.out(0)).hasSize(20).startsWith(0, 2, 4);
  }

  @Test
  void aCopyGrowsWithoutChangingItsOriginal() {
    Graph.Builder base = new Graph.Builder(4);
    base.add(0, 1, 5, 0);
    base.add(1, 2, 7);
    Graph.Builder copy = base.copy();
    assertThat(copy.add(2, 3, 0, 0)).isEqualTo(2);
    base.add(1, 3, 9);
    Graph fromCopy = copy.build();
    Graph fromBase = base.build();
    assertThat(fromCopy.edges()).isEqualTo(3);
    assertThat(fromCopy.to(2)).isEqualTo(3);
    assertThat(fromCopy.cost(2)).isZero();
    assertThat(fromCopy.steps(0)).isZero();
    assertThat(fromBase.edges()).isEqualTo(3);
    assertThat(fromBase.from(2)).isEqualTo(1);
    assertThat(fromBase.cost(2)).isEqualTo(9);
  }
}
