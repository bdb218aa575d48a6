package dev.bulwark.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Severity;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Models under src/test/resources/paths/ whose easiest paths were worked out by hand, with the
 * working in the file's comments. A fixture says what it expects in comment lines:
 *
 * <ul>
 *   <li>{@code # expect PROFILE JEWEL: start > node > … = DIFFICULTY}, one line per path, easiest
 *       first: together they must be every path the analysis returns for that jewel (k = 3);
 *   <li>{@code # none PROFILE JEWEL}: no path at all;
 *   <li>{@code # open: ELEMENT=SEVERITY}: an open threat of that severity on the element;
 *   <li>{@code # against-flows: true}: attackers may move against flows.
 * </ul>
 */
class PathFixturesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/paths");

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theEasiestPathsAreTheOnesWorkedOutByHand(Path fixture) {
    Expectations expected = Expectations.read(fixture);
    LoadResult loaded = ModelLoader.load(fixture);
    assertThat(loaded.errors()).as("the fixture must be a valid model").isEmpty();
    SystemView view = SystemView.of(loaded.model().orElseThrow());
    List<AttackerProfile> profiles =
        Profiles.builtIn().stream().filter(p -> expected.profiles().contains(p.id())).toList();
    assertThat(profiles).hasSameSizeAs(expected.profiles());
    PathAnalysis analysis =
        AttackPaths.analyse(
            view,
            expected.open(),
            profiles,
            PathOptions.DEFAULT.withAgainstFlows(expected.againstFlows()));
    for (Map.Entry<String, List<String>> entry : expected.paths().entrySet()) {
      String[] key = entry.getKey().split(" ");
      assertThat(found(analysis, key[0], key[1]))
          .as(fixture.getFileName() + ": " + entry.getKey())
          .containsExactlyElementsOf(entry.getValue());
    }
  }

  /** The paths of a profile to a jewel as the fixtures write them. */
  static List<String> found(PathAnalysis analysis, String profile, String jewel) {
    PathAnalysis.ProfilePaths result =
        analysis.profiles().stream()
            .filter(p -> p.profile().id().equals(profile))
            .findFirst()
            .orElseThrow();
    PathAnalysis.JewelPaths target =
        result.targets().stream()
            .filter(t -> t.jewel().id().equals(jewel))
            .findFirst()
            .orElseThrow(() -> new AssertionError(jewel + " is not a crown jewel"));
    assertThat(target.complete()).isTrue();
    return target.paths().stream().map(PathFixturesTest::written).toList();
  }

  static String written(AttackPath path) {
    List<String> parts = new ArrayList<>();
    parts.add(path.start());
    path.steps().forEach(s -> parts.add(s.to()));
    return String.join(" > ", parts) + " = " + path.difficulty();
  }

  /** What a fixture's comments expect. */
  record Expectations(
      Map<String, List<String>> paths,
      Set<String> profiles,
      Map<String, Severity> open,
      boolean againstFlows) {

    static Expectations read(Path fixture) {
      Map<String, List<String>> paths = new LinkedHashMap<>();
      Set<String> profiles = new LinkedHashSet<>();
      Map<String, Severity> open = new LinkedHashMap<>();
      boolean against = false;
      try {
        for (String line : Files.readAllLines(fixture)) {
          if (line.startsWith("# expect ")) {
            String[] parts = line.substring("# expect ".length()).split(": ", 2);
            paths.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1].trim());
            profiles.add(parts[0].split(" ")[0]);
          } else if (line.startsWith("# none ")) {
            String key = line.substring("# none ".length()).trim();
            paths.put(key, new ArrayList<>());
            profiles.add(key.split(" ")[0]);
          } else if (line.startsWith("# open: ")) {
            String[] parts = line.substring("# open: ".length()).trim().split("=");
            open.put(parts[0], Severity.valueOf(parts[1].toUpperCase(Locale.ROOT)));
          } else if (line.equals("# against-flows: true")) {
            against = true;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(paths).as(fixture + " expects nothing").isNotEmpty();
      return new Expectations(paths, profiles, open, against);
    }
  }
}
