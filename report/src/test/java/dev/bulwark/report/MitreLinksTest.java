package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MitreLinksTest {
  @Test
  void eachCatalogueHasItsAddress() {
    assertThat(MitreLinks.url("CWE-79")).contains("https://cwe.mitre.org/data/definitions/79.html");
    assertThat(MitreLinks.url("CAPEC-66"))
        .contains("https://capec.mitre.org/data/definitions/66.html");
    assertThat(MitreLinks.url("T1190")).contains("https://attack.mitre.org/techniques/T1190/");
    assertThat(MitreLinks.url("T1110.004"))
        .contains("https://attack.mitre.org/techniques/T1110/004/");
  }

  @Test
  void anythingElseGetsNoLink() {
    assertThat(MitreLinks.url("javascript:alert(1)")).isEmpty();
    assertThat(MitreLinks.url("CWE-79/../x")).isEmpty();
    assertThat(MitreLinks.url("T1190.4")).isEmpty();
  }
}
