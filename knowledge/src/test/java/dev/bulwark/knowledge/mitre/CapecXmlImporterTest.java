package dev.bulwark.knowledge.mitre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CapecXmlImporterTest {
  private static final KbImport CAPEC = KbImport.read(Samples.CAPEC_XML);

  @Test
  void readsEveryAttackPatternButNoCategoryOrView() {
    assertThat(CAPEC.counts()).isEqualTo(Map.of(KbKind.CAPEC_PATTERN, 30));
    assertThat(CAPEC.source())
        .isEqualTo(new KbSource("capec", KbFormat.CAPEC_XML, "3.9", "capec_v3.9_sample30.xml"));
    assertThat(CAPEC.redirects()).isEmpty();
  }

  @Test
  void keepsNameStatusAbstractionAndTheFirstParagraph() {
    KbEntry webShell = entry("CAPEC-650");
    assertThat(webShell.name()).isEqualTo("Upload a Web Shell to a Web Server");
    assertThat(webShell.status()).contains("Draft");
    assertThat(webShell.abstraction()).contains("Detailed");
    assertThat(webShell.description())
        .startsWith("By exploiting insufficient permissions, it is possible to upload a web shell")
        .endsWith("at elevated levels.");

    // a description in XHTML paragraphs: only the first is kept, on one line
    assertThat(entry("CAPEC-16").description())
        .startsWith("An attacker tries each of the words in a dictionary")
        .endsWith("brute forcing attack pattern.")
        .doesNotContain("\n", "  ", "Password Spraying");
  }

  @Test
  void mapsToAttackTechniquesWeaknessesAndParents() {
    assertThat(entry("CAPEC-650").targets(KbRelation.Type.RELATED))
        .containsExactly("CWE-287", "CWE-553", "T1505.003");
    assertThat(entry("CAPEC-650").targets(KbRelation.Type.CHILD_OF)).containsExactly("CAPEC-17");
    assertThat(entry("CAPEC-66").targets(KbRelation.Type.RELATED))
        .containsExactly("CWE-89", "CWE-1286");
    assertThat(entry("CAPEC-66").targets(KbRelation.Type.CHILD_OF)).containsExactly("CAPEC-248");
    assertThat(entry("CAPEC-49").targets(KbRelation.Type.RELATED)).contains("T1110.001");
    assertThat(entry("CAPEC-112").targets(KbRelation.Type.RELATED)).contains("T1110");
  }

  @Test
  void entriesAreInNaturalIdOrder() {
    assertThat(CAPEC.entries().getFirst().id()).isEqualTo("CAPEC-1");
    assertThat(CAPEC.entries().get(1).id()).isEqualTo("CAPEC-7");
    assertThat(CAPEC.entries().getLast().id()).isEqualTo("CAPEC-650");
  }

  static KbEntry entry(String id) {
    return CAPEC.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
