package dev.bulwark.report.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Golden;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagrams of the examples and of the hostile model, byte for byte, in every format: the golden
 * files under src/test/resources/golden/diagram were read and reviewed when written.
 */
class DiagramGoldenTest {
  static List<String> examples() {
    return ReportFixtures.EXAMPLES;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void dataFlowSvg(String name) {
    List<Diagram> diagrams = Diagrams.dataFlow(Digests.example(name), DiagramOptions.DEFAULTS);
    assertThat(diagrams).singleElement().extracting(Diagram::id).isEqualTo("dfd");
    Golden.assertMatches("diagram/" + name + ".svg", diagrams.getFirst().svg());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void dataAssetSvg(String name) {
    Diagram diagram = Diagrams.dataAssets(Digests.example(name), DiagramOptions.DEFAULTS);
    assertThat(diagram.kind()).isEqualTo(Diagram.Kind.DATA_ASSETS);
    Golden.assertMatches("diagram/" + name + "-data.svg", diagram.svg());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void dot(String name) {
    Golden.assertMatches(
        "diagram/" + name + ".dot", new DotReport().renderToString(Digests.example(name)));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void mermaid(String name) {
    Golden.assertMatches(
        "diagram/" + name + ".mmd", new MermaidReport().renderToString(Digests.example(name)));
  }

  @Test
  void splitDiagramsOfTheOnlineShop() {
    Digest digest = Digests.example("online-shop");
    List<Diagram> diagrams =
        Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS.withSplitAbove(20).withIdPrefix("shop"));
    assertThat(diagrams.getFirst().id()).isEqualTo("shop-overview");
    assertThat(diagrams.getFirst().kind()).isEqualTo(Diagram.Kind.OVERVIEW);
    Golden.assertMatches("diagram/online-shop-overview.svg", diagrams.getFirst().svg());
    Diagram appSubnet =
        diagrams.stream()
            .filter(d -> d.id().equals("shop-zone-app-subnet"))
            .findFirst()
            .orElseThrow();
    assertThat(appSubnet.kind()).isEqualTo(Diagram.Kind.ZONE);
    Golden.assertMatches("diagram/online-shop-zone-app-subnet.svg", appSubnet.svg());
  }

  @Test
  void dataMatrixOfTheOnlineShop() {
    Diagram matrix =
        Diagrams.dataAssets(
            Digests.example("online-shop"),
            DiagramOptions.DEFAULTS.withDataLimits(0, 0).withMatrixLimits(12, 6));
    assertThat(matrix.kind()).isEqualTo(Diagram.Kind.DATA_MATRIX);
    assertThat(matrix.notes()).hasSize(2);
    Golden.assertMatches("diagram/online-shop-matrix.svg", matrix.svg());
  }

  @Test
  void hostileModel() {
    Digest hostile = Digests.hostile();
    Golden.assertMatches(
        "diagram/hostile.svg",
        Diagrams.dataFlow(hostile, DiagramOptions.DEFAULTS).getFirst().svg());
    Golden.assertMatches("diagram/hostile.dot", new DotReport().renderToString(hostile));
    Golden.assertMatches("diagram/hostile.mmd", new MermaidReport().renderToString(hostile));
  }
}
