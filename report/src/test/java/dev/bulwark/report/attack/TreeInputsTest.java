package dev.bulwark.report.attack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.adtree.TreeGenerator;
import dev.bulwark.analysis.paths.AttackPath;
import dev.bulwark.analysis.paths.AttackPaths;
import dev.bulwark.analysis.paths.PathOptions;
import dev.bulwark.analysis.paths.Profiles;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Only the threats on a path's steps feed its tree, and the tree comes out the same. */
class TreeInputsTest {
  static final List<String> EXAMPLES = ReportFixtures.EXAMPLES;

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void threatsOnThePathsGiveTheTreeThatEveryThreatGives(String example) {
    Digest digest = Digest.of(ReportFixtures.example(example));
    List<AttackPath> paths =
        AttackPaths.analyse(
                digest.input().view(),
                digest.elementSeverity(),
                Profiles.builtIn(),
                PathOptions.DEFAULT.withK(1))
            .paths();
    List<TreeGenerator.Threat> all = TreeInputs.threats(digest.input().assessment());
    List<TreeGenerator.Threat> onPaths = TreeInputs.threats(digest.input().assessment(), paths);
    assertThat(onPaths).isNotEmpty().hasSizeLessThan(all.size());
    assertThat(all).containsSubsequence(onPaths);
    List<TreeGenerator.Defence> defences = TreeInputs.defences(digest.input().model());
    for (String jewel : paths.stream().map(AttackPath::target).distinct().toList()) {
      List<AttackPath> toJewel = paths.stream().filter(p -> p.target().equals(jewel)).toList();
      assertThat(TreeGenerator.fromPaths(jewel, jewel, toJewel, onPaths, defences))
          .as(jewel)
          .isEqualTo(TreeGenerator.fromPaths(jewel, jewel, toJewel, all, defences));
    }
  }
}
