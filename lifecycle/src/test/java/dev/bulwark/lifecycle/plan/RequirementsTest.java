package dev.bulwark.lifecycle.plan;

import static dev.bulwark.lifecycle.plan.Assessments.threat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.lifecycle.plan.Requirement.Origin;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.risk.Assessment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requirements from the model's mitigations and the catalogue's countermeasures: once each, grouped
 * by ASVS chapter, highest severity first; only threats that still matter count.
 */
class RequirementsTest {
  private static final Model TINY =
      ModelLoader.load(Path.of("src/test/resources/plan/tiny.yaml")).model().orElseThrow();

  private static final Assessment ASSESSMENT =
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
              List.of("db")),
          threat(
              "BW-C@web",
              Severity.ELEVATED,
              TriageStatus.FALSE_POSITIVE,
              List.of("rate-limit-requests"),
              List.of(),
              List.of("web")),
          threat(
              "BW-D@db",
              Severity.LOW,
              TriageStatus.ACCEPTED,
              List.of("scheduled-patching"),
              List.of(),
              List.of("db")),
          threat(
              "BW-E@save",
              Severity.MEDIUM,
              TriageStatus.IN_PROGRESS,
              List.of("not-in-the-catalogue", "audit-log-boundary-actions", "tested-backups"),
              List.of(),
              List.of("save", "db")));

  private static List<RequirementGroup> groups() {
    return Requirements.derive(TINY, ASSESSMENT, Countermeasures.builtIn());
  }

  @Test
  void eachRequirementOnceInItsGroupHighestSeverityFirst() {
    assertThat(groups())
        .extracting(g ->
            g.key()
                + ": "
                + String.join(", ", g.requirements().stream().map(Requirement::id).toList()))
        .containsExactly(
            "model: waf, tls-everywhere",
            "V5: input-validation, parameterized-queries",
            "V6: encrypt-data-at-rest",
            "V7: audit-log-boundary-actions",
            "other: tested-backups");
    assertThat(groups())
        .extracting(RequirementGroup::title)
        .containsExactly(
            "Mitigations agreed in the model",
            "V5 Validation, Sanitization and Encoding",
            "V6 Stored Cryptography",
            "V7 Error Handling and Logging",
            "Other countermeasures (no ASVS requirement)");
  }

  @Test
  void aCountermeasureGathersEveryThreatItAddresses() {
    Requirement inputValidation = groups().get(1).requirements().getFirst();
    assertThat(inputValidation.origin()).isEqualTo(Origin.CATALOGUE);
    assertThat(inputValidation.threats()).containsExactly("BW-A@web", "BW-B@db");
    assertThat(inputValidation.worst()).contains(Severity.CRITICAL);
    assertThat(inputValidation.elements()).containsExactly("web", "db");
    assertThat(inputValidation.asvs()).containsExactly("V5.1.3", "V5.1.4");
    assertThat(inputValidation.nist()).containsExactly("SI-10");
    assertThat(inputValidation.verification().orElseThrow()).startsWith("Every endpoint has a");
    assertThat(inputValidation.done()).isFalse();
  }

  @Test
  void countermeasuresOfAcceptedOrFalsePositiveThreatsAreNotRequired() {
    List<String> ids =
        groups().stream().flatMap(g -> g.requirements().stream()).map(Requirement::id).toList();
    assertThat(ids)
        .doesNotContain("rate-limit-requests", "scheduled-patching", "not-in-the-catalogue");
  }

  @Test
  void theModelsMitigationsKeepTheirVerificationStatusAndPlace() {
    List<Requirement> model = groups().getFirst().requirements();
    Requirement waf = model.get(0);
    assertThat(waf.origin()).isEqualTo(Origin.MODEL);
    assertThat(waf.action()).isEqualTo("Route all traffic through the WAF.");
    assertThat(waf.verification()).isEmpty();
    assertThat(waf.status()).contains(MitigationStatus.PROPOSED);
    assertThat(waf.elements()).containsExactly("web");
    assertThat(waf.done()).isFalse();
    Requirement tls = model.get(1);
    assertThat(tls.action()).isEqualTo("TLS on every flow");
    assertThat(tls.verification()).contains("testssl.sh finds no plaintext port.");
    assertThat(tls.elements()).containsExactly("browse", "save");
    assertThat(tls.worst()).contains(Severity.HIGH);
    assertThat(tls.done()).isTrue();
  }

  @Test
  void rejectedMitigationsAreNotRequirements() {
    assertThat(groups().getFirst().requirements())
        .extracting(Requirement::id)
        .doesNotContain("shred");
  }

  @Test
  void withoutThreatsOrMitigationsThereIsNothingToDo() {
    Model bare =
        ModelLoader.load(Path.of("src/test/resources/plan/bare.yaml")).model().orElseThrow();
    assertThat(Requirements.derive(bare, Assessments.of(), Countermeasures.builtIn())).isEmpty();
  }
}
