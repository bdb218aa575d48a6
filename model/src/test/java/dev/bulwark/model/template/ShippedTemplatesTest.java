package dev.bulwark.model.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Component;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.parse.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped template reads without a problem, and expands, with its defaults and with other
 * values, into a model that validates without a problem (warnings included).
 */
class ShippedTemplatesTest {
  @TempDir Path project;

  static List<String> names() {
    return ShippedTemplates.NAMES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void readsWithoutProblems(String name) {
    TemplateReader.Result read =
        Templates.read(Templates.shipped().find(name).orElseThrow(), ParseLimits.DEFAULTS);

    assertThat(read.problems()).isEmpty();
    assertThat(read.template()).isPresent();
    Template template = read.template().get();
    assertThat(template.name()).isEqualTo(name);
    assertThat(template.file()).isEqualTo("<shipped>/" + name + ".yaml");
    assertThat(template.header().parameters())
        .as("every parameter is described")
        .allSatisfy(p -> assertThat(p.description()).isPresent());
    assertThat(template.parameterNames()).as("the prefix is a parameter").contains("name");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void expandsWithItsDefaultsIntoAValidModel(String name) throws IOException {
    LoadResult loaded = load(importing(name, "", Map.of()));

    assertThat(loaded.problems()).isEmpty();
    Model model = loaded.model().orElseThrow();
    assertThat(model.components()).isNotEmpty().allSatisfy(c -> assertThat(c.id()).contains("/"));
    assertThat(model.threats()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(model.mitigations()).allSatisfy(m -> assertThat(m.mitigates()).isNotEmpty());
    assertThat(loaded.files()).element(1).isEqualTo("<shipped>/" + name + ".yaml");
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> customValues() {
    return java.util.stream.Stream.of(
        args(
            "web-app-behind-cdn",
            "app",
            Map.of("app-technology", "django 5", "data-classification", "restricted")),
        args(
            "kubernetes-service",
            "service",
            Map.of("technology", "go 1.23", "exposure", "internet")),
        args(
            "oauth2-login",
            "idp",
            Map.of("identity-provider", "auth0", "client-authentication", "mtls")),
        args(
            "object-storage-bucket",
            "bucket",
            Map.of("provider", "google cloud storage", "bucket-exposure", "internal")),
        args(
            "message-queue",
            "broker",
            Map.of("broker", "apache kafka 3.8", "protocol", "kafka-tls", "producer-trust", "40")),
        args(
            "llm-rag-assistant",
            "model",
            Map.of("model", "llama 3.1 70b on vllm", "model-zone", "platform")),
        args(
            "ci-pipeline",
            "pipeline",
            Map.of("ci", "gitlab ci", "registry", "gitlab container registry")),
        args(
            "mobile-app-with-backend",
            "app",
            Map.of("platform", "swift app for ios", "local-encryption", "application")));
  }

  private static org.junit.jupiter.params.provider.Arguments args(
      String name, String component, Map<String, String> with) {
    return org.junit.jupiter.params.provider.Arguments.of(name, component, with);
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("customValues")
  void expandsWithOtherValuesIntoAValidModel(
      String name, String component, Map<String, String> with) throws IOException {
    LoadResult loaded = load(importing(name, "mine", with));

    assertThat(loaded.problems()).isEmpty();
    Component expanded =
        loaded.model().orElseThrow().components().stream()
            .filter(c -> c.id().equals("mine/" + component))
            .findFirst()
            .orElseThrow();
    assertThat(with.values()).contains(expanded.technology().orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void docsTemplatesMdDescribesItAndItsParameters(String name) throws IOException {
    String doc = Files.readString(Path.of("../docs/templates.md"));
    Template template =
        Templates.read(Templates.shipped().find(name).orElseThrow(), ParseLimits.DEFAULTS)
            .template()
            .orElseThrow();

    assertThat(doc).contains("### " + name + " — " + template.header().title() + "\n");
    String section = doc.substring(doc.indexOf("### " + name + " — "));
    for (Parameter parameter : template.header().parameters()) {
      assertThat(section)
          .contains(
              "| `"
                  + parameter.name()
                  + "` | `"
                  + parameter.defaultValue().orElse("required")
                  + "` | "
                  + (parameter.allowed().isEmpty()
                      ? ""
                      : String.join(", ", parameter.allowed()) + " |"));
    }
  }

  @Test
  void everyShippedTemplateIsListed() {
    assertThat(Templates.shipped().names()).containsExactlyElementsOf(ShippedTemplates.NAMES);
  }

  private Path importing(String template, String id, Map<String, String> with) throws IOException {
    String values =
        with.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + ": \"" + e.getValue() + "\"")
            .collect(Collectors.joining(", ", "{ ", " }"));
    String text =
        """
        bulwark: 1
        id: system
        title: System
        business: { criticality: high }
        imports:
          - template: %s
        """
                .formatted(template)
            + (id.isEmpty() ? "" : "    id: " + id + "\n")
            + (with.isEmpty() ? "" : "    with: " + values + "\n");
    Path file = project.resolve("main.yaml");
    Files.writeString(file, text);
    return file;
  }

  private LoadResult load(Path file) {
    return ModelLoader.load(file, LoadOptions.DEFAULTS.withProjectRoot(project));
  }
}
