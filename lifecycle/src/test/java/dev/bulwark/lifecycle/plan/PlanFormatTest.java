package dev.bulwark.lifecycle.plan;

import static dev.bulwark.lifecycle.plan.Assessments.threat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.model.Golden;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.risk.Assessment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan of the small model in each format (golden files), and model text kept inert. */
class PlanFormatTest {
  private static Model load(String name) {
    return ModelLoader.load(Path.of("src/test/resources/plan/" + name)).model().orElseThrow();
  }

  private static Plan tinyPlan() {
    Model model = load("tiny.yaml");
    Assessment assessment =
        Assessments.of(
            threat(
                "BW-A@web",
                Severity.CRITICAL,
                TriageStatus.OPEN,
                List.of("parameterized-queries", "input-validation"),
                List.of("waf"),
                List.of("web")),
            threat(
                "BW-B@db",
                Severity.HIGH,
                TriageStatus.MITIGATED,
                List.of("input-validation", "encrypt-data-at-rest"),
                List.of("tls-everywhere"),
                List.of("db")));
    return Plan.of(
        model, SystemView.of(model), assessment, PlanPolicy.defaults(), Countermeasures.builtIn());
  }

  @ParameterizedTest
  @CsvSource({"TEXT, txt", "MARKDOWN, md", "JSON, json"})
  void theSmallModelsPlan(PlanFormat format, String extension) {
    Golden.assertMatches("plan/tiny." + extension, format.render(tinyPlan()));
  }

  @Test
  void thePlanListsTheActivitiesOfItsTierAndThoseBelow() {
    Plan plan = tinyPlan();
    assertThat(plan.tier().number()).isEqualTo(3);
    assertThat(plan.activities())
        .extracting(a -> a.tier() + " " + a.activity().id())
        .containsExactly(
            "1 sast",
            "1 secret-scanning",
            "1 threat-model-in-ci",
            "2 dependency-scanning",
            "2 dast",
            "2 security-champion-review",
            "3 penetration-test",
            "3 expert-threat-model-review");
    assertThat(plan.requirementCount()).isEqualTo(5);
  }

  @Test
  void aLowTierPlanHasOnlyTheBaseline() {
    Model model = load("bare.yaml");
    Plan plan =
        Plan.of(
            model,
            SystemView.of(model),
            Assessments.of(),
            PlanPolicy.defaults(),
            Countermeasures.builtIn());
    assertThat(plan.tier().number()).isEqualTo(1);
    assertThat(plan.activities()).hasSize(3);
    assertThat(PlanFormat.MARKDOWN.render(plan))
        .contains("**Risk tier 1: Baseline.**")
        .contains("No mitigation or countermeasure applies yet.");
  }

  @Test
  void modelTextCannotInjectMarkdownOrHtml() {
    Model model = load("hostile.yaml");
    Plan plan =
        Plan.of(
            model,
            SystemView.of(model),
            Assessments.of(),
            PlanPolicy.defaults(),
            Countermeasures.builtIn());
    String markdown = PlanFormat.MARKDOWN.render(plan);
    assertThat(markdown)
        .doesNotContain("<script>", "<img", "[x](javascript:", "[link](http", "**bold**")
        .contains("# Security plan: \\# Shop &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("\\*\\*bold\\*\\* &lt;img src=x onerror=alert(1)&gt;")
        .contains("  - Do: \\- not a list \\| not \\| a table \\|")
        .contains("\\[x\\](javascript:alert(1))");
  }
}
