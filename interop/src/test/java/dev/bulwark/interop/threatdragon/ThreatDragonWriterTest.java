package dev.bulwark.interop.threatdragon;

import static dev.bulwark.interop.Plain.list;
import static dev.bulwark.interop.Plain.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.DerivedThreat;
import dev.bulwark.interop.Facts;
import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Plain;
import dev.bulwark.interop.Samples;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Threat Dragon export: the cells have the structure of Threat Dragon's own files, the layout puts
 * every shape inside its zone's box, and the examples come back with every element and flow.
 */
class ThreatDragonWriterTest {
  private static final ThreatDragonWriter WRITER = new ThreatDragonWriter();

  static Stream<String> examples() {
    return Facts.EXAMPLES.stream();
  }

  private static Map<String, Object> export(Model model) {
    return Plain.read("x.json", WRITER.write(model, List.of()).text());
  }

  private static List<Map<String, Object>> cells(Map<String, Object> document) {
    return list(list(map(document, "detail"), "diagrams").getFirst(), "cells");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void examplesComeBackWithEveryElementFlowAndZone(String example) {
    Model model = Facts.example(example);
    String text = WRITER.write(model, List.of()).text();
    Imported imported = Samples.read(Samples.source(example + ".json", text));
    assertThat(imported.problems().stream().filter(Problem::isError).toList()).isEmpty();
    Model back = imported.model().orElseThrow();
    assertThat(Facts.structure(back)).isEqualTo(Facts.structure(model));
  }

  /** Each kind of cell has at least the keys, and data keys, of the same kind in the samples. */
  @Test
  void cellsHaveTheKeysOfThreatDragonsOwnCells() throws IOException {
    Map<String, Set<String>> sampleKeys = new HashMap<>();
    Map<String, Set<String>> sampleData = new HashMap<>();
    for (String name : List.of("v2-threat-model.json", "three-tier-web-app.json")) {
      String text = Files.readString(Samples.THREAT_DRAGON.resolve(name));
      for (Map<String, Object> cell : cells(Plain.read(name, text))) {
        String shape = (String) cell.get("shape");
        sampleKeys.computeIfAbsent(shape, s -> new TreeSet<>()).addAll(cell.keySet());
        // one process was saved while selected in the editor, with its selection tools
        sampleKeys.get(shape).remove("tools");
        sampleData.computeIfAbsent(shape, s -> new TreeSet<>()).addAll(map(cell, "data").keySet());
      }
    }
    Map<String, Object> document = export(Facts.example("online-shop"));
    assertThat(document.keySet()).containsExactly("version", "summary", "detail");
    Set<String> shapes = new TreeSet<>();
    for (Map<String, Object> cell : cells(document)) {
      String shape = (String) cell.get("shape");
      shapes.add(shape);
      assertThat(cell.keySet()).as(shape).containsAll(sampleKeys.get(shape));
      assertThat(map(cell, "data").keySet()).as(shape).containsAll(sampleData.get(shape));
    }
    assertThat(shapes).containsExactly("actor", "flow", "process", "store", "trust-boundary-box");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyShapeLiesInsideItsZonesBoxAndNoTwoShapesOverlap(String example) {
    Model model = Facts.example(example);
    TdLayout.Placement placement =
        TdLayout.of(
            model,
            Stream.concat(model.actors().stream(), model.components().stream())
                .collect(
                    java.util.stream.Collectors.toMap(
                        e -> e.id(), e -> new TdLayout.Size(160, 80))));
    model.actors().forEach(a -> assertInside(placement, a.id(), a.zone().orElseThrow()));
    model.components().forEach(c -> assertInside(placement, c.id(), c.zone().orElseThrow()));
    model.zones().stream()
        .filter(zone -> zone.parent().isPresent())
        .forEach(zone -> {
          TdGeometry.Rect inner = placement.zones().get(zone.id());
          TdGeometry.Rect outer = placement.zones().get(zone.parent().get());
          assertThat(outer.x()).isLessThan(inner.x());
          assertThat(outer.x() + outer.width()).isGreaterThan(inner.x() + inner.width());
          assertThat(outer.y() + outer.height()).isGreaterThan(inner.y() + inner.height());
        });
    List<TdGeometry.Rect> shapes = List.copyOf(placement.shapes().values());
    for (int i = 0; i < shapes.size(); i++) {
      for (int j = i + 1; j < shapes.size(); j++) {
        TdGeometry.Rect a = shapes.get(i);
        TdGeometry.Rect b = shapes.get(j);
        boolean apart =
            a.x() + a.width() <= b.x()
                || b.x() + b.width() <= a.x()
                || a.y() + a.height() <= b.y()
                || b.y() + b.height() <= a.y();
        assertThat(apart).as(i + " and " + j).isTrue();
      }
    }
  }

  private static void assertInside(TdLayout.Placement placement, String shape, String zone) {
    TdGeometry.Rect box = placement.zones().get(zone);
    TdGeometry.Rect rect = placement.shapes().get(shape);
    assertThat(box.contains(new TdGeometry.Point(rect.x(), rect.y()))).as(shape).isTrue();
    assertThat(
            box.contains(new TdGeometry.Point(rect.x() + rect.width(), rect.y() + rect.height())))
        .as(shape)
        .isTrue();
  }

  @Test
  void threatsSitOnTheirCellsAndDerivedOnesComeBackAsTriage() {
    Model model = Facts.example("online-shop");
    String element = model.components().getFirst().id();
    DerivedThreat derived =
        new DerivedThreat(
            "BW-TEST-001@" + element,
            "BW-TEST-001",
            "A derived threat",
            "It fired.",
            List.of(element),
            List.of(Stride.SPOOFING),
            Severity.ELEVATED,
            "likely",
            "high",
            TriageStatus.MITIGATED,
            List.of(),
            List.of(),
            List.of());
    String text = WRITER.write(model, List.of(derived)).text();
    Map<String, Object> cell =
        cells(Plain.read("x.json", text)).stream()
            .filter(c -> element.equals(map(c, "data").get("name")))
            .findFirst()
            .orElseThrow();
    Map<String, Object> threat =
        list(map(cell, "data"), "threats").stream()
            .filter(t -> ("BW-TEST-001@" + element).equals(t.get("ruleId")))
            .findFirst()
            .orElseThrow();
    assertThat(threat)
        .containsEntry("status", "Mitigated")
        .containsEntry("severity", "High")
        .containsEntry("type", "Spoofing")
        .containsEntry("modelType", "STRIDE");
    Model back = Samples.read(Samples.source("shop.json", text)).model().orElseThrow();
    assertThat(back.triage())
        .filteredOn(entry -> entry.threat().equals("BW-TEST-001@" + element))
        .extracting(TriageEntry::status)
        .containsExactly(TriageStatus.MITIGATED);
    // the shop's five hand-written threats come back as threats, the derived one does not
    assertThat(back.threats()).extracting(t -> t.title()).doesNotContain("A derived threat");
  }

  @Test
  void cellIdsComeBackFromThreatDragonAndAreStableOtherwise() throws IOException {
    Model imported = Samples.model(Samples.THREAT_DRAGON.resolve("v2-threat-model.json"));
    String text = WRITER.write(imported, List.of()).text();
    assertThat(text).contains("\"id\": \"a25bbb4e-093f-4238-a620-31efdee452dc\"");
    Model shop = Facts.example("online-shop");
    assertThat(WRITER.write(shop, List.of()).text())
        .isEqualTo(WRITER.write(shop, List.of()).text());
  }
}
