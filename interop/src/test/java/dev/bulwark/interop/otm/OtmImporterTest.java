package dev.bulwark.interop.otm;

import static dev.bulwark.interop.Samples.element;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.Samples;
import dev.bulwark.model.Actor;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OTM samples, with counts and mappings checked against the source files by hand (the counts
 * with jq / PyYAML over the files, never from the importer's output).
 */
class OtmImporterTest {
  private static Model sample(String name) {
    return Samples.model(Samples.OTM.resolve(name));
  }

  private static void assertCounts(
      Model model,
      int zones,
      int actors,
      int components,
      int flows,
      int data,
      int threats,
      int mitigations) {
    assertThat(model.zones()).as("zones").hasSize(zones);
    assertThat(model.actors()).as("actors").hasSize(actors);
    assertThat(model.components()).as("components").hasSize(components);
    assertThat(model.flows()).as("flows").hasSize(flows);
    assertThat(model.data()).as("data").hasSize(data);
    assertThat(model.threats()).as("threats").hasSize(threats);
    assertThat(model.mitigations()).as("mitigations").hasSize(mitigations);
  }

  @Test
  void specExampleInYaml() {
    Model model = sample("otm-spec-EXAMPLE.yaml");
    // 2 trust zones; 4 components of which 'Web Client' (type web-client) is an actor; 2 flows
    assertCounts(model, 2, 1, 3, 2, 2, 1, 2);
    assertThat(model.id()).isEqualTo("test-project");
    assertThat(model.title()).isEqualTo("Test project");
    assertThat(model.owner()).contains("John Doe <john.doe@example.com>");

    Zone internet = element(model, "internet", Zone.class);
    assertThat(internet.trust()).isEqualTo(20);
    assertThat(internet.tags())
        .containsExactly("otm-id:f0ba7722-39b6-4c81-8290-a30a248bb8d9", "otm-type:internet");
    assertThat(element(model, "private", Zone.class).trust()).isEqualTo(100);

    assertThat(element(model, "web-client", Actor.class).zone()).contains("internet");
    Component web = element(model, "web-service", Component.class);
    assertThat(web.zone()).contains("private");
    assertThat(web.processes()).containsExactly("cc-data", "public-info");
    assertThat(web.stores()).containsExactly("public-info");
    assertThat(web.technology()).contains("web-service");
    assertThat(element(model, "customer-database", Component.class).kind())
        .isEqualTo(ComponentKind.DATABASE);

    // confidentiality 0 is public; 100 is critical and restricted
    DataAsset publicInfo = element(model, "public-info", DataAsset.class);
    assertThat(publicInfo.classification()).isEqualTo(Classification.PUBLIC);
    assertThat(publicInfo.integrity()).isEqualTo(Rating.CRITICAL);
    assertThat(publicInfo.availability()).isEqualTo(Rating.HIGH);
    assertThat(element(model, "cc-data", DataAsset.class).classification())
        .isEqualTo(Classification.RESTRICTED);

    Flow store = element(model, "cc-store-in-db", Flow.class);
    assertThat(store.from()).isEqualTo("web-service");
    assertThat(store.to()).isEqualTo("customer-database");
    assertThat(store.data()).containsExactly("cc-data");

    Threat threat = element(model, "threat-1", Threat.class);
    assertThat(threat.title()).isEqualTo("Threat 1");
    assertThat(threat.stride()).containsExactly(Stride.SPOOFING, Stride.TAMPERING);
    assertThat(threat.cwe()).containsExactly("CWE-79", "CWE-787");
    assertThat(threat.affects()).containsExactly("web-service", "cc-store-in-db");
    // likelihood 50 × impact 100 / 100 = 50: high
    assertThat(threat.severity()).contains(Severity.HIGH);
    assertThat(threat.tags()).contains("sql", "otm-id:22724267-be7e-44c0-8b1f-d7d33e9a34ec");

    // implemented on the component, required on the flow: the least advanced, planned
    Mitigation first = element(model, "this-is-the-name-of-mitigation-1", Mitigation.class);
    assertThat(first.mitigates()).containsExactly("threat-1");
    assertThat(first.appliesTo()).containsExactly("web-service", "cc-store-in-db");
    assertThat(first.status()).isEqualTo(MitigationStatus.PLANNED);
    assertThat(first.description())
        .contains("Description for mitigation 1\n\nOTM id: fd6136f4-e2ff-11eb-ba80-0242ac130004");
    Mitigation second = element(model, "mitigation-2", Mitigation.class);
    assertThat(second.mitigates()).isEmpty();
    assertThat(second.status()).isEqualTo(MitigationStatus.PROPOSED);
    // both instances are 'exposed': no decision
    assertThat(model.triage()).isEmpty();
  }

  @Test
  void specExampleInJsonGivesTheSameModelAsInYaml() {
    Model json = sample("otm-spec-EXAMPLE.json");
    Model yaml = sample("otm-spec-EXAMPLE.yaml");
    assertThat(json.elements().map(e -> e.id()).toList())
        .isEqualTo(yaml.elements().map(e -> e.id()).toList());
    assertThat(json.flows().stream().map(f -> f.from() + ">" + f.to()).toList())
        .isEqualTo(yaml.flows().stream().map(f -> f.from() + ">" + f.to()).toList());
  }

  @Test
  void startleftManualModel() {
    Model model = sample("startleft-manual_threat_model.otm.yaml");
    assertCounts(model, 3, 1, 2, 2, 0, 0, 0);
    assertThat(element(model, "user", Actor.class).zone()).contains("internet");
    assertThat(element(model, "public", Zone.class).trust()).isEqualTo(1);
    assertThat(element(model, "private-secured", Zone.class).trust()).isEqualTo(100);
    assertThat(element(model, "database", Component.class).zone()).contains("private-secured");
    Flow connection = element(model, "client-connection", Flow.class);
    assertThat(List.of(connection.from(), connection.to())).containsExactly("user", "web-server");
  }

  @Test
  void startleftMtmtModel() {
    Model model = sample("startleft-mtmt_example.otm.yaml");
    // 3 zones, 4 components (Mobile Client is an android-device-client), 6 flows, 43 + 43
    assertCounts(model, 3, 1, 3, 6, 0, 43, 43);
    assertThat(element(model, "sandbox-environment", Zone.class).parent()).contains("internet");
    assertThat(element(model, "mobile-client", Actor.class).zone()).contains("internet");
    Component postgres = element(model, "accounting-postgresql", Component.class);
    assertThat(postgres.kind()).isEqualTo(ComponentKind.DATABASE);
    assertThat(postgres.technology()).contains("CD-MICROSOFT-AZURE-DB-POSTGRESQL");
    // threat '55' has its one instance on the PostgreSQL component
    Threat weakNetwork =
        model.threats().stream()
            .filter(t -> t.tags().contains("otm-id:55"))
            .findFirst()
            .orElseThrow();
    assertThat(weakNetwork.title())
        .isEqualTo(
            "An adversary can gain unauthorized access to Azure Postgres DB instances due to weak"
                + " network security configuration");
    assertThat(weakNetwork.affects()).containsExactly("accounting-postgresql");
    assertThat(weakNetwork.stride()).containsExactly(Stride.ELEVATION_OF_PRIVILEGE);
    assertThat(weakNetwork.severity()).contains(Severity.CRITICAL);
    // every instance is AutoGenerated, every mitigation RECOMMENDED
    assertThat(model.triage()).isEmpty();
    assertThat(model.mitigations())
        .allSatisfy(m -> assertThat(m.status()).isEqualTo(MitigationStatus.PROPOSED));
    assertThat(model.mitigations()).allSatisfy(m -> assertThat(m.mitigates()).hasSize(1));
  }

  @Test
  void startleftTerraformModel() {
    Model model = sample("startleft-tf_example.otm.yaml");
    // 29 components, 4 of them generic-client addresses; 22 flows
    assertCounts(model, 2, 4, 25, 22, 0, 0, 0);
    assertThat(element(model, "alb", Component.class).kind())
        .isEqualTo(ComponentKind.LOAD_BALANCER);
    // 'service' is nested in the component 'mongo': it takes mongo's zone and keeps the link
    Component service = element(model, "service", Component.class);
    assertThat(service.zone()).contains("public-cloud");
    assertThat(service.tags()).contains("otm-parent:mongo");
  }

  @Test
  void threatDragonsOtmExport() {
    Model model = sample("threat-dragon-mobile-cloud.otm.json");
    assertCounts(model, 2, 1, 3, 6, 0, 43, 43);
  }

  @Test
  void decidedStatesBecomeTriage() {
    String otm =
        """
        otmVersion: 0.2.0
        project: { name: P, id: p }
        trustZones: [ { id: z, name: Z, risk: { trustRating: 50 } } ]
        components:
          - id: a
            name: A
            type: service
            parent: { trustZone: z }
            threats:
              - { threat: t1, state: mitigated }
              - { threat: t2, state: accepted }
              - { threat: t3, state: not-applicable }
              - { threat: t4, state: exposed }
        threats:
          - { id: t1, name: T1, risk: { likelihood: 10, impact: 10 } }
          - { id: t2, name: T2, risk: { likelihood: 10, impact: 10 } }
          - { id: t3, name: T3, risk: { likelihood: 10, impact: 10 } }
          - { id: t4, name: T4, risk: { likelihood: 10, impact: 10 } }
        """;
    Model model = Samples.read(Samples.source("p.otm.yaml", otm)).model().orElseThrow();
    assertThat(model.triage())
        .extracting(entry -> entry.threat() + "=" + entry.status())
        .containsExactly("t1=MITIGATED", "t2=ACCEPTED", "t3=FALSE_POSITIVE");
    assertThat(model.triage().getFirst().status()).isEqualTo(TriageStatus.MITIGATED);
    assertThat(model.triage().getFirst().position().line()).isEqualTo(10);
  }
}
