package dev.bulwark.interop.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Package URLs, with the purl-spec's examples and the ways a text fails to be one. */
class PurlTest {
  private static Purl valid(String text) {
    Purl.Parsed parsed = Purl.parse(text);
    assertThat(parsed).as(text).isInstanceOf(Purl.Valid.class);
    return ((Purl.Valid) parsed).purl();
  }

  @Test
  void aMavenPurlHasEveryPart() {
    Purl purl = valid("pkg:maven/org.apache.commons/io@1.3.4?type=jar&classifier=sources");
    assertThat(purl.type()).isEqualTo("maven");
    assertThat(purl.namespace()).contains("org.apache.commons");
    assertThat(purl.name()).isEqualTo("io");
    assertThat(purl.version()).contains("1.3.4");
    assertThat(purl.qualifiers()).isEqualTo(Map.of("type", "jar", "classifier", "sources"));
    assertThat(purl.subpath()).isEmpty();
  }

  @Test
  void componentsArePercentDecoded() {
    Purl purl = valid("pkg:npm/%40angular/animation@12.3.1");
    assertThat(purl.namespace()).contains("@angular");
    assertThat(purl.name()).isEqualTo("animation");
    assertThat(
            valid("pkg:docker/customer/dockerimage@sha256%3A244fd47e07d10?repository_url=gcr.io")
                .version())
        .contains("sha256:244fd47e07d10");
    assertThat(valid("pkg:generic/caf%C3%A9@1").name()).isEqualTo("café");
  }

  @Test
  void aSubpathAndANestedNamespaceAreKept() {
    Purl purl = valid("pkg:golang/google.golang.org/genproto#googleapis/api/annotations");
    assertThat(purl.namespace()).contains("google.golang.org");
    assertThat(purl.name()).isEqualTo("genproto");
    assertThat(purl.subpath()).contains("googleapis/api/annotations");
    assertThat(valid("pkg:GitHub/package-url/purl-spec@244fd47e").type()).isEqualTo("github");
    assertThat(valid("pkg:pypi/django").version()).isEqualTo(Optional.empty());
    assertThat(valid("pkg://deb/debian/curl@7.50.3-1?arch=i386&distro=jessie").qualifiers())
        .containsEntry("distro", "jessie");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "maven/org/x | 0 | does not start with 'pkg:'",
        "pkg:maven | 9 | no '/' between the type and the name",
        "pkg:_x/y | 4 | the type '_x' is not",
        "pkg:1maven/x | 4 | the type '1maven' is not",
        "pkg:ma ven/x | 6 | space or control character",
        "pkg:npm/%4 | 8 | '%' is not followed by two hex digits",
        "pkg:npm/%C3%28 | 8 | not UTF-8",
        "pkg:npm/x@ | 9 | the version after '@' is empty",
        "pkg:npm/x?a=1&A=2 | 14 | the qualifier 'a' is given twice",
        "pkg:npm/x?1a=b | 10 | the qualifier key '1a' is not",
        "pkg:npm/x?flag | 10 | has no '='",
        "pkg:npm/x#a/../b | 12 | the subpath holds '..'",
        "pkg:npm/ | 8 | the name is empty"
      })
  void invalidTextsSayWhyAndWhere(String text, int offset, String reason) {
    Purl.Parsed parsed = Purl.parse(text);
    assertThat(parsed).isInstanceOf(Purl.Invalid.class);
    Purl.Invalid invalid = (Purl.Invalid) parsed;
    assertThat(invalid.reason()).contains(reason);
    assertThat(invalid.offset()).isEqualTo(offset);
  }
}
