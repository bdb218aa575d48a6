package dev.bulwark.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.model.PublishedFile;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every built-in rule is complete: metadata, fixtures that fire and that must not, test, docs. */
class RuleCatalogueTest {
  private static final Pattern BUILT_IN_ID =
      Pattern.compile(
          "BW-(WEB|AUTH|NET|DATA|SUPPLY|CLOUD|K8S|LLM|MSG|DEV|PRIV|STRIDE|MODEL)-[0-9]{3}");
  private static final Path DOCS = Path.of("..", "docs", "rules");

  @Test
  void theCatalogueHasAtLeastSixtyRulesWithUniqueIds() {
    List<String> ids = BuiltinRules.all().stream().map(r -> r.meta().id()).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(Integer.getInteger("rules.minimum", 60));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleIsComplete() {
    return BuiltinRules.all().stream()
        .map(rule -> DynamicTest.dynamicTest(rule.meta().id(), () -> assertComplete(rule)));
  }

  @Test
  void theRuleIndexIsUpToDate() {
    PublishedFile.assertUpToDate(
        DOCS.resolve("README.md"),
        RuleDocs.index(BuiltinRules.all().stream().map(Rule::meta).toList()));
  }

  private static void assertComplete(Rule rule) throws ClassNotFoundException {
    RuleMeta meta = rule.meta();
    assertThat(meta.id()).matches(BUILT_IN_ID);
    assertThat(meta.title()).hasSizeLessThanOrEqualTo(70);
    assertThat(meta.rationale()).as("rationale").hasSizeGreaterThan(60);
    assertThat(meta.mitigations()).as("suggested mitigations").isNotEmpty();
    for (String id : meta.mitigations()) {
      assertThat(Countermeasures.builtIn().find(id))
          .as(meta.id() + " suggests countermeasure " + id + ", missing from the catalogue")
          .isPresent();
    }
    Class<?> type = rule.getClass();
    assertThat(Modifier.isFinal(type.getModifiers())).as("rule class is final").isTrue();
    assertThat(Stream.of(type.getDeclaredFields()))
        .as("rule class is stateless: static fields only")
        .allMatch(f -> Modifier.isStatic(f.getModifiers()));
    Class.forName(type.getName() + "Test"); // its test class exists

    List<Path> fixtures = RuleTestCase.fixtures(meta.id());
    List<Set<String>> expectations = fixtures.stream().map(RuleTestCase::expected).toList();
    assertThat(expectations)
        .as(meta.id() + ": a fixture where it fires")
        .anyMatch(e -> !e.isEmpty());
    assertThat(expectations).as(meta.id() + ": a fixture where it must not").anyMatch(Set::isEmpty);
    expectations.stream()
        .flatMap(Set::stream)
        .forEach(f -> assertThat(f).as("fixture fingerprint").startsWith(meta.id() + "@"));

    PublishedFile.assertUpToDate(
        DOCS.resolve(meta.id() + ".md"), RuleDocs.page(meta, Countermeasures.builtIn()));
  }
}
