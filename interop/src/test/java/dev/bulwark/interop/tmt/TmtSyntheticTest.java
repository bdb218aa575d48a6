package dev.bulwark.interop.tmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.Engine;
import dev.bulwark.analysis.Finding;
import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.cel.ForeignPacks;
import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Control;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Zone;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.validate.ModelValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A small diagram written for the cases the sample lacks: nested boundaries, a stencil outside
 * every boundary, a line boundary, threat states, out-of-scope and broken flows.
 *
 * <pre>
 *   Corp (0,0 1000x1000) ⊃ Machine (100,100 300x300) ⊃ Service (150,150 100x100)
 *   Corp ⊃ Store (600,150 100x100);  User (1200,1200) outside;  line boundary at x = 1100
 *   User → Service crosses the line, Corp and Machine; Service → Store leaves Machine
 * </pre>
 */
class TmtSyntheticTest {
  static final String USER = "00000000-0000-0000-0000-00000000000a";
  static final String SERVICE = "00000000-0000-0000-0000-00000000000b";
  static final String STORE = "00000000-0000-0000-0000-00000000000c";
  static final String CALL = "00000000-0000-0000-0000-0000000000f1";
  static final String SAVE = "00000000-0000-0000-0000-0000000000f2";

  static Tm7 diagram() {
    return new Tm7()
        .box("BorderBoundary", "GE.TB.B", "SE.TB.B.TMCore.CorpNet", "b1", "Corp", 0, 0, 1000, 1000)
        .box(
            "BorderBoundary",
            "GE.TB.B",
            "SE.TB.TMCore.MachineTrustBoundary",
            "b2",
            "Machine",
            100,
            100,
            300,
            300)
        .box(
            "StencilEllipse",
            "GE.P",
            "SE.P.TMCore.WebApp",
            SERVICE,
            "Service",
            150,
            150,
            100,
            100,
            Tm7.property("hasInputSanitizers", "Sanitizes Input", "1|Not Selected|Yes|No"))
        .box(
            "StencilParallelLines",
            "GE.DS",
            "GE.DS",
            STORE,
            "Store",
            600,
            150,
            100,
            100,
            Tm7.property("Encrypted", "Encrypted", "1|No|Yes"),
            Tm7.property(DiagramMapper.OUT_OF_SCOPE, "Out Of Scope", "true"),
            Tm7.property(DiagramMapper.OUT_OF_SCOPE_REASON, "Reason For Out Of Scope", "legacy"))
        .box(
            "StencilRectangle", "GE.EI", "SE.EI.TMCore.Browser", USER, "User", 1200, 1200, 100, 100)
        .line("l1", "SE.TB.L.TMCore.Internet", "Internet", 1100, 0, 1100, 2000, 1100, 1000)
        .connector(
            CALL,
            "SE.DF.TMCore.HTTPS",
            "Call",
            USER,
            SERVICE,
            1250,
            1250,
            200,
            200,
            725,
            725,
            Tm7.property("authenticatesSource", "Source Authenticated", "2|Not Selected|No|Yes"))
        .connector(
            SAVE,
            "GE.DF",
            "Save",
            SERVICE,
            STORE,
            250,
            200,
            600,
            200,
            425,
            200,
            Tm7.property("providesConfidentiality", "Provides Confidentiality", "1|No|Yes"))
        .connector("f3", "GE.DF", "Loop", SERVICE, SERVICE, 0, 0, 1, 1, 1, 1)
        .connector("f4", "GE.DF", "Dangling", SERVICE, "nowhere", 0, 0, 1, 1, 1, 1)
        .threat(1, "T1", USER, CALL, SERVICE, "NotApplicable", "behind a VPN")
        .threat(2, "T2", USER, CALL, SERVICE, "Mitigated", null)
        .threat(3, "T3", SERVICE, SAVE, STORE, "NeedsInvestigation", "ask ops")
        .threat(4, "T4", SERVICE, SAVE, STORE, "NotStarted", null)
        .threat(5, "T5", SERVICE, SAVE, STORE, "Weird", null);
  }

  static Imported read(Tm7 tm7) {
    return new TmtImporter().read(new Source("synthetic.tm7", tm7.bytes()), ParseLimits.DEFAULTS);
  }

  private final Imported imported = read(diagram());
  private final Model model = imported.model().orElseThrow();

  @Test
  void boundariesNestAndWhatLiesOutsideGoesToTheDiagramsZone() {
    assertThat(model.zones())
        .extracting(Zone::id, Zone::parent, Zone::trust)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("diagram-1", java.util.Optional.empty(), 50),
            org.assertj.core.groups.Tuple.tuple("corp", java.util.Optional.of("diagram-1"), 60),
            org.assertj.core.groups.Tuple.tuple("machine", java.util.Optional.of("corp"), 70));
    assertThat(model.actors().get(0).zone()).contains("diagram-1");
    assertThat(component("service").zone()).contains("machine");
    assertThat(component("store").zone()).contains("corp");
  }

  @Test
  void propertiesThatMeanABulwarkFieldSetIt() {
    assertThat(component("service").controls()).containsExactly(Control.INPUT_VALIDATION);
    assertThat(component("store").encryptionAtRest()).isEqualTo(EncryptionAtRest.PLATFORM);
    Flow call = flow("call");
    assertThat(call.protocol()).isEqualTo(Protocol.HTTPS);
    assertThat(call.authentication()).isEqualTo(Authentication.TOKEN);
    assertThat(flow("save").protocol()).isEqualTo(Protocol.TLS); // confidentiality, no stencil
  }

  @Test
  void aFlowCrossingALineBoundaryIsTagged() {
    assertThat(flow("call").tags())
        .contains("tmt.crosses=SE.TB.L.TMCore.Internet", "tmt.crosses=GE.TB.L");
    assertThat(flow("save").tags()).noneMatch(t -> t.startsWith("tmt.crosses="));
  }

  @Test
  void statesBecomeTriageDecisions() {
    assertThat(model.threats()).hasSize(5);
    assertThat(model.triage())
        .extracting(TriageEntry::threat, TriageEntry::status, e -> e.why().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "t1-call", TriageStatus.FALSE_POSITIVE, "behind a VPN"),
            org.assertj.core.groups.Tuple.tuple(
                "t2-call", TriageStatus.MITIGATED, "mitigated (Threat Modeling Tool)"),
            org.assertj.core.groups.Tuple.tuple(
                "t3-save", TriageStatus.OPEN, "needs investigation: ask ops"));
    assertThat(model.triage().get(0).date()).contains(LocalDate.of(2024, 5, 6));
  }

  @Test
  void whatCannotBeMappedIsReported() {
    assertThat(imported.problems())
        .filteredOn(p -> p.type() == ProblemType.NOT_MAPPED)
        .extracting(Problem::message)
        .anyMatch(m -> m.contains("'Store' is out of scope in the tool (legacy)"))
        .anyMatch(m -> m.contains("flow 'Loop' goes from 'service' to itself"))
        .anyMatch(m -> m.contains("flow 'Dangling' is not connected at both ends"))
        .anyMatch(m -> m.contains("line boundary 'Internet' is not a zone; 1 flow(s)"))
        .anyMatch(m -> m.contains("threat state 'Weird'"))
        .anyMatch(m -> m.contains("<Reviewer> 'Bob'"));
    assertThat(model.flows()).hasSize(2);
    assertThat(model.owner()).contains("Ada");
    assertThat(model.id()).isEqualTo("synthetic");
    assertThat(ModelValidator.validate(model, Set.of())).noneMatch(Problem::isError);
  }

  @Test
  void rulesSeeBordersAndLinesAndSkipRecordedInstances() {
    Tm7 tm7 =
        diagram()
            .knowledgeBase(
                new String[] {"L1", "flow crosses 'GE.TB.L'", ""},
                new String[] {"B1", "flow crosses 'GE.TB.B'", ""},
                new String[] {"M1", "flow crosses 'SE.TB.TMCore.MachineTrustBoundary'", ""},
                new String[] {"T1", "target is 'GE.P'", ""},
                new String[] {"P1", "target.hasInputSanitizers is 'Yes'", ""},
                new String[] {"X1", "source is 'GE.P'", "target.Encrypted is 'Yes'"});
    ForeignPacks.Pack pack =
        TemplatePacks.pack(Path.of("synthetic.tm7"), tm7.bytes(), ParseLimits.DEFAULTS);
    assertThat(pack.problems()).isEmpty();
    Model imported = read(tm7).model().orElseThrow();
    List<String> found =
        new Engine(RuleSet.of(pack.rules().stream().map(ForeignPacks.Entry::rule).toList()))
            .run(SystemView.of(imported)).stream().map(Finding::fingerprint).toList();
    assertThat(found)
        .containsExactlyInAnyOrder(
            "TMT-L1@call", // the line boundary at x = 1100
            "TMT-B1@call", // enters Corp and Machine
            "TMT-B1@save", // leaves Machine
            "TMT-M1@call",
            "TMT-M1@save",
            "TMT-P1@call"); // T1@call is an imported instance already; X1 is excluded
    Finding l1 =
        new Engine(RuleSet.of(pack.rules().stream().map(ForeignPacks.Entry::rule).toList()))
            .run(SystemView.of(imported)).stream()
                .filter(f -> f.rule().id().equals("TMT-L1"))
                .findFirst()
                .orElseThrow();
    assertThat(l1.message()).isEqualTo("Type L1 on call");
  }

  private dev.bulwark.model.Component component(String id) {
    return model.components().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private Flow flow(String id) {
    return model.flows().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }
}
