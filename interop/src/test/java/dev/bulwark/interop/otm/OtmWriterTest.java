package dev.bulwark.interop.otm;

import static dev.bulwark.interop.Plain.list;
import static dev.bulwark.interop.Plain.map;
import static dev.bulwark.interop.Plain.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bulwark.interop.DerivedThreat;
import dev.bulwark.interop.Facts;
import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Plain;
import dev.bulwark.interop.Samples;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** OTM export: valid against the OTM schema, and the round trips through OTM keep every part. */
class OtmWriterTest {
  private static final OtmWriter WRITER = new OtmWriter();

  static Stream<Path> otmSamples() {
    return Samples.files(Samples.OTM).stream();
  }

  static Stream<String> examples() {
    return Facts.EXAMPLES.stream();
  }

  private static Schema schema() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/schema/otm_schema.json"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(text, InputFormat.JSON);
  }

  private static String otm(Model model, List<DerivedThreat> derived) {
    return WRITER.write(model, derived).text();
  }

  private static Model reimport(String name, String otm) {
    Imported imported = Samples.read(Samples.source(name, otm));
    assertThat(imported.problems().stream().filter(Problem::isError).toList()).isEmpty();
    return imported.model().orElseThrow();
  }

  /** A derived threat on an element of the model, as the command line would fill it. */
  private static DerivedThreat derived(String element, TriageStatus status) {
    return new DerivedThreat(
        "BW-TEST-001@" + element,
        "BW-TEST-001",
        "A derived threat",
        "It fired because the test says so.",
        List.of(element),
        List.of(Stride.TAMPERING),
        Severity.HIGH,
        "likely",
        "high",
        status,
        List.of("input-validation"),
        List.of(),
        List.of("CWE-20"));
  }

  @ParameterizedTest
  @MethodSource("otmSamples")
  void exportOfEveryOtmSampleIsValidOtm(Path sample) throws IOException {
    String otm = otm(Samples.model(sample), List.of());
    assertThat(schema().validate(otm, InputFormat.JSON)).as(otm).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exportOfEveryExampleWithDerivedThreatsIsValidOtm(String example) throws IOException {
    Model model = Facts.example(example);
    String element = model.components().getFirst().id();
    String otm = otm(model, List.of(derived(element, TriageStatus.ACCEPTED)));
    assertThat(schema().validate(otm, InputFormat.JSON)).as(otm).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void bulwarkToOtmToBulwarkKeepsEveryPart(String example) {
    Model model = Facts.example(example);
    Model back = reimport(example + ".otm.json", otm(model, List.of()));
    assertThat(Facts.all(back)).isEqualTo(Facts.all(model));
    for (Threat threat : model.threats()) {
      if (!threat.id().contains("/")) {
        assertThat(back.threats()).extracting(Threat::id).contains(threat.id());
      }
    }
    assertThat(back.title()).isEqualTo(model.title());
    assertThat(back.business())
        .map(b -> b.criticality())
        .isEqualTo(model.business().map(b -> b.criticality()));
  }

  @ParameterizedTest
  @MethodSource("otmSamples")
  void otmToBulwarkToOtmKeepsEveryPart(Path sample) throws IOException {
    Map<String, Object> original = Plain.read(sample.toString(), Files.readString(sample));
    String exported = otm(Samples.model(sample), List.of());
    assertThat(facts(Plain.read("exported.json", exported))).isEqualTo(facts(original));
  }

  @Test
  void derivedThreatsTravelAsTriageOnly() {
    Model model = Facts.example("iot-fleet");
    String element = model.components().getFirst().id();
    Model back =
        reimport("fleet.otm.json", otm(model, List.of(derived(element, TriageStatus.MITIGATED))));
    assertThat(back.threats()).hasSameSizeAs(model.threats());
    assertThat(back.triage())
        .filteredOn(entry -> entry.threat().equals("BW-TEST-001@" + element))
        .extracting(TriageEntry::status)
        .containsExactly(TriageStatus.MITIGATED);
  }

  @Test
  void derivedThreatsAreWrittenWithTheirInstancesAndScores() {
    Model model = Facts.example("iot-fleet");
    String element = model.components().getFirst().id();
    Map<String, Object> otm =
        Plain.read("x.json", otm(model, List.of(derived(element, TriageStatus.OPEN))));
    Map<String, Object> threat =
        list(otm, "threats").stream()
            .filter(t -> t.get("id").equals("BW-TEST-001@" + element))
            .findFirst()
            .orElseThrow();
    assertThat(map(threat, "risk")).containsEntry("likelihood", "75").containsEntry("impact", "75");
    assertThat(strings(threat, "categories")).containsExactly("Tampering");
    assertThat(strings(threat, "cwes")).containsExactly("CWE-20");
    Map<String, Object> component =
        list(otm, "components").stream()
            .filter(c -> c.get("id").equals(element))
            .findFirst()
            .orElseThrow();
    assertThat(list(component, "threats"))
        .anySatisfy(instance ->
            assertThat(instance)
                .containsEntry("threat", "BW-TEST-001@" + element)
                .containsEntry("state", "exposed"));
  }

  /** Ids, names and links of an OTM document, without text, states or numbers. */
  private static Set<String> facts(Map<String, Object> otm) {
    Set<String> facts = new TreeSet<>();
    for (Map<String, Object> zone : list(otm, "trustZones")) {
      facts.add("zone " + zone.get("id") + " in " + map(zone, "parent"));
    }
    for (Map<String, Object> asset : list(otm, "assets")) {
      facts.add("asset " + asset.get("id"));
    }
    for (Map<String, Object> component : list(otm, "components")) {
      Object id = component.get("id");
      facts.add("component " + id + " in " + map(component, "parent"));
      facts.add("processes " + id + " " + strings(map(component, "assets"), "processed"));
      facts.add("stores " + id + " " + strings(map(component, "assets"), "stored"));
      instances(facts, id, component);
    }
    for (Map<String, Object> flow : list(otm, "dataflows")) {
      Object id = flow.get("id");
      facts.add("flow " + id + " " + flow.get("source") + ">" + flow.get("destination"));
      facts.add("carries " + id + " " + strings(flow, "assets"));
      instances(facts, id, flow);
    }
    for (Map<String, Object> threat : list(otm, "threats")) {
      facts.add("threat " + threat.get("id") + " '" + threat.get("name") + "'");
    }
    for (Map<String, Object> mitigation : list(otm, "mitigations")) {
      facts.add("mitigation " + mitigation.get("id") + " '" + mitigation.get("name") + "'");
    }
    return facts;
  }

  private static void instances(Set<String> facts, Object element, Map<String, Object> holder) {
    for (Map<String, Object> instance : list(holder, "threats")) {
      facts.add("instance " + element + " " + instance.get("threat"));
      for (Map<String, Object> use : list(instance, "mitigations")) {
        facts.add("use " + element + " " + instance.get("threat") + " " + use.get("mitigation"));
      }
    }
  }
}
