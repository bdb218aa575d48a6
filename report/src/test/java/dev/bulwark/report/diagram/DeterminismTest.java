package dev.bulwark.report.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same model gives the same bytes: twice in a row, on one thread or two, in any map order. */
class DeterminismTest {
  static List<String> examples() {
    return ReportFixtures.EXAMPLES;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void renderingTwiceGivesTheSameOutput(String name) {
    Digest digest = Digests.example(name);
    DiagramOptions split = DiagramOptions.DEFAULTS.withSplitAbove(10);
    assertThat(Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS))
        .isEqualTo(Diagrams.dataFlow(digest, DiagramOptions.DEFAULTS));
    assertThat(Diagrams.dataFlow(digest, split.withParallelism(2)))
        .isEqualTo(Diagrams.dataFlow(digest, split.withParallelism(1)));
    assertThat(Diagrams.dataAssets(digest, DiagramOptions.DEFAULTS))
        .isEqualTo(Diagrams.dataAssets(digest, DiagramOptions.DEFAULTS));
    assertThat(new DotReport().renderToString(digest))
        .isEqualTo(new DotReport().renderToString(digest));
    assertThat(new MermaidReport().renderToString(digest))
        .isEqualTo(new MermaidReport().renderToString(digest));
  }

  @Test
  void severityMapOrderDoesNotMatter() {
    Digest digest = Digests.example("microservices-k8s");
    SystemView view = digest.input().view();
    Map<String, Severity> hashed = new HashMap<>(digest.elementSeverity());
    Map<String, Severity> sorted = new TreeMap<>(digest.elementSeverity());
    DiagramOptions split = DiagramOptions.DEFAULTS.withSplitAbove(10);
    assertThat(Diagrams.dataFlow(view, hashed, split))
        .isEqualTo(Diagrams.dataFlow(view, sorted, split));
  }

  @Test
  void largeModelOnTwoThreadsMatchesOneThread() {
    Model model = TestModels.large(600, 5);
    SystemView view = SystemView.of(model);
    Map<String, Severity> severity = TestModels.severities(model, 5);
    List<Diagram> parallel =
        Diagrams.dataFlow(view, severity, DiagramOptions.DEFAULTS.withParallelism(2));
    List<Diagram> serial =
        Diagrams.dataFlow(view, severity, DiagramOptions.DEFAULTS.withParallelism(1));
    assertThat(parallel).hasSize(serial.size()).isEqualTo(serial);
    // and with ELK allowed for every zone diagram, the part most likely to differ between threads
    DiagramOptions elk = DiagramOptions.DEFAULTS.withElkLimits(150, 300, 1_000);
    assertThat(Diagrams.dataFlow(view, severity, elk.withParallelism(2)))
        .isEqualTo(Diagrams.dataFlow(view, severity, elk.withParallelism(1)));
  }
}
