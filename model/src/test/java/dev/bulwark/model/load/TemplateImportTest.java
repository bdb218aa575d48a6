package dev.bulwark.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.model.Component;
import dev.bulwark.model.Element;
import dev.bulwark.model.Model;
import dev.bulwark.model.Zone;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Covers;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template imports: namespacing, parameters and where their problems are reported, templates
 * importing templates, cycles, names that try to be paths, and where templates are found.
 */
class TemplateImportTest {
  @TempDir Path dir;
  private Path templates;

  /**
   * The project's template 'edge'. Lines: 12 {@code id: ${name}}, 16 zone trust, 21 technology, 22
   * zone, 23 exposure.
   */
  private static final String EDGE =
      """
      bulwark: 1
      template:
        name: edge
        title: Edge proxy
        parameters:
          - { name: name, description: prefix, default: edge }
          - { name: trust, description: trust of the edge zone }
          - { name: product, default: nginx }
          - { name: exposure, default: internet, allowed: [internet, internal] }
          - { name: zone, default: dmz }

      id: ${name}
      title: Edge ${name}
      zones:
        - id: dmz
          trust: ${trust}
      components:
        - id: proxy
          kind: reverse-proxy
          description: "costs $$5, written $${literal}"
          technology: ${product}
          zone: ${zone}
          exposure: ${exposure}
      actors:
        - { id: client, kind: user, zone: dmz }
      flows:
        - { id: in, from: client, to: proxy, protocol: https }
      """;

  @BeforeEach
  void projectWithTemplates() throws IOException {
    templates = Files.createDirectories(dir.resolve(".bulwark/templates"));
    Files.writeString(templates.resolve("edge.yaml"), EDGE);
  }

  /** A model whose imports are the given lines (from line 5 on). */
  private Path main(String imports) throws IOException {
    Path file = dir.resolve("main.yaml");
    Files.writeString(
        file,
        """
        bulwark: 1
        id: shop
        title: Shop
        business: { criticality: low }
        imports:
        """
            + imports);
    return file;
  }

  private LoadResult load(Path file) {
    return ModelLoader.load(file, LoadOptions.DEFAULTS.withProjectRoot(dir));
  }

  private static List<String> problems(LoadResult result) {
    return result.problems().stream()
        .map(p -> p.position().line() + ":" + p.position().column() + " " + p.type().code())
        .toList();
  }

  @Test
  void twoUsesWithDifferentIdsDoNotCollide() throws IOException {
    LoadResult result =
        load(
            main(
                """
                  - { template: edge, id: public, with: { trust: 10 } }
                  - { template: edge, id: partners, with: { trust: 30, exposure: internal } }
                """));

    assertThat(result.problems()).isEmpty();
    Model model = result.model().orElseThrow();
    assertThat(model.zones())
        .extracting(Zone::id, Zone::trust)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("public/dmz", 10),
            org.assertj.core.groups.Tuple.tuple("partners/dmz", 30));
    assertThat(model.components())
        .extracting(Component::id, c -> c.zone().orElseThrow(), c -> c.exposure().name())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("public/proxy", "public/dmz", "INTERNET"),
            org.assertj.core.groups.Tuple.tuple("partners/proxy", "partners/dmz", "INTERNAL"));
    assertThat(model.components().getFirst().description())
        .as("$${ is a literal ${, and $$ stays as it is")
        .contains("costs $$5, written ${literal}");
  }

  @Test
  void theDefaultPrefixIsTheExpandedId() throws IOException {
    LoadResult result =
        load(
            main(
                """
                  - { template: edge, with: { trust: 10, name: north } }
                  - { template: edge, with: { trust: 10, name: south } }
                """));

    assertThat(result.problems()).isEmpty();
    assertThat(result.model().orElseThrow().components())
        .extracting(Element::id)
        .containsExactly("north/proxy", "south/proxy");
  }

  @Test
  void twoUsesWithTheSamePrefixAreOneErrorAtTheSecond() throws IOException {
    LoadResult result =
        load(
            main(
                """
                  - { template: edge, with: { trust: 10 } }
                  - { template: edge, with: { trust: 20 } }
                components:
                  - { id: lb, kind: load-balancer, zone: edge/dmz }
                """));

    assertThat(problems(result)).containsExactly("7:5 duplicate-id");
    assertThat(result.problems().getFirst().message()).contains("'edge/'", "main.yaml:6:5");
    assertThat(result.model().orElseThrow().zones()).extracting(Zone::trust).containsExactly(10);
  }

  @Test
  void parameterProblemsAreReportedWhereTheImportGivesTheValue() throws IOException {
    LoadResult result =
        load(
            main(
                """
                  - template: edge
                    with:
                      trust: 10
                      exposure: everywhere
                      colour: blue
                  - template: edge
                    id: other
                """));

    assertThat(problems(result))
        .as("no problem where the template uses 'trust', which has no value")
        .containsExactly(
            "9:17 template-parameter", "10:15 template-parameter", "11:15 template-parameter");
    assertThat(result.problems())
        .extracting(Problem::message)
        .containsExactly(
            "parameter 'exposure' of template 'edge' is 'everywhere', which is not an allowed value",
            "template 'edge' has no parameter 'colour'",
            "template 'edge' needs a value for its parameter 'trust' (trust of the edge zone)");
    assertThat(result.problems().getFirst().hint()).isEqualTo("allowed: internet, internal");
  }

  @Test
  void aWrongValueAfterSubstitutionPointsAtTheImportAndTheTemplateLine() throws IOException {
    LoadResult result = load(main("  - { template: edge, with: { trust: high } }\n"));

    assertThat(problems(result)).containsExactly("6:38 wrong-type");
    Problem problem = result.problems().getFirst();
    assertThat(problem.position().file()).endsWith("main.yaml");
    assertThat(problem.message())
        .startsWith("'trust' of zone 'dmz' must be a whole number, found text")
        .endsWith(
            "(the value 'high' of parameter 'trust', used by template 'edge' at "
                + templates.resolve("edge.yaml")
                + ":16:12)");
  }

  @Test
  void aReferenceToNothingFromAValueIsReportedAtTheValue() throws IOException {
    LoadResult result = load(main("  - { template: edge, with: { trust: 10, zone: dnz } }\n"));

    assertThat(problems(result)).containsExactly("6:48 dangling-reference");
    assertThat(result.problems().getFirst().message())
        .contains("'edge/dnz'", "parameter 'zone'", "edge.yaml:22:11");
  }

  @Test
  void aTemplateImportsATemplateAndPassesItsValuesOn() throws IOException {
    Files.writeString(
        templates.resolve("stack.yaml"),
        """
        bulwark: 1
        template:
          name: stack
          title: A stack with an edge
          parameters:
            - { name: edge-trust, default: "15" }
        id: stack
        title: Stack
        imports:
          - template: edge
            id: front
            with: { trust: "${edge-trust}" }
        zones:
          - { id: app, trust: 60 }
        components:
          - { id: api, kind: service, zone: app }
        flows:
          - { id: call, from: front/proxy, to: api, protocol: https, authentication: token }
        """);

    LoadResult result = load(main("  - { template: stack, id: s, with: { edge-trust: 5 } }\n"));

    assertThat(result.problems()).isEmpty();
    Model model = result.model().orElseThrow();
    assertThat(model.zones())
        .extracting(Zone::id, Zone::trust)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("s/app", 60),
            org.assertj.core.groups.Tuple.tuple("s/front/dmz", 5));
    assertThat(model.flows().getFirst().from()).isEqualTo("s/front/proxy");
    assertThat(result.files()).hasSize(3);
  }

  @Test
  void templatesThatImportEachOtherAreACycle() throws IOException {
    Files.writeString(templates.resolve("ping.yaml"), looping("ping", "pong"));
    Files.writeString(templates.resolve("pong.yaml"), looping("pong", "ping"));
    Files.writeString(templates.resolve("self.yaml"), looping("self", "self"));

    LoadResult result = load(main("  - template: ping\n  - template: self\n"));

    assertThat(result.problems())
        .extracting(p -> p.position() + " " + p.type().code() + " " + p.message())
        .containsExactly(
            templates.resolve("pong.yaml")
                + ":7:15 import-cycle templates import each other in a cycle: template ping →"
                + " template pong → template ping",
            templates.resolve("self.yaml")
                + ":7:15 import-cycle templates import each other in a cycle: template self →"
                + " template self");
  }

  private static String looping(String name, String imports) {
    return """
    bulwark: 1
    template: { name: %s, title: Loop }
    id: %s
    title: Loop
    business: { criticality: low }
    imports:
      - template: %s
    """
        .formatted(name, name, imports);
  }

  @Test
  void aNameIsNeverAPath() throws IOException {
    Files.writeString(dir.resolve("secret.yaml"), EDGE.replace("name: edge", "name: secret"));
    LoadResult result =
        load(
            main(
                """
                  - template: ../secret
                  - template: .bulwark/templates/edge
                  - template: /etc/passwd
                  - template: EDGE
                  - template: edge.yaml
                """));

    assertThat(problems(result))
        .containsExactly(
            "6:15 unknown-template",
            "7:15 unknown-template",
            "8:15 unknown-template",
            "9:15 unknown-template",
            "10:15 unknown-template");
    assertThat(result.problems())
        .allSatisfy(p -> assertThat(p.message()).endsWith("is not a template name"));
  }

  @Test
  void aLinkLeadingOutOfTheFolderIsNoTemplate() throws IOException {
    Path outside =
        Files.writeString(dir.resolve("outside.yaml"), EDGE.replace("name: edge", "name: leak"));
    try {
      Files.createSymbolicLink(templates.resolve("leak.yaml"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not supported here");
    }

    LoadResult result = load(main("  - template: leak\n"));

    assertThat(problems(result)).containsExactly("6:15 unknown-template");
  }

  @Test
  void theProjectsTemplatesComeBeforeTheOrganisationsAndThoseBeforeTheShippedOnes()
      throws IOException {
    Path org = Files.createDirectories(dir.resolve("org"));
    Files.writeString(org.resolve("edge.yaml"), EDGE.replace("nginx", "org-proxy"));
    Files.writeString(
        org.resolve("message-queue.yaml"),
        EDGE.replace("name: edge", "name: message-queue").replace("nginx", "org-queue"));
    Path file =
        main(
            """
              - { template: edge, with: { trust: 10 } }
              - { template: message-queue, id: queue, with: { trust: 10 } }
              - { template: ci-pipeline }
            """);

    LoadResult result =
        ModelLoader.load(
            file, LoadOptions.DEFAULTS.withProjectRoot(dir).withTemplates(List.of(org)));

    assertThat(result.problems()).isEmpty();
    assertThat(result.model().orElseThrow().components())
        .filteredOn(c -> c.id().endsWith("/proxy"))
        .extracting(c -> c.technology().orElseThrow())
        .containsExactly("nginx", "org-queue");
    assertThat(result.files()).element(3).isEqualTo("<shipped>/ci-pipeline.yaml");
  }

  @Test
  @Covers(ProblemType.INVALID_TEMPLATE)
  void aTemplateFileIsChecked() throws IOException {
    Files.writeString(templates.resolve("plain.yaml"), "bulwark: 1\nid: plain\ntitle: Plain\n");
    Files.writeString(
        templates.resolve("renamed.yaml"), EDGE.replace("name: edge", "name: edge-proxy"));
    Files.writeString(
        templates.resolve("sloppy.yaml"),
        """
        bulwark: 1
        template:
          name: sloppy
          title: Sloppy
          parameters:
            - { name: a, default: x, allowed: [y, z] }
            - { name: a }
            - { name: 9lives }
        id: sloppy
        title: ${titel}
        description: ${a
        imports:
          - model: other.yaml
        """);

    LoadResult result =
        load(
            main(
                """
                  - template: plain
                  - template: renamed
                  - template: sloppy
                  - template: sloppy
                """));

    String base = ".bulwark/templates/";
    assertThat(result.problems())
        .extracting(p ->
            dir.relativize(Path.of(p.position().file()))
                + ":"
                + p.position().line()
                + ":"
                + p.position().column()
                + " "
                + p.type().code())
        .containsExactly(
            base + "plain.yaml:1:1 invalid-template",
            base + "renamed.yaml:3:9 invalid-template",
            base + "sloppy.yaml:6:27 template-parameter",
            base + "sloppy.yaml:7:15 template-parameter",
            base + "sloppy.yaml:8:15 template-parameter",
            base + "sloppy.yaml:10:8 template-parameter",
            base + "sloppy.yaml:11:14 template-parameter");
  }

  @Test
  void aTemplateImportsOnlyTemplates() throws IOException {
    Files.writeString(
        templates.resolve("with-model.yaml"),
        """
        bulwark: 1
        template: { name: with-model, title: Imports a model }
        id: with-model
        title: With a model
        imports:
          - model: main.yaml
        """);

    LoadResult result = load(main("  - template: with-model\n"));

    assertThat(problems(result)).containsExactly("6:12 invalid-template");
  }

  @Test
  void withMustBeAMappingOfTexts() throws IOException {
    LoadResult result =
        load(
            main(
                """
                  - template: edge
                    with: [trust, 10]
                  - template: edge
                    id: other
                    with:
                      trust: { value: 10 }
                      product:
                """));

    assertThat(problems(result))
        .containsExactly(
            "6:15 template-parameter",
            "7:11 wrong-type",
            "8:15 template-parameter",
            "11:14 wrong-type",
            "12:15 wrong-type");
    assertThat(result.problems().get(3).message())
        .isEqualTo("'trust' in 'with' of import 'other' must be text, found a mapping");
  }

  @Test
  void anImportNamingNeitherIsMissingAField() throws IOException {
    LoadResult result = load(main("  - { id: nothing }\n"));

    assertThat(problems(result)).containsExactly("6:5 missing-field");
  }

  @Test
  void expandingTemplatesCountsAgainstTheFileLimit() throws IOException {
    Files.writeString(
        templates.resolve("fan.yaml"),
        """
        bulwark: 1
        template: { name: fan, title: Fan-out }
        id: fan
        title: Fan
        imports:
          - { template: edge, id: a, with: { trust: 1 } }
          - { template: edge, id: b, with: { trust: 1 } }
          - { template: edge, id: c, with: { trust: 1 } }
        """);
    Path file = main("  - { template: fan, id: x }\n  - { template: fan, id: y }\n");

    LoadResult result =
        ModelLoader.load(
            file,
            LoadOptions.DEFAULTS
                .withProjectRoot(dir)
                .withLimits(ParseLimits.DEFAULTS.withMaxFiles(6)));

    assertThat(result.problems())
        .extracting(p -> p.type().code())
        .containsOnly("too-many-files")
        .hasSize(3);
  }
}
