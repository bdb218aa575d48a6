package dev.bulwark.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.model.load.ModelLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public API: results, determinism, options and limits. */
class AttackPathsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/paths");

  @Test
  void anOpenThreatFlipsWhichRouteIsEasiest() {
    SystemView view = load("an-open-critical-threat-flips-the-choice.yaml");
    List<AttackerProfile> anonymous = List.of(Profiles.builtIn().get(0));
    List<AttackPath> without = AttackPaths.find(view, Map.of(), anonymous, PathOptions.DEFAULT);
    List<AttackPath> with =
        AttackPaths.find(view, Map.of("web-db", Severity.CRITICAL), anonymous, PathOptions.DEFAULT);
    assertThat(without.get(0).flows()).containsExactly("browse", "web-api", "api-db");
    assertThat(without.get(0).difficulty()).isEqualTo(new Difficulty(80));
    assertThat(with.get(0).flows()).containsExactly("browse", "web-db");
    assertThat(with.get(0).difficulty()).isEqualTo(new Difficulty(75));
    assertThat(
            AttackPaths.find(
                view, Map.of("web-db", Severity.MEDIUM), anonymous, PathOptions.DEFAULT))
        .as("below elevated, an open threat changes nothing")
        .isEqualTo(without);
  }

  @Test
  void aPathNamesItsNodesAndFlowsForADiagram() {
    SystemView view = load("a-direct-step-only-where-no-way-in-is-drawn.yaml");
    PathAnalysis analysis =
        AttackPaths.analyse(
            view, Map.of(), List.of(Profiles.builtIn().get(0)), PathOptions.DEFAULT);
    PathAnalysis.ProfilePaths anonymous = analysis.profiles().get(0);
    assertThat(anonymous.startsAt()).containsExactly("customer");
    assertThat(anonymous.reaches()).as("web is reached through browse").containsExactly("sso");
    AttackPath path = analysis.paths().get(0);
    assertThat(path.start()).isEqualTo("internet");
    assertThat(path.nodes()).containsExactly("sso");
    assertThat(path.flows()).isEmpty();
    assertThat(path.steps().get(0).move()).isEqualTo(Step.Move.DIRECT);
  }

  @Test
  void theOrderOfTheModelDoesNotChangeThePaths() {
    Model model = GeneratedModel.of(300, 7);
    PathAnalysis forward = analyse(model, PathOptions.DEFAULT);
    PathAnalysis backward = analyse(GeneratedModel.reversed(model), PathOptions.DEFAULT);
    assertThat(PathsJson.write(backward)).isEqualTo(PathsJson.write(forward));
    assertThat(PathsText.write(backward)).isEqualTo(PathsText.write(forward));
    assertThat(forward.paths()).hasSizeGreaterThan(20);
  }

  @Test
  void aSearchCutByTheWorkLimitReturnsTheEasiestPathsItFound() {
    Model model = GeneratedModel.of(1_000, 11);
    PathAnalysis full = analyse(model, PathOptions.DEFAULT);
    PathAnalysis cut = analyse(model, PathOptions.DEFAULT.withWorkLimit(1_000));
    int incomplete = 0;
    for (int p = 0; p < full.profiles().size(); p++) {
      for (int j = 0; j < full.jewels().size(); j++) {
        PathAnalysis.JewelPaths whole = full.profiles().get(p).targets().get(j);
        PathAnalysis.JewelPaths part = cut.profiles().get(p).targets().get(j);
        assertThat(whole.complete()).isTrue();
        assertThat(part.work()).isLessThanOrEqualTo(1_000);
        assertThat(whole.paths()).startsWith(part.paths().toArray(AttackPath[]::new));
        if (!part.complete()) {
          incomplete++;
        }
      }
    }
    assertThat(incomplete).as("the limit must bite somewhere").isPositive();
  }

  @Test
  void optionsOutOfRangeAreRefusedAtOnce() {
    assertThatThrownBy(() -> PathOptions.DEFAULT.withK(0)).hasMessage("k must be 1 to 10, not 0");
    assertThatThrownBy(() -> PathOptions.DEFAULT.withK(11)).hasMessage("k must be 1 to 10, not 11");
    assertThatThrownBy(() -> PathOptions.DEFAULT.withJewels(21))
        .hasMessage("crown jewels per kind must be 1 to 20, not 21");
    assertThatThrownBy(() -> PathOptions.DEFAULT.withWorkLimit(999))
        .hasMessage("the work limit must be 1,000 to 100,000,000 nodes, not 999");
  }

  @Test
  void profilesAreCappedAndUnique() {
    SystemView view = load("an-insider-starts-inside.yaml");
    AttackerProfile one = Profiles.builtIn().get(0);
    assertThatThrownBy(
            () -> AttackPaths.analyse(view, Map.of(), List.of(one, one), PathOptions.DEFAULT))
        .hasMessage("profile anonymous is given twice");
    List<AttackerProfile> many = new ArrayList<>();
    for (int i = 0; i <= AttackPaths.MAX_PROFILES; i++) {
      many.add(
          new AttackerProfile(
              "p" + i, "P", "", "internet", 0, one.startsAt(), List.of(), List.of(), Skill.NOVICE));
    }
    assertThatThrownBy(() -> AttackPaths.analyse(view, Map.of(), many, PathOptions.DEFAULT))
        .hasMessage("at most 25 profiles in one run, not 26");
  }

  @Test
  void aNoviceFindsTheSameRouteHarder() {
    SystemView view = load("an-insider-starts-inside.yaml");
    AttackerProfile anonymous = Profiles.builtIn().get(0);
    AttackerProfile novice =
        new AttackerProfile(
            "novice",
            "Novice",
            "",
            "internet",
            0,
            anonymous.startsAt(),
            anonymous.reaches(),
            List.of(),
            Skill.NOVICE);
    List<AttackPath> paths = AttackPaths.find(view, Map.of(), List.of(novice), PathOptions.DEFAULT);
    // customer → portal 1.0 + 1.5 password (1.0 at 150%) + 2.0 trust; portal → db 1.0 + 1.5 + 2.5
    assertThat(paths)
        .extracting(PathFixturesTest::written)
        .containsExactly("customer > portal > db = 9.5");
  }

  private static PathAnalysis analyse(Model model, PathOptions options) {
    return AttackPaths.analyse(SystemView.of(model), Map.of(), Profiles.builtIn(), options);
  }

  private static SystemView load(String fixture) {
    return SystemView.of(ModelLoader.load(FIXTURES.resolve(fixture)).model().orElseThrow());
  }
}
