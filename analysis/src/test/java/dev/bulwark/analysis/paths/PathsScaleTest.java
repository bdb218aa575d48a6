package dev.bulwark.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated models of 1,000 and 10,000 components: every search finishes within the work limit and
 * finds paths. The time taken is printed for docs/attack-paths.md, never asserted; the work (nodes
 * settled, the same on every machine) is.
 */
class PathsScaleTest {

  @ParameterizedTest
  @ValueSource(ints = {1_000, 10_000})
  void largeModelsFinishWithinTheWorkLimit(int components) {
    Model model = GeneratedModel.of(components, 42);
    long start = System.nanoTime();
    SystemView view = SystemView.of(model);
    PathAnalysis analysis =
        AttackPaths.analyse(view, Map.of(), Profiles.builtIn(), PathOptions.DEFAULT);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long work = 0;
    int searches = 0;
    for (PathAnalysis.ProfilePaths profile : analysis.profiles()) {
      for (PathAnalysis.JewelPaths target : profile.targets()) {
        assertThat(target.complete())
            .as(profile.profile().id() + " → " + target.jewel().id())
            .isTrue();
        assertThat(target.work()).isLessThanOrEqualTo(PathOptions.DEFAULT_WORK_LIMIT);
        work += target.work();
        searches++;
      }
    }
    assertThat(analysis.jewels()).hasSize(6);
    assertThat(analysis.paths()).hasSizeGreaterThan(searches);
    System.out.printf(
        "attack paths: %,d components, %,d flows: %d searches, %,d paths, %,d nodes settled, %,d ms%n",
        components, model.flows().size(), searches, analysis.paths().size(), work, millis);
  }
}
