package dev.bulwark.lifecycle.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published schema of the diff document is valid and accepts what the JSON renderer writes. */
class DiffSchemaTest {
  private static final Path PUBLISHED = Path.of("../docs/schema/bulwark-diff-1.schema.json");

  @Test
  void theSchemaIsAValidDraft202012Schema() throws IOException {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(Files.readString(PUBLISHED), InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "protocol-change",
        "zone-move",
        "threats-appear-resolve",
        "triage",
        "context",
        "reorder-only"
      })
  void everyPairsDocumentIsValid(String name) throws IOException {
    ModelDiff diff = Pairs.diff(name);

    assertThat(schema().validate(DiffFormat.JSON.render(diff), InputFormat.JSON)).isEmpty();
    ModelDiff modelsOnly =
        new ModelDiff(diff.before(), diff.after(), diff.changes(), Optional.empty());
    assertThat(schema().validate(DiffFormat.JSON.render(modelsOnly), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaRejectsADocumentMissingAKey() throws IOException {
    String json =
        DiffFormat.JSON.render(Pairs.diff("protocol-change")).replace("\"moved\": null,", "");

    assertThat(schema().validate(json, InputFormat.JSON)).isNotEmpty();
  }

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(PUBLISHED), InputFormat.JSON);
  }
}
