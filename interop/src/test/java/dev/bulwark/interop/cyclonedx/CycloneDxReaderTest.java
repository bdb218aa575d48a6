package dev.bulwark.interop.cyclonedx;

import static dev.bulwark.interop.peer.ImportChecks.sample;
import static dev.bulwark.interop.peer.ImportChecks.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Our hand-written SBOMs (see samples/cyclonedx/SOURCES.md). Counted with jq: 5 components in the
 * 1.2 file; 5 in the 1.4 file, one nested and one package listed twice; 7 in the 1.6 file, 2 of
 * them without a purl.
 */
class CycloneDxReaderTest {
  private static Sbom read(String file) {
    Sbom sbom = CycloneDxReader.read(sample("cyclonedx/" + file), ParseLimits.DEFAULTS);
    assertThat(sbom.problems()).filteredOn(Problem::isError).isEmpty();
    return sbom;
  }

  private static List<String> names(Sbom sbom) {
    return sbom.components().stream().map(SbomComponent::name).toList();
  }

  @Test
  void aMavenSbomOfSpec12() {
    Sbom sbom = read("orders-service-1.2.cdx.json");
    assertThat(sbom.subject().map(SbomComponent::name)).contains("com.example/orders-service");
    assertThat(names(sbom))
        .containsExactly(
            "org.springframework.boot/spring-boot",
            "com.fasterxml.jackson.core/jackson-databind",
            "org.postgresql/postgresql",
            "org.apache.logging.log4j/log4j-core",
            "junit/junit");
    SbomComponent log4j = sbom.components().get(3);
    assertThat(log4j.version()).contains("2.13.3");
    assertThat(log4j.purl())
        .contains("pkg:maven/org.apache.logging.log4j/log4j-core@2.13.3?type=jar");
    assertThat(log4j.type()).isEqualTo("library");
    assertThat(log4j.licenses()).containsExactly("The Apache Software License, Version 2.0");
    assertThat(sbom.components().get(0).licenses()).containsExactly("Apache-2.0");
  }

  @Test
  void anNpmSbomOfSpec14KeepsEachPackageOnce() {
    Sbom sbom = read("storefront-1.4.cdx.json");
    assertThat(names(sbom)).containsExactly("@angular/core", "rxjs", "tslib", "lodash");
    assertThat(sbom.components().get(0).purl()).contains("pkg:npm/%40angular/core@15.1.4");
    assertThat(sbom.components().get(0).type()).isEqualTo("framework");
    assertThat(sbom.components().get(1).licenses()).containsExactly("Apache-2.0");
    assertThat(sbom.problems())
        .filteredOn(p -> p.message().contains("listed again"))
        .singleElement()
        .satisfies(p -> assertThat(p.position().line()).isEqualTo(57));
    assertThat(sbom.problems())
        .anySatisfy(p -> assertThat(p.message()).contains("'vulnerabilities' is not kept"));
  }

  @Test
  void aContainerSbomOfSpec16() {
    Sbom sbom = read("scoring-image-1.6.cdx.json");
    assertThat(sbom.subject().map(SbomComponent::type)).contains("container");
    assertThat(sbom.components()).hasSize(7);
    assertThat(sbom.components().stream().filter(c -> c.purl().isPresent())).hasSize(5);
    assertThat(sbom.components().get(0).type()).isEqualTo("operating-system");
    assertThat(sbom.components().get(0).purl()).isEmpty();
    assertThat(sbom.components().get(1).purl())
        .contains("pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12");
    assertThat(sbom.components().get(5).type()).isEqualTo("machine-learning-model");
    assertThat(sbom.components().get(6).type()).isEqualTo("cryptographic-asset");
    assertThat(sbom.problems())
        .filteredOn(p -> p.message().startsWith("components carry"))
        .singleElement()
        .satisfies(p ->
            assertThat(p.message())
                .contains("'bom-ref' (6)", "'cryptoProperties' (1)", "'evidence' (1)"));
  }

  @Test
  void anInvalidPurlIsReportedWhereItGoesWrongAndLeftOut() {
    Sbom sbom =
        CycloneDxReader.read(
            text(
                "bad.json",
                """
                {"bomFormat": "CycloneDX", "specVersion": "1.5",
                 "components": [{"type": "library", "name": "x", "purl": "pkg:npm/x@"}]}
                """),
            ParseLimits.DEFAULTS);
    assertThat(sbom.components()).singleElement().satisfies(c -> assertThat(c.purl()).isEmpty());
    Problem problem = sbom.problems().get(0);
    assertThat(problem.type()).isEqualTo(ProblemType.NOT_MAPPED);
    assertThat(problem.message()).contains("the version after '@' is empty");
    assertThat(problem.position().line()).isEqualTo(2);
    assertThat(problem.position().column()).isEqualTo(58 + 1 + 9);
  }

  @Test
  void otherFormatsAndVersionsAreReported() {
    Sbom spdx =
        CycloneDxReader.read(
            text("spdx.json", "{\"bomFormat\": \"SPDX\", \"specVersion\": \"1.4\"}"),
            ParseLimits.DEFAULTS);
    assertThat(spdx.failed()).isTrue();
    Sbom future =
        CycloneDxReader.read(
            text("new.json", "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.7\"}"),
            ParseLimits.DEFAULTS);
    assertThat(future.failed()).isFalse();
    assertThat(future.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'1.7'"));
  }

  @Test
  void wrongTypesAndMissingFieldsArePlaced() {
    Sbom sbom =
        CycloneDxReader.read(
            text(
                "bad.json",
                """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "metadata": [],
                 "components": [{"name": "no-type"}, 3, {"type": "library", "name": "ok",
                   "licenses": "MIT", "components": {"type": "library"}}]}
                """),
            ParseLimits.DEFAULTS);
    assertThat(
            sbom.problems().stream()
                .map(
                    p -> p.type().code() + "@" + p.position().line() + ":" + p.position().column()))
        .containsExactly(
            "wrong-type@1:62",
            "missing-field@2:17",
            "wrong-type@2:38",
            "wrong-type@3:16",
            "wrong-type@3:37");
    assertThat(sbom.components()).extracting(SbomComponent::name).containsExactly("ok");
    assertThat(sbom.subject()).isEqualTo(Optional.empty());
  }

  @Test
  void recognisesCycloneDxJson() {
    assertThat(CycloneDxReader.recognises(sample("cyclonedx/storefront-1.4.cdx.json"))).isTrue();
    assertThat(CycloneDxReader.recognises(sample("pytm/input-model.json"))).isFalse();
  }
}
