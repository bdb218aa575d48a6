package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark templates}, {@code init --template} and {@code --templates} on model commands. */
class TemplatesCommandTest {
  @TempDir Path dir;

  private static final List<String> SHIPPED =
      List.of(
          "ci-pipeline",
          "kubernetes-service",
          "llm-rag-assistant",
          "message-queue",
          "mobile-app-with-backend",
          "oauth2-login",
          "object-storage-bucket",
          "web-app-behind-cdn");

  /** An organisation's template that replaces a shipped one. */
  private Path organisation() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("org-templates"));
    Files.writeString(
        folder.resolve("message-queue.yaml"),
        """
        bulwark: 1
        template:
          name: message-queue
          title: Our queue, the approved way
          parameters:
            - { name: owner, description: The team that runs it }
        id: queue
        title: Queue of ${owner}
        owner: ${owner}
        business: { criticality: medium }
        zones:
          - { id: net, trust: 60 }
        components:
          - { id: broker, kind: message-broker, zone: net, technology: amazon sqs }
          - { id: worker, kind: service, zone: net }
        flows:
          - { id: poll, from: worker, to: broker, protocol: https, authentication: token }
        """);
    return folder;
  }

  @Test
  void listsTheShippedTemplates() {
    Cli listed = Cli.run("templates");

    assertThat(listed.exitCode()).isZero();
    List<String> names =
        listed.out().lines().takeWhile(line -> !line.isBlank()).map(l -> l.split(" +")[0]).toList();
    assertThat(names).containsExactlyElementsOf(SHIPPED);
    assertThat(listed.out())
        .contains("kubernetes-service         shipped    Service on Kubernetes");
  }

  @Test
  void listsAnOrganisationsTemplateInPlaceOfTheShippedOne() throws IOException {
    Path org = organisation();

    Cli listed = Cli.run("templates", "--templates", org.toString());

    assertThat(listed.exitCode()).isZero();
    assertThat(listed.out())
        .contains("message-queue              " + org + " Our queue, the approved way")
        .doesNotContain("Producer and consumer through a message broker");
  }

  @Test
  void showsOneTemplateWithItsParameters() {
    Cli shown = Cli.run("templates", "kubernetes-service");

    assertThat(shown.exitCode()).isZero();
    assertThat(shown.out())
        .contains(
            "kubernetes-service: Service on Kubernetes",
            "  exposure                 default 'internal'",
            "      allowed: internal, internet",
            "    - template: kubernetes-service");
  }

  @Test
  void printsATemplatesFileWithItsComments() {
    Cli shown = Cli.run("templates", "--source", "message-queue");

    assertThat(shown.exitCode()).isZero();
    assertThat(shown.out())
        .startsWith("# Template: services exchanging messages through a broker.");
  }

  @Test
  void anUnknownNameIsAUsageError() {
    Cli shown = Cli.run("templates", "kubernetes-servce");

    assertThat(shown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(shown.err()).contains("did you mean 'kubernetes-service'?");
  }

  @Test
  void aMissingTemplateFolderIsAUsageError() {
    Cli listed = Cli.run("templates", "--templates", dir.resolve("nowhere").toString());

    assertThat(listed.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(listed.err()).contains("nowhere is not a folder");
  }

  @Test
  void initStartsAModelFromATemplate() throws IOException {
    Path project = dir.resolve("orders");

    Cli init =
        Cli.run(
            "init",
            "--template",
            "kubernetes-service",
            "--set",
            "exposure=internet",
            "--set",
            "technology=go 1.23",
            project.toString());

    assertThat(init.exitCode()).as(init.err()).isZero();
    String model = Files.readString(project.resolve("bulwark.yaml"));
    assertThat(model)
        .startsWith("# yaml-language-server: $schema=.bulwark/bulwark-1.schema.json\n")
        .contains(
            "bulwark init --template kubernetes-service --set exposure=internet --set"
                + " technology=go 1.23",
            "\nid: orders\n",
            "title: orders on Kubernetes",
            "exposure: internet",
            "technology: go 1.23",
            "- id: service-account-token-abuse")
        .doesNotContain("${");
    Cli validate = Cli.run("validate", project.resolve("bulwark.yaml").toString());
    assertThat(validate.exitCode()).as(validate.out()).isZero();
    assertThat(validate.out()).contains("valid (0 errors, 1 warning)", "[no-business-context]");
  }

  @Test
  void initRefusesAValueTheTemplateDoesNotAllow() {
    Cli init =
        Cli.run(
            "init",
            "--template",
            "kubernetes-service",
            "--set",
            "exposure=public",
            "--set",
            "replicas=3",
            dir.toString());

    assertThat(init.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(init.err())
        .contains(
            "bulwark: --set exposure: parameter 'exposure' of template 'kubernetes-service' is"
                + " 'public', which is not an allowed value (allowed: internal, internet)",
            "bulwark: --set replicas: template 'kubernetes-service' has no parameter 'replicas'");
    assertThat(dir.resolve("bulwark.yaml")).doesNotExist();
  }

  @Test
  void initWithAnOrganisationTemplateNeedsItsRequiredValues() throws IOException {
    Path org = organisation();

    Cli missing =
        Cli.run(
            "init", "--templates", org.toString(), "--template", "message-queue", dir.toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("needs a value for its parameter 'owner'");

    Cli init =
        Cli.run(
            "init",
            "--templates",
            org.toString(),
            "--template",
            "message-queue",
            "--set",
            "owner=team-a",
            "--title",
            "Orders queue",
            dir.toString());
    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(Files.readString(dir.resolve("bulwark.yaml")))
        .contains("title: Orders queue", "owner: team-a", "technology: amazon sqs");
  }

  @Test
  void setWithoutATemplateIsAUsageError() {
    Cli init = Cli.run("init", "--set", "a=b", dir.toString());

    assertThat(init.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(dir.resolve("bulwark.yaml")).doesNotExist();
  }

  @Test
  void modelCommandsFindOrganisationTemplates() throws IOException {
    Path org = organisation();
    Path model = dir.resolve("bulwark.yaml");
    Files.writeString(
        model,
        """
        bulwark: 1
        id: shop
        title: Shop
        business: { criticality: low }
        imports:
          - { template: message-queue, id: orders, with: { owner: team-a } }
        """);

    assertThat(Cli.run("validate", model.toString()).exitCode())
        .as("without the folder, the shipped template has no parameter 'owner'")
        .isEqualTo(ExitCode.INVALID_MODEL);
    Cli validate = Cli.run("validate", "--templates", org.toString(), model.toString());
    assertThat(validate.exitCode()).as(validate.out()).isZero();
    Cli analyze =
        Cli.run(
            "analyze",
            "--no-kb",
            "--today",
            "2027-01-01",
            "--templates",
            org.toString(),
            model.toString());
    assertThat(analyze.exitCode()).as(analyze.err()).isZero();
  }
}
