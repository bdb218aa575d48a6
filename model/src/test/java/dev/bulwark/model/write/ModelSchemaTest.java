package dev.bulwark.model.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bulwark.model.PublishedFile;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.ParseResult;
import dev.bulwark.model.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published JSON Schema is the generated one, is itself a valid draft-07 schema, and agrees
 * with the parser: what one accepts the other accepts, what one rejects the other rejects.
 */
class ModelSchemaTest {
  private static final Path PUBLISHED = Path.of("../docs/schema/bulwark-1.schema.json");

  private static final String VALID =
      """
      bulwark: 1
      id: shop
      title: Shop
      business: { criticality: high, compliance: [gdpr] }
      zones:
        - { id: internet, trust: 0 }
        - { id: dmz, trust: 40, kind: network }
      actors:
        - { id: customer, kind: user, zone: internet }
      components:
        - id: web
          kind: web-app
          zone: dmz
          exposure: internet
          custom-code: true
          accepts: [json]
          processes: [orders]
          controls: [waf]
          x-team-note: extension fields are allowed
      data:
        - { id: orders, classification: confidential, confidentiality: high }
      flows:
        - { id: buy, from: customer, to: web, protocol: https, authentication: session, data: [orders] }
      triage:
        - { threat: "BW-WEB-001@web", status: accepted, until: 2027-06-30, why: reviewed }
      """;

  @Test
  void publishedSchemaIsTheGeneratedOne() {
    PublishedFile.assertUpToDate(PUBLISHED, ModelSchema.json());
  }

  @Test
  void schemaIsValidDraft07() {
    Schema metaSchema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(
                com.networknt.schema.SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    assertThat(metaSchema.validate(ModelSchema.json(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void schemaAndParserAcceptAValidModel() {
    assertThat(schemaErrors(VALID)).isEmpty();
    ParseResult parsed = ModelParser.parse("valid.yaml", VALID, ParseLimits.DEFAULTS);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model()).isPresent();
  }

  /** Each case changes one line of the valid model; both must reject it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown field      | 'exposure: internet'   | 'exposur: internet'      | unknown-field",
        "unknown enum value | 'kind: web-app'        | 'kind: webapp'           | unknown-value",
        "out of range       | '{ id: dmz, trust: 40' | '{ id: dmz, trust: 101'  | out-of-range",
        "wrong type         | 'custom-code: true'    | 'custom-code: [true]'    | wrong-type",
        "missing field      | 'kind: web-app'        | 'technology: nginx'      | missing-field",
        "invalid id         | 'id: shop'             | 'id: shop/main'          | invalid-id",
        "invalid date       | 'until: 2027-06-30'    | 'until: 30.06.2027'      | invalid-date",
        "bad version        | 'bulwark: 1'           | 'bulwark: 2'             | unsupported-version",
      })
  void schemaAndParserRejectTheSameMistakes(
      String name, String original, String replacement, String code) {
    assertThat(VALID).contains(original);
    String broken = VALID.replace(original, replacement);
    assertThat(schemaErrors(broken)).as("schema errors").isNotEmpty();
    List<String> codes =
        ModelParser.parse("broken.yaml", broken, ParseLimits.DEFAULTS).problems().stream()
            .map(Problem::type)
            .map(type -> type.code())
            .toList();
    assertThat(codes).contains(code);
  }

  private static List<Error> schemaErrors(String yaml) {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(ModelSchema.json(), InputFormat.JSON);
    return schema.validate(yaml, InputFormat.YAML);
  }
}
