package dev.bulwark.report.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import dev.bulwark.report.Digest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Options are checked at once, and each limit switches what it says it switches. */
class DiagramOptionsTest {
  @Test
  void badOptionsAreRejectedWithTheRule() {
    assertThatThrownBy(() -> DiagramOptions.DEFAULTS.withIdPrefix("1abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idPrefix must be a letter");
    assertThatThrownBy(() -> DiagramOptions.DEFAULTS.withIdPrefix("a b\"><script>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DiagramOptions.DEFAULTS.withParallelism(0))
        .hasMessage("parallelism must be at least 1, was 0");
    assertThatThrownBy(() -> DiagramOptions.DEFAULTS.withSplitAbove(0))
        .hasMessage("splitAbove must be at least 1, was 0");
    assertThatThrownBy(() -> DiagramOptions.DEFAULTS.withMatrixLimits(0, 5))
        .hasMessage("matrixMaxRows must be at least 1, was 0");
  }

  @Test
  void everyIdInsideAnSvgStartsWithItsDiagramId() {
    Digest digest = Digests.example("online-shop");
    List<Diagram> diagrams =
        Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS.withSplitAbove(10).withIdPrefix("p2"));
    assertThat(diagrams)
        .extracting(Diagram::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("p2-"));
    for (Diagram d : diagrams) {
      assertThat(d.svg())
          .startsWith(
              "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" id=\"" + d.id() + "\"");
      assertThat(Pattern.compile(" id=\"([^\"]*)\"").matcher(d.svg()).results())
          .allMatch(m -> m.group(1).equals(d.id()) || m.group(1).startsWith(d.id() + "-"));
    }
  }

  @Test
  void modelsUpToTheThresholdAreOneDiagramAndLargerOnesSplit() {
    Model model = TestModels.large(100, 1);
    SystemView view = SystemView.of(model);
    int elements = view.nodes().size();
    List<Diagram> whole =
        Diagrams.dataFlow(view, Map.of(), DiagramOptions.DEFAULTS.withSplitAbove(elements));
    assertThat(whole).extracting(Diagram::kind).containsExactly(Diagram.Kind.DATA_FLOW);
    List<Diagram> split =
        Diagrams.dataFlow(view, Map.of(), DiagramOptions.DEFAULTS.withSplitAbove(elements - 1));
    long zonesWithElements =
        view.zones().stream()
            .filter(
                z -> view.nodes().stream().anyMatch(n -> n.zoneId().equals(Optional.of(z.id()))))
            .count();
    assertThat(split).hasSize(1 + (int) zonesWithElements);
    assertThat(split.getFirst().kind()).isEqualTo(Diagram.Kind.OVERVIEW);
    assertThat(split.subList(1, split.size()))
        .extracting(Diagram::kind)
        .containsOnly(Diagram.Kind.ZONE);
  }

  @Test
  void elkLimitsChooseTheGrid() {
    Digest digest = Digests.example("iot-fleet");
    assertThat(Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS).getFirst().layout())
        .isEqualTo(Diagram.Layout.ELK);
    Diagram grid =
        Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS.withElkLimits(10, 300, 200)).getFirst();
    assertThat(grid.layout()).isEqualTo(Diagram.Layout.GRID);
    assertThat(grid.notes()).singleElement().asString().startsWith("Laid out as a grid: 43 shapes");
    Diagram large =
        Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS.withElkLimits(150, 300, 30)).getFirst();
    assertThat(large.layout())
        .as("a model with more elements than elkMaxElements")
        .isEqualTo(Diagram.Layout.GRID);
    assertThat(large.notes())
        .singleElement()
        .asString()
        .startsWith("Laid out as a grid: the model's elements are beyond");
  }

  @Test
  void overviewDrawsOnlyTheBusiestZoneLinks() {
    Model model = TestModels.large(400, 2);
    SystemView view = SystemView.of(model);
    Graph all = FlowGraphs.overview(view, Map.of(), 10_000);
    Graph capped = FlowGraphs.overview(view, Map.of(), 20);
    assertThat(all.links().size()).isGreaterThan(20);
    assertThat(capped.links()).hasSize(20);
    assertThat(capped.notes())
        .containsExactly(
            "20 of "
                + all.links().size()
                + " zone-to-zone links drawn (the ones with the most flows); each zone's own"
                + " diagram shows all of its flows.");
    int least =
        capped.links().stream()
            .mapToInt(l -> Integer.parseInt(l.label().split(" ")[0]))
            .min()
            .orElseThrow();
    long busierLeftOut =
        all.links().stream()
            .filter(l -> !capped.links().contains(l))
            .filter(l -> Integer.parseInt(l.label().split(" ")[0]) > least)
            .count();
    assertThat(busierLeftOut).as("no link left out has more flows than one drawn").isZero();
  }

  @Test
  void anchorsAreSafeAndDistinct() {
    assertThat(Anchors.encode("payments/cde")).isEqualTo("payments_2f_cde");
    assertThat(Anchors.encode("a_b")).isEqualTo("a_5f_b");
    assertThat(Anchors.encode("a.b")).isNotEqualTo(Anchors.encode("a_b"));
    assertThat(Anchors.encode("zone-1")).isEqualTo("zone-1");
  }
}
