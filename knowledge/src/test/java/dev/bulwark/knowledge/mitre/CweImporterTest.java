package dev.bulwark.knowledge.mitre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CweImporterTest {
  private static final KbImport XML = KbImport.read(Samples.CWE_XML);
  private static final KbImport CSV = KbImport.read(Samples.CWE_CSV);

  @Test
  void detectsBothFormatsFromTheContent() {
    assertThat(KbImport.detect(Samples.CWE_XML)).isEqualTo(KbFormat.CWE_XML);
    assertThat(KbImport.detect(Samples.CWE_CSV)).isEqualTo(KbFormat.CWE_CSV);
  }

  @Test
  void xmlGivesEveryWeakness() {
    assertThat(XML.counts()).isEqualTo(Map.of(KbKind.CWE_WEAKNESS, 30));
    assertThat(XML.source().name()).isEqualTo("cwe");
    assertThat(XML.source().version()).isEqualTo("4.12");
    KbEntry deserialization = entry(XML, "CWE-502");
    assertThat(deserialization.name()).isEqualTo("Deserialization of Untrusted Data");
    assertThat(deserialization.abstraction()).contains("Base");
    assertThat(deserialization.status()).contains("Draft");
    assertThat(deserialization.description())
        .isEqualTo(
            "The product deserializes untrusted data without sufficiently verifying that the"
                + " resulting data will be valid.");
    assertThat(deserialization.targets(KbRelation.Type.RELATED)).containsExactly("CAPEC-586");
    // ChildOf in the Research Concepts view only; PeerOf is not a parent
    assertThat(deserialization.targets(KbRelation.Type.CHILD_OF)).containsExactly("CWE-913");
  }

  @Test
  void csvGivesEveryWeaknessWithItsAttackPatterns() {
    assertThat(CSV.counts()).isEqualTo(Map.of(KbKind.CWE_WEAKNESS, 30));
    assertThat(CSV.source().name()).isEqualTo("cwe-csv");
    KbEntry sqlInjection = entry(CSV, "CWE-89");
    assertThat(sqlInjection.name())
        .isEqualTo(
            "Improper Neutralization of Special Elements used in an SQL Command ('SQL"
                + " Injection')");
    assertThat(sqlInjection.abstraction()).contains("Base");
    assertThat(sqlInjection.status()).contains("Stable");
    assertThat(sqlInjection.targets(KbRelation.Type.RELATED))
        .containsExactly("CAPEC-7", "CAPEC-66", "CAPEC-108", "CAPEC-109", "CAPEC-110", "CAPEC-470");
    assertThat(sqlInjection.targets(KbRelation.Type.CHILD_OF)).containsExactly("CWE-943");
  }

  @Test
  void bothFormatsAgreeOnAWeaknessTheyShare() {
    KbEntry fromXml = entry(XML, "CWE-502");
    KbEntry fromCsv = entry(CSV, "CWE-502");
    assertThat(fromCsv.name()).isEqualTo(fromXml.name());
    assertThat(fromCsv.relations()).isEqualTo(fromXml.relations());
  }

  static KbEntry entry(KbImport imported, String id) {
    return imported.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
