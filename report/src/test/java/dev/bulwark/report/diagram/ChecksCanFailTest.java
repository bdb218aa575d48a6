package dev.bulwark.report.diagram;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.report.diagram.Placed.Rect;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The geometry checks catch what they are meant to catch, so that passing them means something. */
class ChecksCanFailTest {
  @Test
  void overlappingNodesInTheSvgAreCaught() {
    String svg =
        Diagrams.dataFlow(Digests.example("iot-fleet"), DiagramOptions.DEFAULTS).getFirst().svg();
    // move the second node onto the first
    Matcher first =
        Pattern.compile(
                "class=\"bw-node\"><title>[^<]*</title><rect x=\"([0-9.]+)\" y=\"([0-9.]+)\"")
            .matcher(svg);
    first.find();
    String x = first.group(1);
    String y = first.group(2);
    first.find();
    String moved =
        svg.substring(0, first.start(1)) + x + "\" y=\"" + y + svg.substring(first.end(2));
    assertThatThrownBy(() -> SvgCheck.assertGeometry(moved, 31)).hasMessageContaining("overlaps");
  }

  @Test
  void aNodeOutsideTheViewBoxIsCaught() {
    String svg =
        Diagrams.dataFlow(Digests.example("iot-fleet"), DiagramOptions.DEFAULTS).getFirst().svg();
    String shrunk =
        svg.replaceFirst("viewBox=\"0 0 [0-9.]+ ", "viewBox=\"0 0 50 ")
            .replaceFirst(" width=\"[0-9.]+\"", " width=\"50\"");
    assertThatThrownBy(() -> SvgCheck.assertGeometry(shrunk, 31))
        .hasMessageContaining("inside the view box");
  }

  @Test
  void aVertexOutsideItsZoneIsCaught() {
    SystemView view = Digests.example("iot-fleet").input().view();
    Graph graph = FlowGraphs.whole(view, Map.of());
    Placed good = ElkLayout.layout(graph);
    Map<String, Rect> vertices = new HashMap<>(good.vertices());
    Graph.Vertex inZone =
        graph.vertices().stream().filter(v -> v.box().isPresent()).findFirst().orElseThrow();
    Rect r = vertices.get(inZone.key());
    vertices.put(
        inZone.key(),
        new Rect(good.width() - r.width(), good.height() - r.height(), r.width(), r.height()));
    Placed bad =
        new Placed(
            good.width(), good.height(), good.boxes(), vertices, good.links(), good.engine());
    assertThatThrownBy(() -> LayoutCheck.assertSound(graph, bad))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void overlapSweepFindsOverlaps() {
    assertThatThrownBy(() ->
            SvgCheck.assertNoOverlap(
                List.of(new Rect(0, 0, 10, 10), new Rect(50, 0, 10, 10), new Rect(5, 5, 10, 10)),
                "node"))
        .hasMessageContaining("overlaps");
  }
}
