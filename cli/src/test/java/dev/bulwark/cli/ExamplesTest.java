package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Actor;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example models and Bulwark's own model are documentation users copy from: each must load
 * without a single error or warning, and each must still show what it was written to show.
 */
class ExamplesTest {
  /** The tests run in the cli module's folder; the repository root is one up. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Path EXAMPLES = ROOT.resolve("examples");

  /** The top-level examples ({@code examples/<name>/bulwark.yaml}) and the root model. */
  static Stream<Path> models() {
    List<Path> models = new ArrayList<>(topLevelExamples());
    models.add(ROOT.resolve("bulwark.yaml"));
    return models.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void loadsWithoutProblems(Path file) {
    LoadResult result = ModelLoader.load(file);

    assertThat(result.problems())
        .as(
            "problems in %s:%n%s",
            ROOT.relativize(file),
            result.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")))
        .isEmpty();
    assertThat(result.model()).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void describesEveryElementAndNamesTechnologies(Path file) {
    Model model = load(file);

    assertThat(model.zones()).allSatisfy(zone -> assertThat(zone.description()).isPresent());
    assertThat(model.actors()).allSatisfy(actor -> assertThat(actor.description()).isPresent());
    assertThat(model.data()).allSatisfy(data -> assertThat(data.description()).isPresent());
    assertThat(model.components())
        .allSatisfy(component -> {
          assertThat(component.description()).as(component.id()).isPresent();
          assertThat(component.technology()).as(component.id()).isPresent();
        });
  }

  @Test
  void everyOtherExampleFileIsImportedByATopLevelExample() throws IOException {
    Set<Path> reached = new HashSet<>();
    for (Path example : topLevelExamples()) {
      LoadResult result = ModelLoader.load(example);
      result.files().forEach(name -> reached.add(Path.of(name).toAbsolutePath().normalize()));
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(EXAMPLES)) {
      all =
          walk.filter(path -> path.getFileName().toString().equals("bulwark.yaml"))
              .map(path -> path.toAbsolutePath().normalize())
              .toList();
    }

    assertThat(topLevelExamples()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(reached)
        .as("every bulwark.yaml under examples/ is an example or imported by one")
        .containsAll(all);
  }

  @Test
  void onlineShopComposesThePaymentsSubModel() {
    Model model = load(example("online-shop"));

    assertThat(ids(model.components())).contains("payments/payment-api", "payments/tokenizer");
    assertThat(ids(model.zones())).contains("payments/cde", "payments/vault-subnet");
    assertThat(model.data())
        .filteredOn(data -> data.id().equals("payments/card-data"))
        .singleElement()
        .satisfies(data -> assertThat(data.tags()).contains("pci"));
    // References inside the sub-model are prefixed too, so its zones nest as written there.
    assertThat(zone(model, "payments/vault-subnet").parent()).contains("payments/cde");
    // Flows written in the shop model reach into the sub-model.
    assertThat(model.flows())
        .anySatisfy(flow -> {
          assertThat(flow.from()).doesNotContain("/");
          assertThat(flow.to()).isEqualTo("payments/payment-api");
        });
    assertThat(model.businessOrDefault().compliance()).contains("pci-dss", "gdpr");
    // The sub-model's triage decisions follow its elements into the shop's id space.
    assertThat(model.triage())
        .extracting(TriageEntry::threat)
        .contains("BW-PRIV-007@session-cache", "BW-*@payments/payment-provider");
  }

  @Test
  void kubernetesExampleNestsAccountClusterAndNamespaces() {
    Model model = load(example("microservices-k8s"));
    Map<String, Zone> zones = byId(model.zones());

    assertThat(model.zones()).anySatisfy(zone -> assertThat(zone.parent()).isPresent());
    assertThat(model.zones())
        .filteredOn(zone -> zone.kind() == ZoneKind.NAMESPACE)
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(namespace -> {
          Zone cluster = zones.get(namespace.parent().orElseThrow());
          assertThat(cluster.kind()).isEqualTo(ZoneKind.CLUSTER);
          assertThat(ancestors(cluster, zones))
              .extracting(Zone::kind)
              .contains(ZoneKind.CLOUD_ACCOUNT);
        });
    assertThat(model.components())
        .extracting(component -> component.kind())
        .contains(
            ComponentKind.API_GATEWAY,
            ComponentKind.MESSAGE_BROKER,
            ComponentKind.IDENTITY_PROVIDER,
            ComponentKind.SECRET_STORE,
            ComponentKind.REPOSITORY,
            ComponentKind.BUILD_PIPELINE,
            ComponentKind.ARTIFACT_REGISTRY,
            ComponentKind.ORCHESTRATOR,
            ComponentKind.MONITORING);
  }

  @Test
  void iotExampleHasSignedFirmwareUpdatesAndDevicesInPhysicalZones() {
    Model model = load(example("iot-fleet"));
    Map<String, Zone> zones = byId(model.zones());

    assertThat(model.components())
        .extracting(component -> component.kind())
        .contains(ComponentKind.FIRMWARE_UPDATE, ComponentKind.IOT_GATEWAY);
    assertThat(model.components())
        .filteredOn(component -> component.kind() == ComponentKind.DEVICE)
        .isNotEmpty()
        .allSatisfy(device -> {
          assertThat(device.controls()).contains(Control.SIGNED_UPDATES, Control.SECURE_BOOT);
          Zone zone = zones.get(device.zone().orElseThrow());
          assertThat(selfAndAncestors(zone, zones))
              .extracting(Zone::kind)
              .contains(ZoneKind.PHYSICAL);
        });
    assertThat(model.flows()).extracting(Flow::protocol).contains(Protocol.MQTTS);
  }

  @Test
  void ownModelSeparatesTheCliFromThePlannedServer() {
    Model model = load(ROOT.resolve("bulwark.yaml"));

    assertThat(model.components())
        .anySatisfy(component -> {
          assertThat(component.kind()).isEqualTo(ComponentKind.DESKTOP_APP);
          assertThat(component.tags()).doesNotContain("planned");
        });
    assertThat(model.components())
        .filteredOn(component -> component.tags().contains("planned"))
        .isNotEmpty()
        .allSatisfy(
            component -> assertThat(component.description().orElseThrow()).startsWith("Planned"));
    assertThat(model.data())
        .filteredOn(data -> data.id().equals("model-files"))
        .extracting(DataAsset::classification)
        .extracting(Enum::name)
        .containsExactly("CONFIDENTIAL");
    assertThat(model.actors()).extracting(Actor::id).contains("developer", "security-champion");
  }

  // helpers

  private static List<Path> topLevelExamples() {
    try (Stream<Path> folders = Files.list(EXAMPLES)) {
      return folders
          .map(folder -> folder.resolve("bulwark.yaml"))
          .filter(Files::isRegularFile)
          .map(path -> path.toAbsolutePath().normalize())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path example(String name) {
    return EXAMPLES.resolve(name).resolve("bulwark.yaml");
  }

  private static Model load(Path file) {
    LoadResult result = ModelLoader.load(file);
    assertThat(result.errors()).as("errors in %s", file).isEmpty();
    return result.model().orElseThrow();
  }

  private static Zone zone(Model model, String id) {
    return byId(model.zones()).get(id);
  }

  private static Map<String, Zone> byId(List<Zone> zones) {
    return zones.stream().collect(Collectors.toMap(Zone::id, Function.identity()));
  }

  private static List<String> ids(List<? extends dev.bulwark.model.Element> elements) {
    return elements.stream().map(dev.bulwark.model.Element::id).toList();
  }

  private static List<Zone> ancestors(Zone zone, Map<String, Zone> zones) {
    List<Zone> chain = new ArrayList<>();
    Optional<String> parent = zone.parent();
    while (parent.isPresent() && chain.size() < zones.size()) {
      Zone next = zones.get(parent.get());
      chain.add(next);
      parent = next.parent();
    }
    return chain;
  }

  private static List<Zone> selfAndAncestors(Zone zone, Map<String, Zone> zones) {
    List<Zone> chain = new ArrayList<>();
    chain.add(zone);
    chain.addAll(ancestors(zone, zones));
    return chain;
  }
}
