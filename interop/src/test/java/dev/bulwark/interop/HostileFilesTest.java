package dev.bulwark.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Broken and hostile peer files: every importer answers with problems at their place in the file,
 * never an exception.
 */
class HostileFilesTest {
  private static Imported read(String name, String text, String from) {
    return Importers.read(Samples.source(name, text), Optional.of(from), ParseLimits.DEFAULTS);
  }

  private static List<String> codesAndLines(Imported imported) {
    return imported.problems().stream()
        .map(p -> p.type().code() + "@" + p.position().line())
        .toList();
  }

  @Test
  void deeplyNestedJsonStopsAtTheNestingLimit() {
    String deep =
        "{\"otmVersion\": \"0.2.0\", \"project\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    for (String format : List.of("otm", "threat-dragon")) {
      Imported imported = read("deep.json", deep, format);
      assertThat(imported.failed()).isTrue();
      assertThat(imported.problems())
          .extracting(Problem::type)
          .containsExactly(ProblemType.NESTING_TOO_DEEP);
    }
  }

  @Test
  void otmWithWrongTypesEverywhere() {
    String otm =
        """
        otmVersion: 0.2.0
        project: [not, a, mapping]
        trustZones: just text
        components:
          - 42
          - id: [1, 2]
            name: A
          - id: b
            name: B
            parent: { trustZone: nowhere }
            tags: { not: a list }
        dataflows:
          - { id: f, name: F, source: b, destination: nothing }
        threats:
          - { id: t, name: T, risk: { likelihood: very, impact: 5 }, categories: Spoofing }
        """;
    Imported imported = read("bad.otm.yaml", otm, "otm");
    assertThat(imported.failed()).isTrue();
    assertThat(codesAndLines(imported))
        .contains(
            "wrong-type@2",
            "wrong-type@3",
            "wrong-type@5",
            "wrong-type@6",
            "missing-field@10",
            "wrong-type@11",
            "not-mapped@13",
            "wrong-type@15");
  }

  @Test
  void otmWithMissingFields() {
    String otm =
        """
        trustZones:
          - { name: No id }
        dataflows:
          - { id: f, name: F }
        """;
    Imported imported = read("missing.otm.yaml", otm, "otm");
    assertThat(codesAndLines(imported))
        .contains("missing-field@1", "missing-field@2", "missing-field@4");
    assertThat(imported.problems())
        .filteredOn(p -> p.position().line() == 1)
        .extracting(Problem::message)
        .contains("the OTM document has no 'otmVersion'", "the OTM document has no 'project'");
  }

  @Test
  void threatDragonWithWrongTypesEverywhere() {
    String td =
        """
        {
          "summary": "text",
          "detail": {
            "diagrams": [
              { "title": "D", "cells": [
                7,
                { "shape": "process", "id": "p", "position": { "x": "left", "y": 1 },
                  "size": { "width": 10, "height": 10 }, "data": { "type": "tm.Process",
                  "name": "P", "isWebApplication": "maybe", "threats": 5 } },
                { "shape": "flow", "id": "f", "source": { "cell": "p" }, "target": { "cell": "q" },
                  "data": { "type": "tm.Flow", "name": "F" } },
                { "shape": "actor", "data": { "type": "tm.Actor", "name": "No id" } }
              ] }
            ]
          }
        }
        """;
    Imported imported = read("bad.json", td, "threat-dragon");
    assertThat(imported.failed()).isTrue();
    assertThat(codesAndLines(imported))
        .contains(
            "wrong-type@2",
            "wrong-type@6",
            "wrong-type@7",
            "wrong-type@9",
            "not-mapped@10",
            "missing-field@12");
  }

  @Test
  void binaryEmptyAndNonObjectFiles() {
    for (String format : List.of("otm", "threat-dragon")) {
      assertThat(read("empty.json", "", format).failed()).isTrue();
      assertThat(read("list.json", "[1, 2]", format).problems())
          .extracting(Problem::type)
          .containsExactly(ProblemType.WRONG_TYPE);
      Imported binary =
          Importers.read(
              new Source("x.json", new byte[] {(byte) 0xff, 0, 1, 2}),
              Optional.of(format),
              ParseLimits.DEFAULTS);
      assertThat(binary.failed()).isTrue();
      assertThat(binary.problems())
          .allSatisfy(p -> assertThat(p.position().file()).isEqualTo("x.json"));
    }
  }
}
