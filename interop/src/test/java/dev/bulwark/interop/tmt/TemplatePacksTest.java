package dev.bulwark.interop.tmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.cel.ForeignPacks;
import dev.bulwark.analysis.cel.PackProblem;
import dev.bulwark.model.Stride;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatePacksTest {
  @Test
  void theCoreTemplateIsRead() {
    Template template = read(Samples.TEMPLATE);
    assertThat(template.name()).isEqualTo("SDL TM Knowledge Base (Core)");
    assertThat(template.version()).isEqualTo("4.1.0.11");
    assertThat(template.stencils()).hasSize(7 + 52); // generic + standard, counted with grep
    assertThat(template.categories()).hasSize(7).containsEntry("A", "Abuse");
    assertThat(template.threatTypes()).hasSize(47);
    assertThat(template.lineage("SE.P.TMCore.WebApp"))
        .containsExactly("se.p.tmcore.webapp", "ge.p");
    assertThat(template.lineage("GE.P")).containsExactly("ge.p"); // ROOT is no stencil
    assertThat(template.lineage("SE.P.TMCore.Unknown")).containsExactly("se.p.tmcore.unknown");
  }

  @Test
  void theKnowledgeBaseInAModelIsRead() {
    Template template = read(Samples.MODEL);
    assertThat(template.name()).isEqualTo("Azure Threat Model Template");
    assertThat(template.version()).isEqualTo("1.0.0.33");
    assertThat(template.threatTypes()).hasSize(191);
    assertThat(template.stencils()).hasSize(55);
    assertThat(template.lineage("SE.P.TMCore.AzureDocumentDB"))
        .containsExactly("se.p.tmcore.azuredocumentdb", "ge.ds"); // a store, despite its id
  }

  @Test
  void eachThreatTypeIsARule() {
    ForeignPacks.Pack pack = pack(Samples.TEMPLATE);
    assertThat(pack.problems()).isEmpty();
    assertThat(pack.rules()).hasSize(47);
    ForeignPacks.Entry s1 = pack.rules().get(1);
    RuleMeta meta = s1.rule().meta();
    assertThat(meta.id()).isEqualTo("TMT-S1");
    assertThat(meta.title()).isEqualTo("Spoofing the [source] Process");
    assertThat(meta.stride()).containsExactly(Stride.SPOOFING);
    assertThat(meta.rationale()).startsWith("[source] may be spoofed by an attacker");
    assertThat(s1.line()).isEqualTo(2607); // its <ThreatType>
    assertThat(s1.column()).isEqualTo(5);
    assertThat(pack.rules().stream().map(e -> e.rule().meta().id()))
        .contains("TMT-S7-1", "TMT-SU", "TMT-E7");
  }

  @Test
  void ruleIdsAreMadeOfTheTypeId() {
    assertThat(TemplateRules.ruleId("TH153")).contains("TMT-TH153");
    assertThat(TemplateRules.ruleId("s7.1")).contains("TMT-S7-1");
    assertThat(TemplateRules.ruleId("..")).isEmpty();
  }

  @Test
  void categoriesBecomeStride() {
    assertThat(TemplateRules.stride("I", "")).isEqualTo(Stride.INFORMATION_DISCLOSURE);
    assertThat(TemplateRules.stride("", "Elevation of Privileges"))
        .isEqualTo(Stride.ELEVATION_OF_PRIVILEGE);
    assertThat(TemplateRules.stride("", "Denial Of Service")).isEqualTo(Stride.DENIAL_OF_SERVICE);
    assertThat(TemplateRules.stride("A", "Abuse")).isEqualTo(Stride.ELEVATION_OF_PRIVILEGE);
  }

  @Test
  void aFilterThatDoesNotParseIsASyntaxErrorAtItsPlace() {
    String tb7 =
        """
        <KnowledgeBase>
          <ThreatTypes>
            <ThreatType>
              <GenerationFilters>
                <Include>source is 'GE.P' and target is GE.DS</Include>
                <Exclude />
              </GenerationFilters>
              <Id>X1</Id>
              <Category>T</Category>
            </ThreatType>
          </ThreatTypes>
        </KnowledgeBase>
        """;
    ForeignPacks.Pack pack = pack("bad.tb7", tb7);
    assertThat(pack.rules()).isEmpty();
    assertThat(pack.problems()).hasSize(1);
    PackProblem problem = pack.problems().get(0);
    assertThat(problem.code()).isEqualTo("syntax-error");
    // line 5: 8 spaces, "<Include>" (9), then the filter; "GE.DS" is at offset 31
    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(8 + 9 + 31 + 1);
    assertThat(problem.message()).contains("expected a quoted value after 'is', found 'GE.DS'");
  }

  @Test
  void twoTypesWithOneRuleIdAreRefused() {
    String tb7 =
        "<KnowledgeBase><ThreatTypes>"
            + "<ThreatType><Id>S7.1</Id><GenerationFilters><Include>source is 'GE.DS'</Include>"
            + "</GenerationFilters></ThreatType>"
            + "<ThreatType><Id>S7-1</Id></ThreatType>"
            + "<ThreatType><ShortTitle>no id</ShortTitle></ThreatType>"
            + "</ThreatTypes></KnowledgeBase>";
    List<Problem> problems = new ArrayList<>();
    Template template =
        TemplateFiles.read("dup.tb7", tb7.getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULTS)
            .template()
            .orElseThrow();
    problems.addAll(
        TemplateFiles.read("dup.tb7", tb7.getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULTS)
            .problems());
    assertThat(TemplateRules.of(template, problems)).hasSize(1);
    assertThat(problems)
        .extracting(Problem::type)
        .containsExactly(ProblemType.MISSING_FIELD, ProblemType.DUPLICATE_ID);
    assertThat(problems.get(1).message()).contains("both become rule TMT-S7-1");
  }

  @Test
  void aFileThatIsNeitherIsRefused() {
    ForeignPacks.Pack pack = pack("x.tb7", "<Other/>");
    assertThat(pack.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.code()).isEqualTo("wrong-type");
          assertThat(p.message()).contains("<KnowledgeBase>");
        });
    assertThat(TemplatePacks.READER.read(Path.of("pack.yaml"))).isEmpty();
    assertThat(TemplatePacks.isTemplate(Path.of("a/B.TB7"))).isTrue();
  }

  @Test
  void aMissingFileIsAProblemNotACrash() {
    ForeignPacks.Pack pack = TemplatePacks.READER.read(Path.of("does-not-exist.tb7")).orElseThrow();
    assertThat(pack.problems())
        .singleElement()
        .extracting(PackProblem::code)
        .isEqualTo("unreadable-file");
  }

  private static Template read(Path file) {
    TemplateFiles.Read read =
        TemplateFiles.read(file.toString(), Samples.bytes(file), ParseLimits.DEFAULTS);
    assertThat(read.problems()).isEmpty();
    return read.template().orElseThrow();
  }

  private static ForeignPacks.Pack pack(Path file) {
    return TemplatePacks.pack(file, Samples.bytes(file), ParseLimits.DEFAULTS);
  }

  private static ForeignPacks.Pack pack(String name, String text) {
    return TemplatePacks.pack(
        Path.of(name), text.getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULTS);
  }
}
