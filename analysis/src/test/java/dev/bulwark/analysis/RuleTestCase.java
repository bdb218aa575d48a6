package dev.bulwark.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The test of one built-in rule. A rule's test class is empty: {@code SqlInjectionTest extends
 * RuleTestCase {}} tests the rule class {@code SqlInjection} beside it, on every fixture in {@code
 * src/test/resources/rules/<rule-id>/}. A fixture is a complete model file whose header says what
 * the rule must find, as fingerprints:
 *
 * <pre>
 * # expect: BW-WEB-001@api+orders-db
 * # expect: nothing
 * </pre>
 *
 * The rule must report exactly the expected fingerprints, no more and no fewer.
 */
public abstract class RuleTestCase {
  @TestFactory
  Stream<DynamicTest> fixtures() {
    Rule rule = ruleUnderTest(getClass());
    List<Path> cases = fixtures(rule.meta().id());
    assertThat(cases).as("fixtures of " + rule.meta().id()).isNotEmpty();
    return cases.stream()
        .map(file ->
            DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> assertFixture(rule, file)));
  }

  /** The built-in rule that the test class {@code XTest} tests: the class {@code X}. */
  static Rule ruleUnderTest(Class<?> testClass) {
    String ruleClass = testClass.getName().replaceFirst("Test$", "");
    return BuiltinRules.all().stream()
        .filter(r -> r.getClass().getName().equals(ruleClass))
        .findFirst()
        .orElseThrow(() -> new AssertionError(ruleClass + " is not registered in BuiltinRules"));
  }

  /** The fixture files of a rule, sorted by name; empty when there are none. */
  public static List<Path> fixtures(String ruleId) {
    URL dir = RuleTestCase.class.getResource("/rules/" + ruleId);
    if (dir == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fingerprints a fixture expects; empty for {@code # expect: nothing}. */
  public static Set<String> expected(Path fixture) {
    try {
      Set<String> expected = new TreeSet<>();
      boolean any = false;
      for (String line : Files.readAllLines(fixture)) {
        if (line.startsWith("# expect:")) {
          any = true;
          String value = line.substring("# expect:".length()).strip();
          if (!value.equals("nothing")) {
            expected.add(value);
          }
        }
      }
      assertThat(any).as(fixture + " has no '# expect:' line").isTrue();
      return expected;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertFixture(Rule rule, Path file) {
    LoadResult loaded = ModelLoader.load(file);
    assertThat(loaded.errors()).as("the fixture must be a valid model").isEmpty();
    SystemView system = SystemView.of(loaded.model().orElseThrow());
    List<Finding> found = new Engine(RuleSet.of(List.of(rule))).run(system);
    assertThat(found.stream().map(Finding::fingerprint).sorted().toList())
        .as(file.getFileName() + ": fingerprints found")
        .containsExactlyElementsOf(expected(file));
    for (Finding finding : found) {
      assertThat(finding.facts()).as(finding.fingerprint() + " says why it fired").isNotEmpty();
    }
  }
}
