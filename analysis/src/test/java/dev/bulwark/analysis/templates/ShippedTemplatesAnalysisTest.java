package dev.bulwark.analysis.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.Engine;
import dev.bulwark.analysis.Finding;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.model.Element;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shipped template, imported as {@code t}, is analysed by the built-in rules without a model
 * problem and yields its known threats: the hand-written ones (with mitigations linked to them) and
 * derived findings worked out by hand from the template's shape. Where a parameter changes the
 * shape, the findings it adds or removes are checked too.
 */
class ShippedTemplatesAnalysisTest {
  @TempDir Path project;

  /** Template, values, hand-written threats, findings that must appear, findings that must not. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "web-app-behind-cdn",
            "",
            List.of("web-cache-deception", "origin-bypass"),
            // the app queries a relational database; no WAF rule since the CDN filters for it
            List.of("BW-WEB-001@t/app+t/db", "BW-PRIV-005@t/forward"),
            List.of("BW-WEB-011@t/app")),
        Arguments.of(
            "kubernetes-service",
            "",
            List.of("service-account-token-abuse", "noisy-neighbour"),
            // plain http from the ingress to the service, with tokens, inside the cluster
            List.of("BW-NET-001@t/route", "BW-NET-007@t/route", "BW-K8S-003@t/cluster"),
            List.of("BW-CLOUD-003@t/cluster")),
        Arguments.of(
            "kubernetes-service",
            "{ exposure: internet }",
            List.of("service-account-token-abuse"),
            // an internet-facing ingress now shares the cluster with the service's secrets
            List.of("BW-CLOUD-003@t/cluster"),
            List.of()),
        Arguments.of(
            "oauth2-login",
            "",
            List.of("code-interception", "login-csrf"),
            // the user store sits in the zone of the internet-facing identity provider
            List.of("BW-NET-002@t/user-store", "BW-WEB-005@t/client"),
            List.of("BW-AUTH-004@t/client", "BW-AUTH-002@t/sign-in")),
        Arguments.of(
            "object-storage-bucket",
            "",
            List.of("bucket-opened-by-mistake", "signed-url-leak"),
            List.of("BW-CLOUD-001@t/bucket", "BW-NET-004@t/transfer"),
            List.of()),
        Arguments.of(
            "object-storage-bucket",
            "{ bucket-exposure: internal }",
            List.of("bucket-opened-by-mistake"),
            List.of("BW-NET-004@t/transfer"),
            List.of("BW-CLOUD-001@t/bucket")),
        Arguments.of(
            "message-queue",
            "",
            List.of("poison-message", "forged-message"),
            // producer and consumer hold broker passwords, and no secret store is modelled
            List.of("BW-AUTH-005@t/producer", "BW-AUTH-005@t/consumer"),
            List.of("BW-MSG-003@t/broker", "BW-NET-001@t/publish")),
        Arguments.of(
            "message-queue",
            "{ protocol: amqp, producer-trust: 40 }",
            List.of("forged-message"),
            List.of(
                "BW-MSG-003@t/broker",
                "BW-MSG-004@t/broker+t/publish",
                "BW-NET-001@t/publish",
                "BW-NET-007@t/publish"),
            List.of()),
        Arguments.of(
            "llm-rag-assistant",
            "",
            List.of("link-exfiltration", "knowledge-poisoning"),
            List.of(
                "BW-LLM-001@t/assistant",
                "BW-LLM-002@t/assistant+t/vector-store",
                "BW-LLM-004@t/generate",
                "BW-LLM-007@t/vector-store+t/assistant"),
            List.of()),
        Arguments.of(
            "llm-rag-assistant",
            "{ model: llama 3.1 70b on vllm, model-zone: platform }",
            List.of("link-exfiltration"),
            List.of("BW-LLM-002@t/assistant+t/vector-store"),
            // a model on the organisation's own platform is inside the trust boundary
            List.of("BW-LLM-004@t/generate", "BW-PRIV-005@t/generate")),
        Arguments.of(
            "ci-pipeline",
            "",
            List.of("poisoned-pull-request", "dependency-confusion"),
            List.of("BW-SUPPLY-005@t/image-registry", "BW-K8S-004@t/runtime"),
            List.of()),
        Arguments.of(
            "mobile-app-with-backend",
            "",
            List.of("client-side-trust", "token-theft-from-phone"),
            // the app reports to analytics with a key shipped inside it
            List.of("BW-DEV-006@t/report-usage", "BW-PRIV-005@t/report-usage"),
            List.of("BW-DEV-004@t/app")),
        Arguments.of(
            "mobile-app-with-backend",
            "{ local-encryption: none }",
            List.of("token-theft-from-phone"),
            List.of("BW-DEV-004@t/app"),
            List.of()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void yieldsItsKnownThreats(
      String template, String with, List<String> written, List<String> derived, List<String> absent)
      throws IOException {
    LoadResult loaded = load(template, with);

    assertThat(loaded.problems()).as("problems of the composed model").isEmpty();
    Model model = loaded.model().orElseThrow();
    List<String> prefixed = written.stream().map(id -> "t/" + id).toList();
    assertThat(model.threats()).extracting(Element::id).containsAll(prefixed);
    assertThat(model.mitigations())
        .flatExtracting(Mitigation::mitigates)
        .as("each hand-written threat has its standard mitigation")
        .containsAll(prefixed);

    List<String> findings =
        new Engine(BuiltinRules.ruleSet())
            .run(SystemView.of(model)).stream().map(Finding::fingerprint).toList();
    assertThat(findings).containsAll(derived);
    assertThat(findings).filteredOn(absent::contains).isEmpty();
  }

  private LoadResult load(String template, String with) throws IOException {
    Path file = project.resolve("bulwark.yaml");
    Files.writeString(
        file,
        """
        bulwark: 1
        id: system
        title: System
        business: { criticality: high }
        imports:
          - template: %s
            id: t
        """
                .formatted(template)
            + (with.isEmpty() ? "" : "    with: " + with + "\n"));
    return ModelLoader.load(file, LoadOptions.DEFAULTS.withProjectRoot(project));
  }
}
