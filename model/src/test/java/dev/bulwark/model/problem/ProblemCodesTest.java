package dev.bulwark.model.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per problem code, each asserting the exact line and column of every problem.
 *
 * <p>The fixtures live in {@code src/test/resources/problems/}: {@code <code>.yaml}, or, for codes
 * about imports, a folder {@code <code>/} whose {@code main.yaml} is loaded with the folder as the
 * project root. A comment says where a problem must be reported:
 *
 * <ul>
 *   <li>{@code # expect: dangling-reference@39} at the end of a line: a {@code
 *       dangling-reference} on this line, column 39;
 *   <li>{@code # expect: file-too-large@1:1} anywhere: at line 1, column 1, for places where no
 *       comment can stand;
 *   <li>several, separated by commas: {@code # expect: unconnected@5, no-zone@5}.
 * </ul>
 *
 * Columns count characters from 1, the first character of the value or key (or the {@code {} or
 * first key of a mapping) the problem is about. A line {@code # limits: max-nodes=35, max-files=2}
 * in the entry file lowers the parser limits; the names are the CLI options without {@code --}.
 *
 * <p>The model is loaded like the CLI does ({@link ModelLoader}), and the problems reported, of
 * every level, must be exactly the ones announced: no more, no fewer, nowhere else.
 */
class ProblemCodesTest {
  /** Codes only the importers of other tools' files report; the interop module tests them. */
  private static final Set<ProblemType> PRODUCED_BY_IMPORTERS =
      EnumSet.of(ProblemType.UNKNOWN_FORMAT, ProblemType.XML_REFUSED, ProblemType.NOT_MAPPED);

  static Stream<Fixture> fixtures() {
    return Fixture.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void reportsExactlyTheAnnouncedProblems(Fixture fixture) {
    LoadResult result =
        ModelLoader.load(
            fixture.entry(),
            LoadOptions.DEFAULTS.withLimits(fixture.limits()).withProjectRoot(fixture.root()));

    List<String> actual =
        result.problems().stream()
            .map(problem -> problem.position() + " " + problem.type().code())
            .toList();
    assertThat(actual)
        .as("problems of %s (all of them: %s)", fixture.name(), result.problems())
        .containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void isNamedAfterTheCodeItShows(Fixture fixture) {
    assertThat(codes()).as("fixture names are problem codes").contains(fixture.name());
    assertThat(fixture.expected())
        .as("%s announces at least one %s", fixture.name(), fixture.name())
        .anyMatch(expected -> expected.endsWith(" " + fixture.name()));
  }

  @Test
  void everyProblemTypeIsTested() throws IOException {
    Set<String> fixtures =
        Fixture.all().map(Fixture::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    Set<ProblemType> dedicated = coveredByDedicatedTests();

    List<String> untested =
        Arrays.stream(ProblemType.values())
            .filter(type -> !fixtures.contains(type.code()) && !dedicated.contains(type))
            .filter(type -> !PRODUCED_BY_IMPORTERS.contains(type))
            .map(ProblemType::code)
            .toList();
    assertThat(untested)
        .as(
            "every problem code needs src/test/resources/problems/<code>.yaml (or a folder)"
                + " or a test annotated @Covers")
        .isEmpty();
  }

  @Test
  void theCatalogueSeesTheDedicatedTests() throws IOException {
    assertThat(coveredByDedicatedTests())
        .contains(
            ProblemType.FILE_UNREADABLE,
            ProblemType.NUL_BYTE,
            ProblemType.INVALID_ENCODING,
            ProblemType.IMPORT_OUTSIDE_PROJECT);
  }

  private static Set<String> codes() {
    return Arrays.stream(ProblemType.values()).map(ProblemType::code).collect(Collectors.toSet());
  }

  /** The types named by {@link Covers} on any test method of this module. */
  private static Set<ProblemType> coveredByDedicatedTests() throws IOException {
    Path classes = Path.of("target/test-classes");
    Set<ProblemType> covered = EnumSet.noneOf(ProblemType.class);
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        Class<?> type;
        try {
          type = Class.forName(name.substring(0, name.length() - ".class".length()));
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          Covers covers = method.getAnnotation(Covers.class);
          if (covers != null) {
            covered.addAll(List.of(covers.value()));
          }
        }
      }
    }
    return covered;
  }
}
