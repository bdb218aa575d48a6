package dev.bulwark.interop.pytm;

import static dev.bulwark.interop.peer.ImportChecks.byId;
import static dev.bulwark.interop.peer.ImportChecks.converts;
import static dev.bulwark.interop.peer.ImportChecks.ids;
import static dev.bulwark.interop.peer.ImportChecks.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.Importers;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.DataFormat;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Threat;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * pytm's test input and output, and a hand-written model in pytm's format. Counted with jq: the
 * input has 2 boundaries, 1 data, 3 elements (1 actor) and 4 flows; the output 2 boundaries, 1
 * data, 5 elements (1 actor), 6 flows and no findings.
 */
class PytmImporterTest {
  private static final PytmImporter IMPORTER = new PytmImporter();

  @Test
  void theInputModelConverts() {
    Model model = converts(IMPORTER, sample("pytm/input-model.json"));
    assertThat(model.title()).isEqualTo("my test tm");
    assertThat(model.description()).contains("aaa");
    assertThat(ids(model.zones())).containsExactly("internet", "server-db", "no-boundary");
    assertThat(byId(model.zones(), "internet").trust()).isZero();
    assertThat(ids(model.actors())).containsExactly("user");
    assertThat(ids(model.components())).containsExactly("web-server", "sql-database");
    assertThat(byId(model.components(), "sql-database").kind()).isEqualTo(ComponentKind.DATABASE);
    assertThat(byId(model.components(), "sql-database").zone()).contains("server-db");
    assertThat(byId(model.components(), "web-server").zone()).contains("no-boundary");
    assertThat(ids(model.flows())).containsExactly("request", "insert", "select", "response");
    Flow request = byId(model.flows(), "request");
    assertThat(request.from()).isEqualTo("user");
    assertThat(request.to()).isEqualTo("web-server");
    assertThat(request.data()).containsExactly("password");
    assertThat(request.description()).contains("bbb");
    DataAsset password = byId(model.data(), "password");
    assertThat(password.classification()).isEqualTo(Classification.RESTRICTED);
    assertThat(password.confidentiality()).isEqualTo(Rating.CRITICAL);
  }

  @Test
  void theOutputModelConvertsWithItsExtraElements() {
    Model model = converts(IMPORTER, sample("pytm/output-example.json"));
    assertThat(model.actors()).hasSize(1);
    assertThat(ids(model.components()))
        .containsExactly("web-server", "lambda-func", "task-queue-worker", "sql-database");
    assertThat(byId(model.components(), "lambda-func").kind()).isEqualTo(ComponentKind.FUNCTION);
    assertThat(model.flows()).hasSize(6);
    assertThat(byId(model.flows(), "user-enters-comments").data()).containsExactly("auth-cookie");
    assertThat(byId(model.data(), "auth-cookie").classification()).isEqualTo(Classification.PUBLIC);
    assertThat(model.threats()).isEmpty();
  }

  @Test
  void controlsProtocolsAndAuthenticationMap() {
    Model model = converts(IMPORTER, sample("pytm/bulwark-controls.json"));
    assertThat(byId(model.zones(), "private-subnet").parent()).contains("cloud");
    assertThat(byId(model.zones(), "private-subnet").trust()).isEqualTo(60);
    assertThat(byId(model.actors(), "card-network").kind()).isEqualTo(ActorKind.SYSTEM);
    Component api = byId(model.components(), "api");
    assertThat(api.controls()).containsExactly(Control.INPUT_VALIDATION, Control.HARDENING);
    assertThat(api.accepts()).containsExactly(DataFormat.XML);
    Component ledger = byId(model.components(), "ledger");
    assertThat(ledger.stores()).containsExactly("card-number");
    assertThat(ledger.encryptionAtRest()).isEqualTo(EncryptionAtRest.PLATFORM);
    assertThat(ledger.controls()).containsExactly(Control.PARAMETERIZED_QUERIES);
    Flow checkout = byId(model.flows(), "checkout");
    assertThat(checkout.protocol()).isEqualTo(Protocol.HTTPS);
    assertThat(checkout.authentication()).isEqualTo(Authentication.TOKEN);
    assertThat(checkout.authorization()).isEqualTo(Authorization.END_USER);
    assertThat(byId(model.flows(), "store").protocol()).isEqualTo(Protocol.JDBC_TLS);
    assertThat(byId(model.flows(), "score").protocol()).isEqualTo(Protocol.GRPC);
    Flow authorise = byId(model.flows(), "authorise");
    assertThat(authorise.protocol()).isEqualTo(Protocol.TCP);
    assertThat(authorise.tags()).containsExactly("protocol:iso 8583");
    assertThat(authorise.controls()).containsExactly(Control.VPN);
    assertThat(byId(model.flows(), "approval").tags()).contains("response");
    DataAsset card = byId(model.data(), "card-number");
    assertThat(card.personal()).isTrue();
    assertThat(card.classification()).isEqualTo(Classification.RESTRICTED);
    assertThat(byId(model.data(), "session-cookie").tags()).containsExactly("credentials");
  }

  @Test
  void findingsBecomeThreatsOnTheirTarget() {
    Model model = converts(IMPORTER, sample("pytm/bulwark-controls.json"));
    Threat overflow = byId(model.threats(), "finding-1");
    assertThat(overflow.title()).isEqualTo("Overflow Buffers");
    assertThat(overflow.affects()).containsExactly("api");
    assertThat(overflow.severity()).contains(Severity.CRITICAL);
    assertThat(overflow.tags()).containsExactly("INP02");
    assertThat(overflow.description().orElseThrow()).contains("Mitigations: Use a language");
  }

  @Test
  void controlsWithoutABulwarkControlAreReported() {
    List<Problem> problems =
        IMPORTER.read(sample("pytm/bulwark-controls.json"), ParseLimits.DEFAULTS).problems();
    assertThat(problems).allMatch(p -> p.type() == ProblemType.NOT_MAPPED);
    assertThat(problems)
        .anySatisfy(p ->
            assertThat(p.message())
                .contains("the controls of element 'API'")
                .contains("'hasAccessControl'"));
  }

  @Test
  void isRecognisedAmongTheImporters() {
    assertThat(Importers.recognise(sample("pytm/input-model.json")))
        .containsInstanceOf(PytmImporter.class);
    assertThat(Importers.recognise(sample("pytm/output-example.json")))
        .containsInstanceOf(PytmImporter.class);
  }
}
