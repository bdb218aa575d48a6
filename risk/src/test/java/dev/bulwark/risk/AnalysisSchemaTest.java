package dev.bulwark.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schema of the analysis document (draft 2020-12) is a valid schema and accepts what
 * AssessmentJson writes for every example model, and for the test fixtures that exercise triage,
 * suppressions and notices.
 */
class AnalysisSchemaTest {
  private static final Path ROOT = Path.of("..");
  private static final Path PUBLISHED = ROOT.resolve("docs/schema/bulwark-analysis-1.schema.json");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static Stream<Path> models() throws IOException {
    try (Stream<Path> examples = Files.list(ROOT.resolve("examples"))) {
      List<Path> found =
          examples
              .map(dir -> dir.resolve("bulwark.yaml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
      assertThat(found).hasSizeGreaterThanOrEqualTo(3);
      return Stream.concat(Stream.of(ROOT.resolve("bulwark.yaml")), found.stream());
    }
  }

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(PUBLISHED), InputFormat.JSON);
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() throws IOException {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(Files.readString(PUBLISHED), InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void examplesValidate(Path file) throws IOException {
    LoadResult loaded = ModelLoader.load(file);
    assertThat(loaded.errors()).isEmpty();
    String json = write(loaded.model().orElseThrow(), BuiltinRules.ruleSet());
    assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
  }

  @Test
  void aDocumentWithEveryOptionalPartValidates() throws IOException {
    // assess.yaml has triage decisions, groups and notices; suppress.yaml suppressed findings.
    String assess = write(Fixtures.load("assess.yaml"), AssessorTest.RULES);
    assertThat(assess).contains("\"triage\"", "\"expired\": true", "\"cause\": \"shared\"");
    assertThat(schema().validate(assess, InputFormat.JSON)).isEmpty();
    String suppress =
        write(
            Fixtures.load("suppress.yaml"),
            dev.bulwark.analysis.RuleSet.of(
                List.of(StubRule.of("BW-S-001").on("x", "a"), StubRule.of("BW-S-002"))));
    assertThat(suppress).contains("\"by\": \"kim\"");
    assertThat(schema().validate(suppress, InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatItShould() throws IOException {
    String json = write(Fixtures.load("assess.yaml"), AssessorTest.RULES);
    List<String> broken =
        List.of(
            json.replaceFirst("\"severity\": \"critical\"", "\"severity\": \"severe\""),
            json.replaceFirst("\"likelihood\": \"likely\"", "\"likelihood\": \"probable\""),
            json.replaceFirst("\"origin\": \"rule\"", "\"origin\": \"guess\""),
            json.replaceFirst("\"status\": \"open\"", "\"status\": \"closed\""),
            json.replaceFirst("\"level\": \"error\"", "\"level\": \"info\""),
            json.replaceFirst("\"fingerprint\"", "\"fingerprnt\""),
            json.replaceFirst("\"model\": ", "\"extra\": 1, \"model\": "),
            json.replaceFirst("\"bulwark-analysis\": 1", "\"bulwark-analysis\": 2"));
    for (String doc : broken) {
      assertThat(doc).isNotEqualTo(json);
      assertThat(schema().validate(doc, InputFormat.JSON)).as(doc.substring(0, 200)).isNotEmpty();
    }
  }

  private static String write(Model model, dev.bulwark.analysis.RuleSet rules) {
    Assessment assessment = new Assessor(rules, RiskMatrix.DEFAULT, TODAY).assess(model);
    return AssessmentJson.write(
        assessment, TODAY, Countermeasures.builtIn(), KnowledgeBase.empty());
  }
}
