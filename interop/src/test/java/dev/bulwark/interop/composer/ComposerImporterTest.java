package dev.bulwark.interop.composer;

import static dev.bulwark.interop.peer.ImportChecks.byId;
import static dev.bulwark.interop.peer.ImportChecks.converts;
import static dev.bulwark.interop.peer.ImportChecks.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.Importers;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Threat Composer's own files. Expected numbers were counted with jq: the workspace holds 20
 * threats (all 'threatResolved'), 18 mitigations, 5 assumptions, 36 mitigation links of which 32
 * reach a threat it holds, and 21 assumption links of which 10 join an assumption or item it does
 * not hold; the GenAI threat pack 37 threats, 84 mitigations and 122 links; the mitigation pack 84
 * mitigations; the statement examples 40 threats.
 */
class ComposerImporterTest {
  private static final ComposerImporter IMPORTER = new ComposerImporter();
  private static final Model WORKSPACE =
      converts(IMPORTER, sample("threat-composer/ThreatComposer.tc.json"));

  @Test
  void theWorkspaceHasItsThreatsMitigationsAndNoElements() {
    assertThat(WORKSPACE.title()).isEqualTo("Threat composer");
    assertThat(WORKSPACE.threats()).hasSize(20);
    assertThat(WORKSPACE.mitigations()).hasSize(18);
    assertThat(WORKSPACE.triage()).hasSize(20).allMatch(t -> t.status() == TriageStatus.MITIGATED);
    assertThat(WORKSPACE.mitigations().stream().mapToInt(m -> m.mitigates().size()).sum())
        .isEqualTo(32);
    assertThat(WORKSPACE.zones()).isEmpty();
    assertThat(WORKSPACE.components()).isEmpty();
    assertThat(WORKSPACE.flows()).isEmpty();
  }

  @Test
  void aThreatKeepsEveryPartOfItsStatement() {
    Threat threat = byId(WORKSPACE.threats(), "threat-22");
    assertThat(threat.title()).isEqualTo("Read the contents of local browser storage");
    assertThat(threat.source()).contains("threat actor");
    assertThat(threat.prerequisites().orElseThrow()).startsWith("that is able to trick a user");
    assertThat(threat.action()).contains("read the contents of local browser storage");
    assertThat(threat.impact().orElseThrow()).startsWith("the exfiltration of the contents");
    assertThat(threat.impactedGoals()).containsExactly(Goal.CONFIDENTIALITY);
    assertThat(threat.stride()).containsExactly(Stride.INFORMATION_DISCLOSURE);
    assertThat(threat.severity()).contains(Severity.MEDIUM);
    assertThat(threat.tags())
        .containsExactly(
            "Social engineering",
            "asset:application metadata",
            "asset:threats",
            "asset:mitigations",
            "asset:assumptions");
    assertThat(threat.description().orElseThrow())
        .startsWith("A threat actor that is able to trick a user")
        .contains("Assumes: A-3: We cannot protect against threats on the client endpoint");
  }

  @Test
  void mitigationsKeepTheirLinksStatusAndComments() {
    Mitigation headers = byId(WORKSPACE.mitigations(), "mitigation-17");
    assertThat(headers.status()).isEqualTo(MitigationStatus.IMPLEMENTED);
    assertThat(headers.mitigates()).containsExactly("threat-13", "threat-12", "threat-21");
    assertThat(headers.description().orElseThrow())
        .startsWith("Comments: Implementation in code")
        .endsWith("Tags: XSS");
  }

  @Test
  void assumptionsAndArchitectureGoToTheDescription() {
    assertThat(WORKSPACE.description().orElseThrow())
        .contains("### Architecture")
        .contains("### Data flow")
        .contains("### Assumptions")
        .contains("- A-3: We cannot protect against threats on the client endpoint");
  }

  @Test
  void staleLinksImagesAndOtherGoalsAreReported() {
    List<Problem> problems =
        IMPORTER
            .read(sample("threat-composer/ThreatComposer.tc.json"), ParseLimits.DEFAULTS)
            .problems();
    assertThat(problems).allMatch(p -> p.type() == ProblemType.NOT_MAPPED);
    assertThat(problems).filteredOn(p -> p.message().startsWith("assumption link")).hasSize(10);
    assertThat(problems).filteredOn(p -> p.message().startsWith("mitigation link")).hasSize(4);
    assertThat(problems).filteredOn(p -> p.message().contains("diagram is an image")).hasSize(2);
    assertThat(problems)
        .filteredOn(p -> p.message().contains("'economy'"))
        .singleElement()
        .satisfies(p -> assertThat(p.position().line()).isEqualTo(963));
  }

  @Test
  void aThreatPackIsAFragmentOfThreatsAndMitigations() {
    Model pack = converts(IMPORTER, sample("threat-composer/threatpack-GenAIChatbot.json"));
    assertThat(pack.id()).isEqualTo("genaichatbot");
    assertThat(pack.title()).isEqualTo("GenAI ChatBot Threat Pack");
    assertThat(pack.threats()).hasSize(37);
    assertThat(pack.mitigations()).hasSize(84);
    assertThat(pack.mitigations().stream().mapToInt(m -> m.mitigates().size()).sum())
        .isEqualTo(122);
    assertThat(pack.mitigations()).allMatch(m -> m.status() == MitigationStatus.PROPOSED);
    assertThat(pack.triage()).isEmpty();
    assertThat(pack.zones()).isEmpty();
    assertThat(pack.actors()).isEmpty();
    assertThat(pack.components()).isEmpty();
    assertThat(pack.data()).isEmpty();
    Threat distillation = byId(pack.threats(), "threat-39");
    assertThat(distillation.source()).contains("external threat actor");
    assertThat(distillation.severity()).contains(Severity.LOW);
    assertThat(distillation.tags())
        .containsExactly(
            "LLM10 Unbounded Consumption", "asset:proprietary LLM algorithms and training data");
  }

  @Test
  void aMitigationPackIsAFragmentOfMitigations() {
    Model pack = converts(IMPORTER, sample("threat-composer/mitigationpack-GenAIChatbot.json"));
    assertThat(pack.title()).isEqualTo("GenAI ChatBot Mitigation Pack");
    assertThat(pack.threats()).isEmpty();
    assertThat(pack.mitigations()).hasSize(84).allMatch(m -> m.mitigates().isEmpty());
    assertThat(byId(pack.mitigations(), "mitigation-97").description().orElseThrow())
        .startsWith("Comments: Protect system prompts");
  }

  @Test
  void theStatementExamplesAreThreats() {
    Model examples = converts(IMPORTER, sample("threat-composer/threatStatementExamples.json"));
    assertThat(examples.threats()).hasSize(40);
    Threat first = byId(examples.threats(), "EXAMPLE_000001");
    assertThat(first.source()).contains("internal actor");
    assertThat(first.stride()).containsExactly(Stride.TAMPERING);
  }

  @Test
  void aWorkspaceWithoutThreatsConverts() {
    Model exercise =
        converts(IMPORTER, sample("threat-composer/ThreatModelingForBuilders-Exercise1.tc.json"));
    assertThat(exercise.title()).isEqualTo("Vehicle registration feature");
    assertThat(exercise.threats()).isEmpty();
    assertThat(exercise.description().orElseThrow()).contains("### Architecture");
  }

  @Test
  void isRecognisedAmongTheImporters() {
    assertThat(Importers.recognise(sample("threat-composer/threatpack-GenAIChatbot.json")))
        .containsInstanceOf(ComposerImporter.class);
    assertThat(Importers.recognise(sample("threat-composer/ThreatComposer.tc.json")))
        .containsInstanceOf(ComposerImporter.class);
  }
}
