package dev.bulwark.interop.tmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.Engine;
import dev.bulwark.analysis.Finding;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.cel.ForeignPacks;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Stride;
import dev.bulwark.model.parse.ParseLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The external oracle: MTMT_example.tm7 holds the 43 threat instances the Microsoft tool generated
 * with the knowledge base the file carries. Bulwark imports the model without its threats, runs
 * that knowledge base's threat types as rules, and must find the same (threat type, source, flow,
 * target) instances. The expected set is read from the XML here with plain patterns, not through
 * the importer. Figures and differences: docs/interop.md.
 */
class TmtOracleTest {
  @Test
  void theEmbeddedKnowledgeBaseReproducesTheToolsInstances() {
    Set<String> expected = expectedInstances();
    assertThat(expected).hasSize(43);

    Set<String> found = instances(rulesOf(Samples.MODEL));

    Set<String> both = new TreeSet<>(found);
    both.retainAll(expected);
    double precision = (double) both.size() / found.size();
    double recall = (double) both.size() / expected.size();
    System.out.printf(
        Locale.ROOT,
        "TMT oracle, embedded knowledge base: %d expected, %d found, %d in both;"
            + " precision %.3f, recall %.3f%n",
        expected.size(),
        found.size(),
        both.size(),
        precision,
        recall);
    printDifferences(expected, found);
    assertThat(recall).isGreaterThanOrEqualTo(0.95);
    assertThat(precision).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theCoreTemplateAsAnOrganisationPackFindsOtherThreatTypes() {
    Set<String> expected = expectedInstances();
    Set<String> found = instances(rulesOf(Samples.TEMPLATE));
    Set<String> both = new TreeSet<>(found);
    both.retainAll(expected);
    // The core template's threat types (S1, T1, ...) are not the Azure template's (TH15, ...):
    // no instance can match by type. Compare by STRIDE category on each interaction instead.
    Set<String> expectedByCategory = byCategory(expectedCategories());
    Set<String> foundByCategory = byCategory(foundCategories(rulesOf(Samples.TEMPLATE)));
    Set<String> sameCategory = new TreeSet<>(foundByCategory);
    sameCategory.retainAll(expectedByCategory);
    System.out.printf(
        Locale.ROOT,
        "TMT oracle, default.tb7: %d instances found, %d of the tool's 43 by type;"
            + " by STRIDE category and interaction: %d expected, %d found, %d in both;"
            + " precision %.3f, recall %.3f%n",
        found.size(),
        both.size(),
        expectedByCategory.size(),
        foundByCategory.size(),
        sameCategory.size(),
        (double) sameCategory.size() / foundByCategory.size(),
        (double) sameCategory.size() / expectedByCategory.size());
    // Counted by hand from default.tb7's filters on the six flows (see docs/interop.md).
    assertThat(found).hasSize(21);
    assertThat(found)
        .contains(
            "S2 " + MOBILE + " " + API_REQUEST + " " + WEB_API,
            "D2 " + WEB_API + " " + PSQL_REQUEST + " " + POSTGRES,
            "R7 " + WEB_API + " " + API_RESPONSE + " " + MOBILE);
    assertThat(both).isEmpty();
  }

  private static final String MOBILE = "6183b7fa-eba5-4bf8-a0af-c3e30d144a10";
  private static final String WEB_API = "5d15323e-3729-4694-87b1-181c90af5045";
  private static final String POSTGRES = "53245f54-0656-4ede-a393-357aeaa2e20f";
  private static final String API_REQUEST = "9840bcdf-c444-437d-8289-d5468f41b0db";
  private static final String API_RESPONSE = "5861370d-b333-4d4b-9420-95425026e9c9";
  private static final String PSQL_REQUEST = "eb072144-af37-4b75-b46b-b78111850d3e";

  /** "type source flow target" of each instance in the file, by guid. */
  private static Set<String> expectedInstances() {
    String xml = Samples.text(Samples.MODEL);
    List<String> types = all(xml, "b:TypeId");
    List<String> sources = all(xml, "b:SourceGuid");
    List<String> flows = all(xml, "b:FlowGuid");
    List<String> targets = all(xml, "b:TargetGuid");
    Set<String> instances = new TreeSet<>();
    for (int i = 0; i < types.size(); i++) {
      instances.add(
          types.get(i) + " " + sources.get(i) + " " + flows.get(i) + " " + targets.get(i));
    }
    return instances;
  }

  /** "category flow" of each instance in the file, from its UserThreatCategory property. */
  private static Map<String, List<String>> expectedCategories() {
    String xml = Samples.text(Samples.MODEL);
    Matcher m =
        Pattern.compile(
                "<b:FlowGuid>([^<]*)</b:FlowGuid>.*?<a:Key>UserThreatCategory</a:Key><a:Value>([^<]*)<")
            .matcher(xml);
    Map<String, List<String>> byFlow = new HashMap<>();
    while (m.find()) {
      byFlow.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
    }
    return byFlow;
  }

  private static Set<String> byCategory(Map<String, List<String>> categoriesByFlow) {
    Set<String> pairs = new TreeSet<>();
    categoriesByFlow.forEach(
        (flow, categories) -> categories.forEach(c -> pairs.add(stride(c) + " " + flow)));
    return pairs;
  }

  private static String stride(String category) {
    String c = category.toLowerCase(Locale.ROOT);
    for (Stride s : Stride.values()) {
      if (c.startsWith(s.name().toLowerCase(Locale.ROOT).substring(0, 4))) {
        return s.name();
      }
    }
    return category;
  }

  private static List<String> all(String xml, String element) {
    Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xml);
    List<String> values = new ArrayList<>();
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }

  private static List<Rule> rulesOf(Path file) {
    ForeignPacks.Pack pack = TemplatePacks.pack(file, Samples.bytes(file), ParseLimits.DEFAULTS);
    assertThat(pack.problems()).isEmpty();
    return pack.rules().stream().map(ForeignPacks.Entry::rule).toList();
  }

  private static Set<String> instances(List<Rule> rules) {
    Model model = TmtModels.withoutThreats(Samples.model());
    Map<String, String> types = typesByRuleId(rules);
    Set<String> found = new TreeSet<>();
    for (Finding finding : new Engine(RuleSet.of(rules)).run(SystemView.of(model))) {
      Flow flow = flow(model, finding.elements().get(0));
      found.add(
          types.get(finding.rule().id())
              + " "
              + TmtModels.guid(model, flow.from())
              + " "
              + TmtModels.guid(model, flow.id())
              + " "
              + TmtModels.guid(model, flow.to()));
    }
    return found;
  }

  private static Map<String, List<String>> foundCategories(List<Rule> rules) {
    Model model = TmtModels.withoutThreats(Samples.model());
    Map<String, List<String>> byFlow = new HashMap<>();
    for (Finding finding : new Engine(RuleSet.of(rules)).run(SystemView.of(model))) {
      String flow = TmtModels.guid(model, finding.elements().get(0));
      byFlow
          .computeIfAbsent(flow, k -> new ArrayList<>())
          .add(finding.rule().stride().get(0).name());
    }
    return byFlow;
  }

  private static Map<String, String> typesByRuleId(List<Rule> rules) {
    return rules.stream()
        .collect(Collectors.toMap(r -> r.meta().id(), r -> ((TemplateRule) r).typeId()));
  }

  private static Flow flow(Model model, String id) {
    return model.flows().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  private static void printDifferences(Set<String> expected, Set<String> found) {
    Set<String> missed = new TreeSet<>(expected);
    missed.removeAll(found);
    Set<String> extra = new TreeSet<>(found);
    extra.removeAll(expected);
    missed.forEach(m -> System.out.println("  missed: " + m));
    extra.forEach(e -> System.out.println("  extra:  " + e));
  }
}
