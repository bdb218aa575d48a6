package dev.bulwark.interop.threatdragon;

import static dev.bulwark.interop.Samples.element;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.Samples;
import dev.bulwark.model.Actor;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.Zone;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Threat Dragon samples, with counts and mappings checked against the source files by hand (jq
 * over the cells; zones worked out from the cells' coordinates).
 */
class ThreatDragonImporterTest {
  private static Model sample(String name) {
    return Samples.model(Samples.THREAT_DRAGON.resolve(name));
  }

  private static List<String> zoneMembers(Model model, String zone) {
    return model
        .elements()
        .filter(e ->
            e instanceof Actor a && a.zone().orElse("").equals(zone)
                || e instanceof Component c && c.zone().orElse("").equals(zone))
        .map(e -> e.id())
        .toList();
  }

  @Test
  void demoModelWithCurves() {
    Model model = sample("v2-threat-model.json");
    // 1 actor, 2 processes, 4 stores, 10 flows, 14 threats all with mitigation text, 4 mitigated
    assertThat(model.actors()).hasSize(1);
    assertThat(model.components()).hasSize(6);
    assertThat(model.flows()).hasSize(10);
    assertThat(model.threats()).hasSize(14);
    assertThat(model.mitigations()).hasSize(14);
    assertThat(model.triage()).hasSize(4);
    assertThat(model.title()).isEqualTo("Demo Threat Model");
    assertThat(model.owner()).contains("Mike Goodwin");
    // three curves cut the diagram in five: the browser; the queue; the database (the second
    // curve loops round it); the web application with its configuration; the worker with its
    // configuration
    assertThat(model.zones()).hasSize(5);
    assertThat(zoneMembers(model, "browser-region")).containsExactly("browser");
    assertThat(zoneMembers(model, "message-queue-region")).containsExactly("message-queue");
    assertThat(zoneMembers(model, "database-region")).containsExactly("database");
    assertThat(zoneMembers(model, "web-application-region"))
        .containsExactlyInAnyOrder("web-application", "web-application-config");
    assertThat(zoneMembers(model, "background-worker-process-region"))
        .containsExactlyInAnyOrder("background-worker-process", "worker-config");
    assertThat(element(model, "browser-region", Zone.class).trust()).isZero();

    // 'Web Request' starts at a loose point 10 px right of the Browser
    Flow request = element(model, "web-request", Flow.class);
    assertThat(List.of(request.from(), request.to())).containsExactly("browser", "web-application");
    assertThat(request.protocol()).isEqualTo(Protocol.HTTPS);
    assertThat(request.tags()).contains("public-network", "crosses:boundary-3");
    assertThat(element(model, "put-message", Flow.class).tags()).contains("crosses:boundary-1");
    // 'Queries' is encrypted with no protocol named
    assertThat(element(model, "queries", Flow.class).protocol()).isEqualTo(Protocol.TLS);
    assertThat(element(model, "web-application", Component.class).exposure())
        .isEqualTo(Exposure.INTERNET);

    Component config = element(model, "worker-config", Component.class);
    assertThat(config.stores()).containsExactly("credentials");
    assertThat(config.tags()).contains("td-id:a25bbb4e-093f-4238-a620-31efdee452dc");
    assertThat(element(model, "database", Component.class).tags()).contains("log");
    assertThat(element(model, "web-application-config", Component.class).tags())
        .contains("out-of-scope");

    Threat secrecy = element(model, "message-secrecy", Threat.class);
    assertThat(secrecy.affects()).containsExactly("message-queue");
    assertThat(secrecy.stride()).containsExactly(Stride.INFORMATION_DISCLOSURE);
    assertThat(secrecy.severity()).contains(Severity.LOW);
    // the same title on four flows gives four threats with their own ids
    assertThat(
            model.threats().stream().filter(t -> t.title().equals("Data flow should use HTTP/S")))
        .extracting(Threat::id)
        .containsExactly(
            "data-flow-should-use-http-s",
            "data-flow-should-use-http-s-2",
            "data-flow-should-use-http-s-3",
            "data-flow-should-use-http-s-4");
    assertThat(model.triage())
        .extracting(TriageEntry::threat)
        .containsExactly(
            "unauthorised-access",
            "fake-messages-could-be-placed-on-the-queue",
            "data-flow-should-use-http-s-3",
            "data-flow-should-use-http-s-4");
    Mitigation auth = element(model, "unauthorised-access-mitigation", Mitigation.class);
    assertThat(auth.status()).isEqualTo(MitigationStatus.IMPLEMENTED);
    assertThat(auth.appliesTo()).containsExactly("database");
    assertThat(auth.title()).isEqualTo("Require all queries to be authenticated.");
  }

  @Test
  void threeTierModelWithBoxes() {
    Model model = sample("three-tier-web-app.json");
    assertThat(model.components()).hasSize(3);
    assertThat(model.flows()).hasSize(3);
    assertThat(model.threats()).hasSize(2);
    // box 'Internet' (152..402 × 170..370) holds Web UI (centre 277, 280); box 'Public Cloud'
    // (563..1083 × 180..380) holds Web Service (662, 280) and PostgresSQL (953, 280)
    assertThat(model.zones()).extracting(Zone::id).containsExactly("internet", "public-cloud");
    assertThat(zoneMembers(model, "internet")).containsExactly("web-ui");
    assertThat(zoneMembers(model, "public-cloud")).containsExactly("web-service", "postgressql");
    assertThat(element(model, "internet", Zone.class).trust()).isZero();
    assertThat(element(model, "public-cloud", Zone.class).trust()).isEqualTo(50);
    // unnamed flows are named after their ends
    assertThat(model.flows())
        .extracting(Flow::id)
        .containsExactly(
            "web-ui-to-web-service", "web-service-to-web-ui", "web-service-to-postgressql");
    assertThat(model.triage()).hasSize(2);
    assertThat(model.threats())
        .extracting(Threat::severity)
        .containsExactly(
            java.util.Optional.of(Severity.HIGH), java.util.Optional.of(Severity.MEDIUM));
  }

  @Test
  void iotModelWithOneCurve() {
    Model model = sample("iot-device.json");
    assertThat(model.actors()).hasSize(1);
    assertThat(model.components()).hasSize(10);
    assertThat(model.flows()).hasSize(14);
    assertThat(model.threats()).hasSize(4);
    assertThat(model.triage()).hasSize(1);
    // 'New STRIDE threat' has severity TBA: none
    assertThat(element(model, "new-stride-threat", Threat.class).severity()).isEmpty();
    assertThat(element(model, "no-authn", Threat.class).stride())
        .containsExactly(Stride.ELEVATION_OF_PRIVILEGE);
    assertThat(element(model, "mysql-database", Component.class).kind())
        .isEqualTo(ComponentKind.DATABASE);
    // the curve named Internet separates the user's side from the cloud side
    assertThat(zoneMembers(model, "user-region"))
        .contains("user", "browser", "mobile-app", "iot-device");
    assertThat(zoneMembers(model, "web-site-region")).contains("web-site", "cloud-api");
    assertThat(element(model, "send-command", Flow.class).tags()).contains("crosses:internet");
    // 'Broadcast' names UPnP, which Bulwark does not know: plain TCP, the name kept in a tag
    Flow broadcast = element(model, "broadcast", Flow.class);
    assertThat(broadcast.protocol()).isEqualTo(Protocol.TCP);
    assertThat(broadcast.tags()).contains("protocol:UPnP");
  }

  @Test
  void version1Model() {
    Model model = Samples.model(Path.of("src/test/resources/threat-dragon/v1-demo.json"));
    assertThat(model.actors()).extracting(Actor::id).containsExactly("browser");
    assertThat(model.components())
        .extracting(Component::id)
        .containsExactly("web-application", "background-worker", "database", "message-queue");
    assertThat(model.flows())
        .extracting(Flow::id)
        .containsExactly("web-request", "put-message", "message", "queries");
    assertThat(model.threats()).hasSize(4);
    assertThat(model.mitigations()).hasSize(3);
    assertThat(model.triage())
        .extracting(TriageEntry::threat)
        .containsExactly("unauthorised-access", "data-flow-should-use-http-s");
    // curve x=150 cuts off the browser, curve x=400 the queue (the worker joins it by a flow)
    assertThat(zoneMembers(model, "browser-region")).containsExactly("browser");
    assertThat(zoneMembers(model, "web-application-region"))
        .containsExactly("web-application", "database");
    assertThat(zoneMembers(model, "message-queue-region"))
        .containsExactly("background-worker", "message-queue");
    assertThat(element(model, "queries", Flow.class).protocol()).isEqualTo(Protocol.JDBC_TLS);
    Component queue = element(model, "message-queue", Component.class);
    assertThat(queue.kind()).isEqualTo(ComponentKind.QUEUE);
    assertThat(queue.description()).contains("Out of scope: Run by the platform team");
    assertThat(element(model, "web-application", Component.class).tags())
        .contains("privilege-level:limited");
    assertThat(element(model, "database", Component.class).encryptionAtRest())
        .isEqualTo(EncryptionAtRest.NONE);
  }
}
