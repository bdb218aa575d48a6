package dev.bulwark.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import dev.bulwark.model.Component;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Model;
import dev.bulwark.model.Stride;
import dev.bulwark.model.load.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DeterminismTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reports every component, so that every component has a fingerprint to keep. */
  private static final class EachComponent implements Rule {
    private static final RuleMeta META =
        RuleMeta.builder("BW-TEST-900")
            .title("Every component")
            .stride(Stride.TAMPERING)
            .goals(Goal.INTEGRITY)
            .rationale("For tests.")
            .build();

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void check(SystemView system, Findings findings) {
      for (Component c : system.components()) {
        findings.on(c.id()).cause("all").report("component " + c.id());
      }
    }
  }

  private static final RuleSet RULES = BuiltinRules.ruleSet().with(new EachComponent());

  private static String json(Model model) {
    Assessment assessment = new Assessor(RULES, RiskMatrix.DEFAULT, TODAY).assess(model);
    return AssessmentJson.write(
        assessment, TODAY, Countermeasures.builtIn(), KnowledgeBase.empty());
  }

  @Test
  void theSameModelGivesTheSameBytes() {
    Model model = Fixtures.load("order-a.yaml");
    assertThat(json(model)).isEqualTo(json(Fixtures.load("order-a.yaml"))).isEqualTo(json(model));
  }

  @Test
  void listOrderChangesNothingButPositions() {
    JsonNode a = withoutLocations(JSON.readTree(json(Fixtures.load("order-a.yaml"))));
    JsonNode b = withoutLocations(JSON.readTree(json(Fixtures.load("order-b.yaml"))));
    // Notices are listed in file order, which the reversal changes; their content must not.
    assertThat(sortedNotices(b)).isEqualTo(sortedNotices(a));
    ((ObjectNode) a).remove("notices");
    ((ObjectNode) b).remove("notices");
    assertThat(b.toPrettyString()).isEqualTo(a.toPrettyString());
  }

  @Test
  void editingOneElementChangesNoOtherFingerprint(@TempDir Path dir) throws IOException {
    String original = Files.readString(Fixtures.DIR.resolve("order-a.yaml"));
    String edited =
        original
            .replace("description: Session cache", "description: Sessions and carts")
            .replace("technology: nginx", "technology: caddy")
            .replace(
                "components:\n",
                "components:\n  - { id: newcomer, kind: service, zone: app, processes: [orders] }\n");
    assertThat(edited).isNotEqualTo(original).contains("newcomer").contains("caddy");
    Path file = dir.resolve("bulwark.yaml");
    Files.writeString(file, edited);
    Model before = Fixtures.load("order-a.yaml");
    Model after = ModelLoader.load(file).model().orElseThrow();

    Set<String> untouchedBefore = fingerprintsAvoiding(before, Set.of("cache", "web", "newcomer"));
    Set<String> untouchedAfter = fingerprintsAvoiding(after, Set.of("cache", "web", "newcomer"));
    assertThat(untouchedBefore).contains("BW-TEST-900@intake", "BW-WEB-001@intake+db", "t-one");
    assertThat(untouchedAfter).isEqualTo(untouchedBefore);
    // the edited elements keep theirs too; the new one adds its own
    assertThat(fingerprints(after))
        .containsAll(fingerprints(before))
        .contains("BW-TEST-900@newcomer");
  }

  private static Set<String> fingerprints(Model model) {
    return new Assessor(RULES, RiskMatrix.DEFAULT, TODAY)
        .assess(model).threats().stream()
            .map(AssessedThreat::fingerprint)
            .collect(Collectors.toSet());
  }

  private static Set<String> fingerprintsAvoiding(Model model, Set<String> edited) {
    return new Assessor(RULES, RiskMatrix.DEFAULT, TODAY)
        .assess(model).threats().stream()
            .filter(t -> t.elements().stream().noneMatch(edited::contains))
            .map(AssessedThreat::fingerprint)
            .collect(Collectors.toSet());
  }

  private static JsonNode withoutLocations(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("location");
      object.values().forEach(DeterminismTest::withoutLocations);
    } else if (node instanceof ArrayNode array) {
      array.forEach(DeterminismTest::withoutLocations);
    }
    return node;
  }

  private static List<String> sortedNotices(JsonNode doc) {
    List<String> notices = new ArrayList<>();
    doc.get("notices").forEach(n -> notices.add(n.toString()));
    notices.sort(Comparator.naturalOrder());
    return notices;
  }
}
