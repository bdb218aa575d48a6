package dev.bulwark.interop.threagile;

import static dev.bulwark.interop.peer.ImportChecks.byId;
import static dev.bulwark.interop.peer.ImportChecks.converts;
import static dev.bulwark.interop.peer.ImportChecks.ids;
import static dev.bulwark.interop.peer.ImportChecks.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.Engine;
import dev.bulwark.analysis.Finding;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Importers;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.DataFormat;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Threagile's own example and stub. Expected numbers were counted in the YAML files (yq): the
 * example has 14 technical assets, 4 of them external entities used by people, 20 communication
 * links, 12 data assets, 5 trust boundaries holding 12 assets (the other two are on the internet),
 * 2 individual risks and 6 risk-tracking entries, one of a category Bulwark has no rule for.
 */
class ThreagileImporterTest {
  private static final ThreagileImporter IMPORTER = new ThreagileImporter();
  private static final Model EXAMPLE =
      converts(IMPORTER, sample("threagile/example-threagile.yaml"));

  @Test
  void theExampleHasEveryElement() {
    assertThat(EXAMPLE.actors()).hasSize(4);
    assertThat(EXAMPLE.components()).hasSize(10);
    assertThat(EXAMPLE.flows()).hasSize(20);
    assertThat(EXAMPLE.data()).hasSize(12);
    assertThat(ids(EXAMPLE.zones()))
        .containsExactly(
            "web-dmz", "erp-dmz", "application-network", "auth-env", "dev-network", "internet");
    assertThat(EXAMPLE.threats()).hasSize(2);
    assertThat(EXAMPLE.triage()).hasSize(5);
  }

  @Test
  void theModelKeepsTitleOwnerAndBusiness() {
    assertThat(EXAMPLE.id()).isEqualTo("some-example-application");
    assertThat(EXAMPLE.title()).isEqualTo("Some Example Application");
    assertThat(EXAMPLE.owner()).contains("John Doe");
    assertThat(EXAMPLE.business().orElseThrow().criticality()).isEqualTo(Criticality.MEDIUM);
    assertThat(EXAMPLE.description().orElseThrow())
        .startsWith("Just some <b>more</b> custom summary");
  }

  @Test
  void peopleAreActorsByHowTheyUseTheSystem() {
    assertThat(byId(EXAMPLE.actors(), "customer-client").kind()).isEqualTo(ActorKind.USER);
    assertThat(byId(EXAMPLE.actors(), "customer-client").zone()).contains("internet");
    assertThat(byId(EXAMPLE.actors(), "backoffice-client").kind()).isEqualTo(ActorKind.STAFF);
    assertThat(byId(EXAMPLE.actors(), "backend-admin-client").kind()).isEqualTo(ActorKind.ADMIN);
    assertThat(byId(EXAMPLE.actors(), "backend-admin-client").zone()).contains("dev-network");
  }

  @Test
  void technicalAssetsBecomeComponents() {
    Component web = byId(EXAMPLE.components(), "apache-webserver");
    assertThat(web.kind()).isEqualTo(ComponentKind.WEB_APP);
    assertThat(web.technology()).contains("web-server");
    assertThat(web.zone()).contains("web-dmz");
    assertThat(web.customCode()).isTrue();
    assertThat(web.exposure()).isEqualTo(Exposure.INTERNAL);
    assertThat(web.accepts()).containsExactly(DataFormat.JSON, DataFormat.FILES);
    assertThat(web.stores()).containsExactly("client-application-code", "server-application-code");
    assertThat(web.tags())
        .containsExactly("linux", "apache", "aws:ec2", "shared-runtime:webapp-virtualization");
    assertThat(byId(EXAMPLE.components(), "sql-database").encryptionAtRest())
        .isEqualTo(EncryptionAtRest.APPLICATION);
    assertThat(byId(EXAMPLE.components(), "ldap-auth-server").kind())
        .isEqualTo(ComponentKind.DIRECTORY);
    assertThat(byId(EXAMPLE.components(), "ldap-auth-server").encryptionAtRest())
        .isEqualTo(EncryptionAtRest.PLATFORM);
    assertThat(byId(EXAMPLE.components(), "jenkins-build-server").kind())
        .isEqualTo(ComponentKind.BUILD_PIPELINE);
  }

  @Test
  void linksBecomeFlowsWithTheirDataBothWays() {
    Flow traffic = byId(EXAMPLE.flows(), "customer-client.customer-traffic");
    assertThat(traffic.from()).isEqualTo("customer-client");
    assertThat(traffic.to()).isEqualTo("load-balancer");
    assertThat(traffic.protocol()).isEqualTo(Protocol.HTTPS);
    assertThat(traffic.authentication()).isEqualTo(Authentication.SESSION);
    assertThat(traffic.authorization()).isEqualTo(Authorization.END_USER);
    assertThat(traffic.data())
        .containsExactly(
            "customer-accounts",
            "customer-operational-data",
            "customer-contracts",
            "client-application-code",
            "marketing-material");
    Flow erp = byId(EXAMPLE.flows(), "backoffice-client.erp-internal-access");
    assertThat(erp.controls()).containsExactly(Control.VPN);
    assertThat(erp.tags()).containsExactly("some-erp");
    Flow dump = byId(EXAMPLE.flows(), "backend-admin-client.db-update-access");
    assertThat(dump.protocol()).isEqualTo(Protocol.SSH);
    assertThat(dump.authentication()).isEqualTo(Authentication.MTLS);
  }

  @Test
  void nestedBoundariesBecomeNestedZonesWithMoreTrust() {
    Zone network = byId(EXAMPLE.zones(), "application-network");
    assertThat(network.parent()).isEmpty();
    assertThat(network.trust()).isEqualTo(50);
    assertThat(network.kind()).isEqualTo(ZoneKind.CLOUD_ACCOUNT);
    Zone dmz = byId(EXAMPLE.zones(), "web-dmz");
    assertThat(dmz.parent()).contains("application-network");
    assertThat(dmz.trust()).isEqualTo(60);
    assertThat(dmz.kind()).isEqualTo(ZoneKind.SUBNET);
    assertThat(byId(EXAMPLE.zones(), "auth-env").kind()).isEqualTo(ZoneKind.HOST);
    assertThat(byId(EXAMPLE.zones(), "internet").trust()).isZero();
  }

  @Test
  void dataAssetsReadMergeKeysAndRateOnBulwarksScale() {
    DataAsset contracts = byId(EXAMPLE.data(), "customer-contracts");
    assertThat(contracts.classification()).isEqualTo(Classification.CONFIDENTIAL);
    assertThat(contracts.confidentiality()).isEqualTo(Rating.HIGH);
    assertThat(contracts.integrity()).isEqualTo(Rating.HIGH);
    assertThat(contracts.availability()).isEqualTo(Rating.LOW);
    assertThat(contracts.tags()).containsExactly("quantity:many");
    // '<<: *customer-contracts' supplies what the asset does not write itself
    DataAsset operational = byId(EXAMPLE.data(), "customer-operational-data");
    assertThat(operational.confidentiality()).isEqualTo(Rating.HIGH);
    assertThat(operational.availability()).isEqualTo(Rating.HIGH);
    assertThat(operational.tags()).containsExactly("quantity:many");
    assertThat(operational.description()).contains("Customer Operational Data");
    DataAsset accounts = byId(EXAMPLE.data(), "customer-accounts");
    assertThat(accounts.classification()).isEqualTo(Classification.RESTRICTED);
    assertThat(accounts.confidentiality()).isEqualTo(Rating.CRITICAL);
  }

  @Test
  void individualRisksBecomeHandWrittenThreats() {
    Threat risk = byId(EXAMPLE.threats(), "something-strange.sql-database");
    assertThat(risk.title()).isEqualTo("Example Individual Risk at Database");
    assertThat(risk.severity()).contains(Severity.CRITICAL);
    assertThat(risk.stride()).containsExactly(Stride.REPUDIATION);
    assertThat(risk.cwe()).containsExactly("CWE-693");
    assertThat(risk.affects()).containsExactly("sql-database");
    assertThat(risk.impact()).contains("Some text describing the impact...");
    assertThat(byId(EXAMPLE.threats(), "something-strange.contract-file-server").severity())
        .contains(Severity.MEDIUM);
  }

  @Test
  void riskTrackingBecomesTriageOnTheMatchingBulwarkRules() {
    assertThat(EXAMPLE.triage().stream().map(TriageEntry::threat))
        .containsExactly(
            "BW-WEB-010@erp-system",
            "BW-WEB-003@*+ldap-auth-server",
            "BW-DATA-001@*",
            "BW-AUTH-002@*",
            "BW-NET-006@*");
    TriageEntry accepted = EXAMPLE.triage().get(0);
    assertThat(accepted.status()).isEqualTo(TriageStatus.ACCEPTED);
    assertThat(accepted.why()).contains("Risk accepted as tolerable");
    assertThat(accepted.by()).contains("John Doe");
    assertThat(accepted.date()).contains(LocalDate.of(2020, 1, 4));
    assertThat(accepted.ticket()).contains("XYZ-1234");
    assertThat(EXAMPLE.triage().get(1).status()).isEqualTo(TriageStatus.MITIGATED);
  }

  @Test
  void everyTriageEntryDecidesThreatsBulwarksRulesDerive() {
    List<String> fingerprints =
        new Engine(BuiltinRules.ruleSet())
            .run(SystemView.of(EXAMPLE)).stream().map(Finding::fingerprint).toList();
    for (TriageEntry entry : EXAMPLE.triage()) {
      Pattern pattern =
          Pattern.compile(
              Arrays.stream(entry.threat().split("\\*", -1))
                  .map(Pattern::quote)
                  .collect(Collectors.joining(".*")));
      assertThat(fingerprints).as(entry.threat()).anyMatch(f -> pattern.matcher(f).matches());
    }
    assertThat(fingerprints).contains("BW-WEB-003@marketing-cms+ldap-auth-server");
  }

  @Test
  void whatHasNoPlaceIsReportedWhereItIsWritten() {
    List<Problem> problems =
        IMPORTER.read(sample("threagile/example-threagile.yaml"), ParseLimits.DEFAULTS).problems();
    assertThat(problems).allMatch(p -> p.type() == ProblemType.NOT_MAPPED);
    assertThat(problems.stream().map(p -> p.position().line())).contains(17, 49, 58, 90, 1334);
    assertThat(problems)
        .anySatisfy(p -> {
          assertThat(p.position().line()).isEqualTo(1334);
          assertThat(p.message()).contains("dos-risky-access-across-trust-boundary");
        })
        .anySatisfy(p -> {
          assertThat(p.position().line()).isEqualTo(553);
          assertThat(p.message()).contains("'readonly'");
        });
  }

  @Test
  void theStubConverts() {
    Model stub = converts(IMPORTER, sample("threagile/stub-threagile.yaml"));
    assertThat(stub.actors()).isEmpty();
    assertThat(ids(stub.components())).containsExactly("some-component", "some-other-component");
    assertThat(ids(stub.flows())).containsExactly("some-component.some-traffic");
    assertThat(ids(stub.data())).containsExactly("some-data");
    assertThat(ids(stub.zones())).containsExactly("some-network", "no-boundary");
    assertThat(byId(stub.components(), "some-other-component").zone()).contains("no-boundary");
    assertThat(stub.threats()).hasSize(1);
    assertThat(stub.triage()).isEmpty();
  }

  @Test
  void isRecognisedAndRegistered() {
    Imported viaRegistry =
        Importers.read(
            sample("threagile/stub-threagile.yaml"), Optional.empty(), ParseLimits.DEFAULTS);
    assertThat(viaRegistry.model().map(Model::title)).contains("Model Stub");
    assertThat(Importers.named("threagile")).containsInstanceOf(ThreagileImporter.class);
  }
}
