package dev.bulwark.analysis.cel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.Engine;
import dev.bulwark.analysis.Finding;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLayersTest {
  private static final Path PACKS = Path.of("src", "test", "resources", "packs");
  private static final Path SHOP = PACKS.resolve("shop.yaml");

  @TempDir Path temp;

  @Test
  void aPackRuleFiresOnTheFlowItRunsOn() {
    RuleLayers.Resolution resolution = resolve(SHOP, PACKS.resolve("acme-baseline.yaml"));

    assertThat(resolution.problems()).isEmpty();
    List<Finding> found = run(resolution, SHOP);
    assertThat(fingerprints(found, "ACME-")).containsExactly("ACME-HTTP-001@orders");
    Finding finding =
        found.stream().filter(f -> f.rule().id().equals("ACME-HTTP-001")).findAny().orElseThrow();
    assertThat(finding.message())
        .isEqualTo("Flow orders from web to api is not encrypted (card-data)");
    assertThat(finding.facts())
        .singleElement()
        .asString()
        .contains("flow orders (web → api, http)");
    assertThat(finding.data()).containsExactly("card-data");
    assertThat(finding.rule().mitigations()).containsExactly("encrypt-transport");
    assertThat(resolution.evaluationProblems(SystemView.of(load(SHOP)))).isEmpty();
  }

  @Test
  void aPackRuleThatMustNotFireDoesNot() {
    RuleLayers.Resolution resolution = resolve(SHOP, PACKS.resolve("quiet.yaml"));

    assertThat(resolution.problems()).isEmpty();
    assertThat(resolution.rules().find("ACME-WEB-001")).isPresent();
    assertThat(fingerprints(run(resolution, SHOP), "ACME-")).isEmpty();
  }

  @Test
  void aPackDisablesOneBuiltInRuleAndReplacesAnother() {
    RuleLayers.Resolution builtInOnly = resolve(SHOP);
    assertThat(fingerprints(run(builtInOnly, SHOP), "BW-WEB-001", "BW-NET-001"))
        .containsExactly("BW-NET-001@orders", "BW-WEB-001@api+db");

    Path pack = PACKS.resolve("disable-and-replace.yaml");
    RuleLayers.Resolution resolution = resolve(SHOP, pack);

    assertThat(resolution.problems()).isEmpty();
    assertThat(resolution.rules().find("BW-WEB-001")).isEmpty();
    assertThat(resolution.rules().find("BW-NET-001")).isEmpty();
    assertThat(fingerprints(run(resolution, SHOP), "BW-WEB-001", "BW-NET-001", "ACME-"))
        .containsExactly("ACME-NET-001@orders");
    assertThat(resolution.overrides())
        .extracting(o ->
            o.rule()
                + " "
                + o.action().word()
                + " at "
                + o.line()
                + ":"
                + o.column()
                + " "
                + o.replacement().orElse("-")
                + ": "
                + o.reason())
        .containsExactly(
            "BW-WEB-001 disabled at 4:13 -: all queries go through our ORM, reviewed in ADR-12",
            "BW-NET-001 replaced at 7:15 ACME-NET-001: Sensitive data unencrypted on the network");
    assertThat(resolution.overrides()).allSatisfy(o -> assertThat(o.pack()).isEqualTo(pack));
  }

  @Test
  void aLaterPackMayNotRedefineARuleWithoutReplaces() throws IOException {
    Path again = write("again.yaml", pack("ACME-HTTP-001", "interaction", "true", ""));
    Path builtIn = write("builtin.yaml", pack("BW-NET-001", "interaction", "true", ""));

    RuleLayers.Resolution resolution =
        resolve(SHOP, PACKS.resolve("acme-baseline.yaml"), again, builtIn);

    assertThat(resolution.problems())
        .extracting(PackProblem::toString)
        .containsExactly(
            again
                + ":4:9: error [rule-exists] rule ACME-HTTP-001 is already defined by pack "
                + PACKS.resolve("acme-baseline.yaml")
                + " (add 'replaces: ACME-HTTP-001' to override it, or choose another id)",
            builtIn
                + ":4:9: error [reserved-id] rule BW-NET-001: ids starting with BW- belong to"
                + " built-in rules (choose your own prefix, e.g. ACME-HTTP-001, or add"
                + " 'replaces: BW-NET-001')");
    assertThat(resolution.rules().find("BW-NET-001")).isPresent();
  }

  @Test
  void aPackWithAnyProblemIsLeftOutWhole() throws IOException {
    Path pack =
        write(
            "half.yaml",
            """
            bulwark-rules: 1
            id: half
            disable:
              - { rule: BW-NET-001, why: "we think so" }
              - { rule: BW-NOPE-001, why: "typo" }
            """);

    RuleLayers.Resolution resolution = resolve(SHOP, pack);

    assertThat(resolution.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.code())
        .containsExactly("5:13 unknown-rule");
    assertThat(resolution.rules().find("BW-NET-001")).isPresent();
    assertThat(resolution.overrides()).isEmpty();
  }

  @Test
  void aModelListsItsOwnPacksRelativeToItsFile() {
    Path model = PACKS.resolve("project/models/shop.yaml");

    RuleLayers.Resolution resolution =
        RuleLayers.resolve(
            BuiltinRules.ruleSet(), List.of(), load(model), model, PACKS.resolve("project"));

    assertThat(resolution.problems()).isEmpty();
    List<Finding> found = run(resolution, model);
    assertThat(fingerprints(found, "SHOP-")).containsExactly("SHOP-DB-001@query");
    assertThat(
            found.stream()
                .filter(f -> f.rule().id().startsWith("SHOP-"))
                .findAny()
                .orElseThrow()
                .message())
        .isEqualTo("web talks to db directly");
  }

  @Test
  void aModelsPackPathMayNotLeaveTheProject() {
    Path model = PACKS.resolve("project/models/escaping.yaml");

    RuleLayers.Resolution resolution =
        RuleLayers.resolve(
            BuiltinRules.ruleSet(), List.of(), load(model), model, PACKS.resolve("project"));

    assertThat(resolution.problems())
        .extracting(p -> p.file() + ":" + p.line() + ":" + p.column() + " " + p.code())
        .containsExactly(
            model + ":5:5 path-escapes-project",
            model + ":6:5 absolute-path",
            model + ":7:5 pack-not-found");
  }

  @Test
  void aMissingOrganisationPackIsAProblemOfTheWholeFile() {
    Path missing = temp.resolve("nope.yaml");

    RuleLayers.Resolution resolution = resolve(SHOP, missing);

    assertThat(resolution.problems())
        .extracting(PackProblem::toString)
        .containsExactly(
            missing
                + ": error [pack-not-found] no pack file or folder at "
                + missing
                + " (check the path)");
  }

  @Test
  void aFolderOfPacksIsReadInNameOrder() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("org"));
    Files.copy(PACKS.resolve("acme-baseline.yaml"), folder.resolve("b.yml"));
    Files.writeString(folder.resolve("a.yaml"), pack("ACME-A-001", "component", "false", ""));
    Files.writeString(folder.resolve("notes.txt"), "not a pack");

    RuleLayers.Resolution resolution = resolve(SHOP, folder);

    assertThat(resolution.problems()).isEmpty();
    assertThat(resolution.rules().rules())
        .extracting(r -> r.meta().id())
        .endsWith("ACME-A-001", "ACME-HTTP-001");
  }

  @Test
  void anExpressionThatFailsAtRunTimeIsAProblemNotACrash() throws IOException {
    Path pack =
        write(
            "runtime.yaml",
            pack(
                "ACME-RUN-001",
                "component",
                "component.trust >= 0 && [1, 2][component.trust] == 1",
                ""));

    RuleLayers.Resolution resolution = resolve(SHOP, pack);
    assertThat(resolution.problems()).isEmpty();
    SystemView system = SystemView.of(load(SHOP));
    List<Finding> found = new Engine(resolution.rules()).run(system);

    assertThat(fingerprints(found, "ACME-")).isEmpty();
    assertThat(resolution.evaluationProblems(system))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.file()).isEqualTo(pack);
          assertThat(p.line() + ":" + p.column()).isEqualTo("10:11");
          assertThat(p.code()).isEqualTo("cel-evaluation-error");
          assertThat(p.message())
              .startsWith("rule ACME-RUN-001 failed on component web (web-app): ")
              .endsWith("(and on 2 more elements)");
        });
  }

  @Test
  void comprehensionsAreBounded() throws IOException {
    String huge =
        "component.trust >= 0 && [1,2,3,4,5,6,7,8,9,10].all(a, [1,2,3,4,5,6,7,8,9,10].all(b,"
            + " [1,2,3,4,5,6,7,8,9,10].all(c, [1,2,3,4,5,6,7,8,9,10].all(d, a + b + c + d > 0))))";
    Path pack = write("loops.yaml", pack("ACME-LOOP-001", "component", huge, ""));

    RuleLayers.Resolution resolution = resolve(SHOP, pack);
    assertThat(resolution.problems()).isEmpty();
    SystemView system = SystemView.of(load(SHOP));
    List<Finding> found = new Engine(resolution.rules()).run(system);

    assertThat(fingerprints(found, "ACME-")).isEmpty();
    assertThat(resolution.evaluationProblems(system))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Iteration budget exceeded: 10000"));
  }

  static String pack(String id, String on, String when, String extra) {
    return """
    bulwark-rules: 1
    id: test
    rules:
      - id: %s
        title: A test rule
        stride: [tampering]
        goals: [integrity]
        rationale: Only for tests.
        on: %s
        when: %s
    %s\
    """
        .formatted(id, on, when, extra);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text);
  }

  private static RuleLayers.Resolution resolve(Path modelFile, Path... packs) {
    return RuleLayers.resolve(
        BuiltinRules.ruleSet(), List.of(packs), load(modelFile), modelFile, PACKS);
  }

  static Model load(Path file) {
    LoadResult loaded = ModelLoader.load(file);
    assertThat(loaded.errors()).as(file + " must be a valid model").isEmpty();
    return loaded.model().orElseThrow();
  }

  private static List<Finding> run(RuleLayers.Resolution resolution, Path modelFile) {
    return new Engine(resolution.rules()).run(SystemView.of(load(modelFile)));
  }

  private static List<String> fingerprints(List<Finding> found, String... prefixes) {
    return found.stream()
        .map(Finding::fingerprint)
        .filter(f -> List.of(prefixes).stream().anyMatch(f::startsWith))
        .sorted()
        .toList();
  }
}
