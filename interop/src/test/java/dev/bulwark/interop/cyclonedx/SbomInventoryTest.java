package dev.bulwark.interop.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Component;
import dev.bulwark.model.InventoryItem;
import dev.bulwark.model.Position;
import dev.bulwark.model.Positions;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An SBOM's components written as a component's inventory, read back, and compared. */
class SbomInventoryTest {
  private static final String MODEL =
      """
      bulwark: 1
      id: shop
      title: Shop
      components:
        - id: api
          kind: service
      """;

  private static SbomComponent component(
      String name, String version, Optional<String> purl, List<String> licenses) {
    return new SbomComponent(
        name, Optional.of(version), purl, "library", licenses, Position.startOf("sbom.json"));
  }

  private static final List<SbomComponent> SBOM =
      List.of(
          component("zlib", "1.3", Optional.empty(), List.of()),
          component(
              "org.postgresql/postgresql",
              "42.2.18",
              Optional.of("pkg:maven/org.postgresql/postgresql@42.2.18"),
              List.of("BSD-2-Clause", "MIT OR Apache-2.0")));

  private static String edited() {
    FieldEdit.Result result =
        SbomInventory.into("m.yaml", MODEL, "api", SBOM, ParseLimits.DEFAULTS);
    assertThat(result).isInstanceOf(FieldEdit.Edited.class);
    return ((FieldEdit.Edited) result).text();
  }

  private static List<InventoryItem> inventoryOfApi(String text) {
    Component api =
        ModelParser.parse("m.yaml", text, ParseLimits.DEFAULTS)
            .model()
            .orElseThrow()
            .components()
            .getFirst();
    return api.inventory();
  }

  private static InventoryItem item(String name, String version) {
    return new InventoryItem(
        name, Optional.of(version), Optional.empty(), Optional.empty(), List.of(), Positions.NONE);
  }

  @Test
  void entriesAreSortedByNameAndWriteOnlyTheFieldsThatHaveAValue() {
    assertThat(edited())
        .isEqualTo(
            MODEL
                + """
                    inventory:
                      - name: org.postgresql/postgresql
                        version: 42.2.18
                        purl: pkg:maven/org.postgresql/postgresql@42.2.18
                        type: library
                        licenses:
                          - BSD-2-Clause
                          - MIT OR Apache-2.0
                      - name: zlib
                        version: '1.3'
                        type: library
                """);
  }

  @Test
  void theInventoryReadBackMatchesTheSbomAndAnotherVersionDoesNot() {
    List<InventoryItem> written = inventoryOfApi(edited());
    assertThat(written)
        .extracting(InventoryItem::version)
        .containsExactly(Optional.of("42.2.18"), Optional.of("1.3"));
    assertThat(SbomInventory.matches(written, SBOM)).isTrue();
    List<SbomComponent> other =
        List.of(SBOM.get(1), component("zlib", "1.3.1", Optional.empty(), List.of()));
    assertThat(SbomInventory.matches(written, other)).isFalse();
    assertThat(SbomInventory.matches(written, SBOM.subList(0, 1))).isFalse();
  }

  @Test
  void theSameSbomInAnotherOrderGivesTheSameText() {
    FieldEdit.Result reversed =
        SbomInventory.into("m.yaml", MODEL, "api", SBOM.reversed(), ParseLimits.DEFAULTS);
    assertThat(reversed).isEqualTo(new FieldEdit.Edited(edited()));
    FieldEdit.Result again =
        SbomInventory.into("m.yaml", edited(), "api", SBOM, ParseLimits.DEFAULTS);
    assertThat(again).isEqualTo(new FieldEdit.Edited(edited()));
  }

  @Test
  void changesAreCountedByPackageName() {
    List<InventoryItem> before = List.of(item("a", "1"), item("b", "1"), item("c", "1"));
    List<SbomComponent> after =
        List.of(
            component("a", "1", Optional.empty(), List.of()),
            component("b", "2", Optional.empty(), List.of()),
            component("d", "1", Optional.empty(), List.of()));
    assertThat(SbomInventory.between(before, after)).isEqualTo(new SbomInventory.Changes(1, 1, 1));
    assertThat(SbomInventory.between(before, after).none()).isFalse();
    assertThat(SbomInventory.between(List.of(item("a", "1")), after.subList(0, 1)).none()).isTrue();
  }
}
