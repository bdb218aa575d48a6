package dev.bulwark.lifecycle.plan;

import static dev.bulwark.lifecycle.plan.Assessments.threat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts a model gives each factor, with the element named and the place in the file. */
class PlanFactsTest {
  private static final Path TINY = Path.of("src/test/resources/plan/tiny.yaml");

  private static Model tiny() {
    LoadResult loaded = ModelLoader.load(TINY);
    assertThat(loaded.errors()).isEmpty();
    return loaded.model().orElseThrow();
  }

  private static List<String> facts(Model model, Factor factor) {
    return PlanFacts.of(model, SystemView.of(model), Assessments.of()).stream()
        .filter(o -> o.factor() == factor)
        .map(o -> o.level() + " | " + o.fact().element() + " | " + o.fact().text())
        .toList();
  }

  @Test
  void businessCriticalityAndEachRegime() {
    Model model = tiny();
    assertThat(facts(model, Factor.CRITICALITY))
        .containsExactly("high | tiny | business criticality is high");
    assertThat(facts(model, Factor.COMPLIANCE))
        .containsExactly(
            "gdpr | tiny | the system must comply with gdpr",
            "PCI-DSS | tiny | the system must comply with PCI-DSS");
    assertThat(
            PlanFacts.of(model, SystemView.of(model), Assessments.of()).stream()
                .filter(o -> o.factor() == Factor.COMPLIANCE)
                .map(o -> o.fact().position().toString()))
        .containsExactly(TINY + ":6:16", TINY + ":6:22");
  }

  @Test
  void anUnstatedCriticalityIsAssumedAndSaysSo() {
    Model bare =
        ModelLoader.load(Path.of("src/test/resources/plan/bare.yaml")).model().orElseThrow();
    assertThat(facts(bare, Factor.CRITICALITY))
        .containsExactly("medium | bare | business criticality is not stated; medium is assumed");
    assertThat(facts(bare, Factor.EXPOSURE)).isEmpty();
  }

  @Test
  void exposureComesFromComponentsAndFromActorsThatReachTheSystem() {
    assertThat(facts(tiny(), Factor.EXPOSURE))
        .containsExactly(
            "internet | web | component 'web' is internet-facing",
            "partner | partner-api | component 'partner-api' is reachable by partners",
            "internet | customer | actor 'customer' reaches the system from the internet (zone"
                + " 'internet', trust 0)",
            "partner | carrier | actor 'carrier' reaches the system from a partner network (zone"
                + " 'partners', trust 40)");
  }

  @Test
  void dataGivesClassificationPersonalDataAndTheHighestRating() {
    Model model = tiny();
    assertThat(facts(model, Factor.CLASSIFICATION))
        .containsExactly(
            "confidential | orders | data 'orders' is confidential",
            "restricted | cards | data 'cards' is restricted",
            "public | brochure | data 'brochure' is public");
    assertThat(facts(model, Factor.PERSONAL_DATA))
        .containsExactly("personal | orders | data 'orders' is personal data");
    assertThat(facts(model, Factor.RATINGS))
        .containsExactly(
            "high | orders | data 'orders' has high integrity",
            "critical | cards | data 'cards' has critical confidentiality, integrity",
            "medium | brochure | data 'brochure' has medium confidentiality, integrity,"
                + " availability");
  }

  @Test
  void onlyThreatsStillOpenCount() {
    Model model = tiny();
    List<Observation> observations =
        PlanFacts.of(
            model,
            SystemView.of(model),
            Assessments.of(
                threat(
                    "A@web",
                    Severity.CRITICAL,
                    TriageStatus.MITIGATED,
                    List.of(),
                    List.of(),
                    List.of("web")),
                threat(
                    "B@web",
                    Severity.HIGH,
                    TriageStatus.OPEN,
                    List.of(),
                    List.of(),
                    List.of("web")),
                threat(
                    "C@db",
                    Severity.ELEVATED,
                    TriageStatus.IN_PROGRESS,
                    List.of(),
                    List.of(),
                    List.of("db")),
                threat(
                    "D@db",
                    Severity.CRITICAL,
                    TriageStatus.ACCEPTED,
                    List.of(),
                    List.of(),
                    List.of("db"))));
    assertThat(observations.stream().filter(o -> o.factor() == Factor.OPEN_THREATS))
        .extracting(o -> o.level() + " | " + o.fact().text())
        .containsExactly(
            "high | open threat 'Title of B@web' (B@web) is high",
            "elevated | in progress threat 'Title of C@db' (C@db) is elevated");
  }

  @Test
  void theTinyModelIsTierThreeBecauseOfPciDss() {
    Model model = tiny();
    TierDecision decision =
        Tiering.decide(
            PlanFacts.of(model, SystemView.of(model), Assessments.of()), PlanPolicy.defaults());
    // high 2 + internet 2 + restricted 2 + personal 1 + critical ratings 2 + pci-dss 2
    assertThat(decision.score()).isEqualTo(11);
    assertThat(decision.tier()).isEqualTo(3);
    assertThat(decision.reasons())
        .extracting(r -> r.factor().key() + " " + r.level() + " " + r.points())
        .containsExactly(
            "criticality high 2",
            "exposure internet 2",
            "classification restricted 2",
            "personal-data personal 1",
            "ratings critical 2",
            "compliance PCI-DSS 2");
  }
}
