package dev.bulwark.report.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout keeps shapes on the canvas, inside their zone and clear of each other, whether ELK
 * or the grid made it; the same holds in the SVG written from it, read back as XML.
 */
class GeometryTest {
  static List<String> examples() {
    return ReportFixtures.EXAMPLES;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void wholeDiagramOfEachExample(String name) {
    Digest digest = Digests.example(name);
    SystemView view = digest.input().view();
    Graph graph = FlowGraphs.whole(view, digest.elementSeverity());
    LayoutCheck.assertSound(graph, ElkLayout.layout(graph));
    LayoutCheck.assertSound(graph, GridLayout.layout(graph));

    List<Diagram> diagrams = Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS);
    assertThat(diagrams).singleElement().extracting(Diagram::layout).isEqualTo(Diagram.Layout.ELK);
    SvgCheck.assertGeometry(diagrams.getFirst().svg(), view.nodes().size());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void overviewAndZoneDiagramsOfEachExample(String name) {
    Digest digest = Digests.example(name);
    SystemView view = digest.input().view();
    List<Graph> graphs = splitGraphs(view, digest.elementSeverity());
    for (Graph graph : graphs) {
      LayoutCheck.assertSound(graph, ElkLayout.layout(graph));
      LayoutCheck.assertSound(graph, GridLayout.layout(graph));
    }
    List<Diagram> diagrams = Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS.withSplitAbove(10));
    assertThat(diagrams).hasSameSizeAs(graphs);
    for (int i = 0; i < graphs.size(); i++) {
      SvgCheck.assertGeometry(diagrams.get(i).svg(), graphs.get(i).vertices().size());
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void dataAssetDiagramOfEachExample(String name) {
    SystemView view = Digests.example(name).input().view();
    Graph graph = DataGraphs.graph(view, DataGraphs.uses(view));
    LayoutCheck.assertSound(graph, ElkLayout.layout(graph));
    Diagram diagram = Diagrams.dataAssets(view, DiagramOptions.DEFAULTS);
    assertThat(diagram.kind()).isEqualTo(Diagram.Kind.DATA_ASSETS);
    SvgCheck.assertGeometry(diagram.svg(), graph.vertices().size());
  }

  @Test
  void largeModelDiagramsAreSoundInTheGridAndInTheSvg() {
    Model model = TestModels.large(1_000, 7);
    SystemView view = SystemView.of(model);
    Map<String, Severity> severity = TestModels.severities(model, 7);
    List<Graph> graphs = splitGraphs(view, severity);
    for (Graph graph : graphs) {
      LayoutCheck.assertSound(graph, GridLayout.layout(graph));
    }
    List<Diagram> diagrams = Diagrams.dataFlow(view, severity, DiagramOptions.DEFAULTS);
    assertThat(diagrams).hasSameSizeAs(graphs);
    for (int i = 0; i < graphs.size(); i++) {
      assertThat(diagrams.get(i).layout()).isEqualTo(Diagram.Layout.GRID);
      SvgCheck.assertGeometry(diagrams.get(i).svg(), graphs.get(i).vertices().size());
    }
  }

  @Test
  void midSizeModelZoneDiagramsAreLaidOutByElkAndSound() {
    Model model = TestModels.large(120, 11);
    SystemView view = SystemView.of(model);
    Map<String, Severity> severity = TestModels.severities(model, 11);
    List<Graph> graphs = splitGraphs(view, severity);
    for (Graph graph : graphs) {
      LayoutCheck.assertSound(graph, ElkLayout.layout(graph));
    }
    List<Diagram> diagrams = Diagrams.dataFlow(view, severity, DiagramOptions.DEFAULTS);
    assertThat(diagrams).extracting(Diagram::layout).containsOnly(Diagram.Layout.ELK);
    for (int i = 0; i < graphs.size(); i++) {
      SvgCheck.assertGeometry(diagrams.get(i).svg(), graphs.get(i).vertices().size());
    }
  }

  @Test
  void oneHugeZoneStillGetsAGridDiagram() {
    List<Zone> zones = List.of(TestModels.zone("big", 50, ZoneKind.NETWORK, Optional.empty()));
    Model seed = TestModels.large(3_000, 3);
    Model oneZone =
        TestModels.model(
            "one-zone",
            zones,
            List.of(),
            seed.components().stream()
                .map(c ->
                    TestModels.component(
                        c.id(),
                        c.kind(),
                        Optional.of("big"),
                        c.technology(),
                        c.stores(),
                        c.processes()))
                .toList(),
            seed.data(),
            seed.flows().stream().filter(f -> f.from().startsWith("component")).toList());
    SystemView view = SystemView.of(oneZone);
    Graph graph =
        FlowGraphs.zone(
            view, FlowGraphs.Index.of(view), Optional.of(zones.getFirst()), Map.of(), true);
    assertThat(graph.vertices()).hasSize(3_000);
    LayoutCheck.assertSound(graph, GridLayout.layout(graph));
    List<Diagram> diagrams = Diagrams.dataFlow(view, Map.of(), DiagramOptions.DEFAULTS);
    assertThat(diagrams)
        .extracting(Diagram::kind)
        .containsExactly(Diagram.Kind.OVERVIEW, Diagram.Kind.ZONE);
    assertThat(diagrams.get(1).layout()).isEqualTo(Diagram.Layout.GRID);
    assertThat(diagrams.get(1).notes()).anyMatch(n -> n.startsWith("Laid out as a grid"));
    SvgCheck.assertGeometry(diagrams.get(1).svg(), 3_000);
  }

  @Property(tries = 60)
  void randomModelsLayOutSoundly(
      @ForAll @IntRange(min = 0, max = 6) int zones,
      @ForAll @IntRange(min = 0, max = 4) int actors,
      @ForAll @IntRange(min = 0, max = 14) int components,
      @ForAll @IntRange(min = 0, max = 30) int flows,
      @ForAll @IntRange(min = 0, max = 4) int data,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Model model =
        TestModels.random(new TestModels.Spec(zones, actors, components, flows, data, seed));
    SystemView view = SystemView.of(model);
    Map<String, Severity> severity = TestModels.severities(model, seed);
    Graph whole = FlowGraphs.whole(view, severity);
    LayoutCheck.assertSound(whole, ElkLayout.layout(whole));
    LayoutCheck.assertSound(whole, GridLayout.layout(whole));
    for (Graph graph : splitGraphs(view, severity)) {
      LayoutCheck.assertSound(graph, ElkLayout.layout(graph));
    }
    Graph dataGraph = DataGraphs.graph(view, DataGraphs.uses(view));
    LayoutCheck.assertSound(dataGraph, ElkLayout.layout(dataGraph));
    List<Diagram> diagrams = Diagrams.dataFlow(view, severity, DiagramOptions.DEFAULTS);
    SvgCheck.assertGeometry(diagrams.getFirst().svg(), view.nodes().size());
  }

  /** The graphs {@link Diagrams} draws for a model it splits, in the same order. */
  static List<Graph> splitGraphs(SystemView view, Map<String, Severity> severity) {
    List<Graph> graphs = new ArrayList<>();
    graphs.add(FlowGraphs.overview(view, severity, DiagramOptions.DEFAULTS.overviewMaxLinks()));
    FlowGraphs.Index index = FlowGraphs.Index.of(view);
    for (Zone zone : Elements.zonesInOrder(view)) {
      if (index.direct().containsKey(zone.id())) {
        graphs.add(
            FlowGraphs.zone(
                view,
                index,
                Optional.of(zone),
                severity,
                view.nodes().size() > DiagramOptions.DEFAULTS.elkMaxElements()));
      }
    }
    if (index.direct().containsKey(FlowGraphs.NO_ZONE)) {
      graphs.add(
          FlowGraphs.zone(
              view,
              index,
              Optional.empty(),
              severity,
              view.nodes().size() > DiagramOptions.DEFAULTS.elkMaxElements()));
    }
    return graphs;
  }
}
