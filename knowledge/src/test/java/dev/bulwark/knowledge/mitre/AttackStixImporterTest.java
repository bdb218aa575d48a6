package dev.bulwark.knowledge.mitre;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttackStixImporterTest {
  private static final KbImport ATTACK = KbImport.read(Samples.ATTACK);
  private static final KbImport CAPEC = KbImport.read(Samples.CAPEC_STIX);

  @Test
  void readsTechniquesAndMitigationsOfAStix20Bundle() {
    assertThat(KbImport.detect(Samples.ATTACK)).isEqualTo(KbFormat.STIX);
    assertThat(ATTACK.counts())
        .isEqualTo(Map.of(KbKind.ATTACK_TECHNIQUE, 11, KbKind.ATTACK_MITIGATION, 8));
    assertThat(ATTACK.source().name()).isEqualTo("enterprise-attack");
    assertThat(ATTACK.skipped()).isZero();
    KbEntry webShell = entry(ATTACK, "T1505.003");
    assertThat(webShell.name()).isEqualTo("Web Shell");
    assertThat(webShell.description()).startsWith("Adversaries may").doesNotContain("(Citation:");
    assertThat(entry(ATTACK, "M1018").name()).isEqualTo("User Account Management");
  }

  @Test
  void mitigatesAndSubtechniqueOfBecomeRelations() {
    assertThat(entry(ATTACK, "T1505.003").targets(KbRelation.Type.MITIGATED_BY)).contains("M1018");
    assertThat(entry(ATTACK, "T1110.001").targets(KbRelation.Type.CHILD_OF))
        .containsExactly("T1110");
    assertThat(entry(ATTACK, "T1566.002").targets(KbRelation.Type.CHILD_OF))
        .containsExactly("T1566");
    long mitigates =
        ATTACK.entries().stream()
            .mapToLong(e -> e.targets(KbRelation.Type.MITIGATED_BY).size())
            .sum();
    assertThat(mitigates).isEqualTo(31);
  }

  @Test
  void revokedTechniquesBecomeRedirects() {
    assertThat(ATTACK.redirects())
        .containsExactly(
            new KbRedirect("T1100", "T1505.003", "Web Shell"),
            new KbRedirect("T1192", "T1566.002", "Spearphishing Link"));
    assertThat(ATTACK.entries()).noneMatch(e -> e.id().equals("T1100"));
  }

  @Test
  void deprecatedObjectsAreLeftOut(@TempDir Path folder) throws IOException {
    Path bundle = folder.resolve("bundle.json");
    Files.writeString(
        bundle,
        """
        {"type": "bundle", "id": "bundle--1", "spec_version": "2.1", "objects": [
          {"type": "attack-pattern", "id": "attack-pattern--a", "name": "Old",
           "x_mitre_deprecated": true, "x_mitre_domains": ["ics-attack"],
           "external_references": [{"source_name": "mitre-attack", "external_id": "T0800"}]},
          {"type": "attack-pattern", "id": "attack-pattern--b", "name": "Current",
           "description": "First.\\n\\nSecond.", "x_mitre_domains": ["ics-attack"],
           "external_references": [{"source_name": "mitre-attack", "external_id": "T0801"}]},
          {"type": "course-of-action", "id": "course-of-action--c", "name": "Gone",
           "x_mitre_deprecated": true,
           "external_references": [{"source_name": "mitre-attack", "external_id": "M0800"}]},
          {"type": "relationship", "id": "relationship--d", "relationship_type": "mitigates",
           "source_ref": "course-of-action--c", "target_ref": "attack-pattern--b"}
        ]}
        """);
    KbImport imported = KbImport.read(bundle);
    assertThat(imported.entries()).extracting(KbEntry::id).containsExactly("T0801");
    assertThat(imported.entries().getFirst().description()).isEqualTo("First.");
    assertThat(imported.entries().getFirst().relations()).isEmpty();
    assertThat(imported.skipped()).isEqualTo(2);
    assertThat(imported.source().name()).isEqualTo("ics-attack");
  }

  @Test
  void readsCapecPatternsAndCoursesOfActionOfAStix21Bundle() {
    assertThat(CAPEC.counts())
        .isEqualTo(Map.of(KbKind.CAPEC_PATTERN, 30, KbKind.COURSE_OF_ACTION, 85));
    assertThat(CAPEC.source().name()).isEqualTo("capec-stix");
    assertThat(CAPEC.source().version()).isEqualTo("3.9");
    KbEntry sqlInjection = entry(CAPEC, "CAPEC-66");
    assertThat(sqlInjection.name()).isEqualTo("SQL Injection");
    assertThat(sqlInjection.status()).contains("Draft");
    assertThat(sqlInjection.abstraction()).contains("Standard");
    assertThat(sqlInjection.targets(KbRelation.Type.RELATED)).contains("CWE-89");
    assertThat(sqlInjection.targets(KbRelation.Type.MITIGATED_BY)).contains("COA-66-0");
    assertThat(entry(CAPEC, "CAPEC-650").targets(KbRelation.Type.RELATED)).contains("T1505.003");
    // a parent outside the sample is dropped; one inside is kept
    assertThat(entry(CAPEC, "CAPEC-650").targets(KbRelation.Type.CHILD_OF)).isEmpty();
    assertThat(entry(CAPEC, "CAPEC-7").targets(KbRelation.Type.CHILD_OF))
        .containsExactly("CAPEC-66");
    assertThat(entry(CAPEC, "COA-66-0").description()).startsWith("Strong input validation");
    long mitigates =
        CAPEC.entries().stream()
            .mapToLong(e -> e.targets(KbRelation.Type.MITIGATED_BY).size())
            .sum();
    assertThat(mitigates).isEqualTo(101);
  }

  static KbEntry entry(KbImport imported, String id) {
    return imported.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
