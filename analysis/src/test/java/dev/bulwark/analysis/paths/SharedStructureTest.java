package dev.bulwark.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Golden;
import dev.bulwark.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The flows are sorted and indexed once per analysis and shared by every profile's graph: the paths
 * must be those found when each profile built its own (the golden was written by that code, before
 * the structure was shared), and one profile's costs must not leak into another's.
 */
class SharedStructureTest {
  private static final PathOptions OPTIONS = PathOptions.DEFAULT.withAgainstFlows(true);

  @Test
  void everyBuiltInProfileFindsThePathsItFoundWithItsOwnGraph() {
    SystemView view = SystemView.of(GeneratedModel.of(400, 11));
    PathAnalysis analysis = AttackPaths.analyse(view, threats(view), Profiles.builtIn(), OPTIONS);
    assertThat(analysis.profiles()).hasSize(5);
    Golden.assertMatches("paths/shared-structure-400.txt", PathsText.write(analysis));
  }

  @Test
  void eachProfileAloneFindsWhatItFindsAmongTheOthers() {
    SystemView view = SystemView.of(GeneratedModel.of(400, 11));
    Map<String, Severity> threats = threats(view);
    PathAnalysis all = AttackPaths.analyse(view, threats, Profiles.builtIn(), OPTIONS);
    for (int p = 0; p < Profiles.builtIn().size(); p++) {
      PathAnalysis alone =
          AttackPaths.analyse(view, threats, List.of(Profiles.builtIn().get(p)), OPTIONS);
      assertThat(alone.profiles()).containsExactly(all.profiles().get(p));
    }
  }

  /**
   * Open threats on every seventh node in id order, of rising severity, so that they change some
   * costs.
   */
  private static Map<String, Severity> threats(SystemView view) {
    Map<String, Severity> threats = new TreeMap<>();
    Severity[] severities = Severity.values();
    List<Node> nodes = view.nodes().stream().sorted(Comparator.comparing(Node::id)).toList();
    for (int i = 0; i < nodes.size(); i += 7) {
      threats.put(nodes.get(i).id(), severities[(i / 7) % severities.length]);
    }
    return threats;
  }
}
