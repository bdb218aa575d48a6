package dev.bulwark.interop.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.parse.ParseLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editing one field of one element keeps every other byte of the file. */
class FieldEditTest {
  private static final String MODEL =
      """
      # The shop
      bulwark: 1
      id: shop
      components:
        # the API, written by us
        - id: api   # keep me
          kind: service
          zone: dmz

        # storage
        - id: db
          kind: database
          inventory:
            - name: old
              type: library
          # about db's zone
          zone: core
      flows: []
      """;

  private static List<Map<String, String>> inventory() {
    Map<String, String> first = new LinkedHashMap<>();
    first.put("name", "org.postgresql/postgresql");
    first.put("version", "42.2.18");
    first.put("purl", "pkg:maven/org.postgresql/postgresql@42.2.18?type=jar");
    first.put("type", "library");
    Map<String, String> second = new LinkedHashMap<>();
    second.put("name", "yes");
    second.put("version", "1.0");
    second.put("type", "library");
    return List.of(first, second);
  }

  private static String edit(String text, String id) {
    FieldEdit.Result result =
        FieldEdit.setList(
            "m.yaml", text, "components", id, "inventory", inventory(), ParseLimits.DEFAULTS);
    assertThat(result).isInstanceOf(FieldEdit.Edited.class);
    return ((FieldEdit.Edited) result).text();
  }

  /** The block as it is written at an indentation of {@code indent} spaces. */
  private static String block(int indent) {
    String pad = " ".repeat(indent);
    return pad
        + "inventory:\n"
        + pad
        + "  - name: org.postgresql/postgresql\n"
        + pad
        + "    version: 42.2.18\n"
        + pad
        + "    purl: pkg:maven/org.postgresql/postgresql@42.2.18?type=jar\n"
        + pad
        + "    type: library\n"
        + pad
        + "  - name: yes\n"
        + pad
        + "    version: '1.0'\n"
        + pad
        + "    type: library\n";
  }

  @Test
  void aMissingFieldIsInsertedAfterTheElementsLastFieldBeforeBlankLinesAndComments() {
    assertThat(edit(MODEL, "api"))
        .isEqualTo(MODEL.replace("    zone: dmz\n", "    zone: dmz\n" + block(4)));
  }

  @Test
  void anExistingFieldIsReplacedAndTheCommentAfterItStays() {
    String old = "    inventory:\n      - name: old\n        type: library\n";
    assertThat(MODEL).contains(old);
    assertThat(edit(MODEL, "db")).isEqualTo(MODEL.replace(old, block(4)));
  }

  @Test
  void theLastElementOfAFileWithoutFinalNewlineGetsOne() {
    String text = "bulwark: 1\ncomponents:\n  - id: api\n    kind: service";
    assertThat(edit(text, "api")).isEqualTo(text + "\n" + block(4));
  }

  @Test
  void aFieldOnTheDashLineIsReplacedInPlace() {
    String text = "components:\n  - inventory: []\n    id: api\n";
    assertThat(edit(text, "api"))
        .isEqualTo("components:\n  - " + block(4).substring(4) + "    id: api\n");
  }

  @Test
  void flowStyleJsonAndUnknownIdsAreRefusedWithAPlace() {
    for (String text :
        List.of(
            "components: [{id: api}]\n",
            "components:\n  - {id: api}\n",
            "{\"components\": [{\"id\": \"api\"}]}",
            "components:\n  - id: web\n")) {
      FieldEdit.Result result =
          FieldEdit.setList(
              "m.yaml", text, "components", "api", "inventory", inventory(), ParseLimits.DEFAULTS);
      assertThat(result).as(text).isInstanceOf(FieldEdit.Refused.class);
      assertThat(((FieldEdit.Refused) result).problem().position().file()).isEqualTo("m.yaml");
    }
  }

  @Test
  void aLoneCarriageReturnIsRefusedAtItsPlace() {
    // YAML counts a line at a lone CR (Jazzer found the edit landing one line off before this)
    String text = "# shop\rbulwark: 1\ncomponents:\n  - id: api\n    kind: service\n";
    FieldEdit.Result result =
        FieldEdit.setList(
            "m.yaml", text, "components", "api", "inventory", inventory(), ParseLimits.DEFAULTS);
    assertThat(result).isInstanceOf(FieldEdit.Refused.class);
    FieldEdit.Refused refused = (FieldEdit.Refused) result;
    assertThat(refused.problem().position().toString()).isEqualTo("m.yaml:1:7");
    assertThat(refused.problem().message()).contains("U+000D");
  }

  @Test
  void theNextItemStartsAtItsDashEvenWhenItsFirstKeyIsLinesBelow() {
    // Jazzer: the block went in after the next item's dash, into the next item
    String text = "components:\n  - id: api\n    kind: service\n  - # the db\n    id: db\n";
    assertThat(edit(text, "api"))
        .isEqualTo(
            "components:\n  - id: api\n    kind: service\n"
                + block(4)
                + "  - # the db\n    id: db\n");
  }
}
