package dev.bulwark.knowledge.mitre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
  private static final KnowledgeBase KB =
      KnowledgeBase.of(
          List.of(
              KbImport.read(Samples.CAPEC_XML),
              KbImport.read(Samples.CAPEC_STIX),
              KbImport.read(Samples.CWE_XML),
              KbImport.read(Samples.CWE_CSV),
              KbImport.read(Samples.ATTACK)));

  @Test
  void mergesEverySource() {
    assertThat(KB.sources())
        .extracting(KbSource::name)
        .containsExactly("capec", "capec-stix", "cwe", "cwe-csv", "enterprise-attack");
    assertThat(KB.counts().get(KbKind.CAPEC_PATTERN)).isEqualTo(30);
    assertThat(KB.counts().get(KbKind.ATTACK_TECHNIQUE)).isEqualTo(11);
    // CWE: 30 from the Java view and 30 from view 1000, two of them in both (502, 917)
    assertThat(KB.counts().get(KbKind.CWE_WEAKNESS)).isEqualTo(58);
  }

  @Test
  void followsCapecToAttackToItsMitigations() {
    assertThat(KB.related("CAPEC-650", KbKind.ATTACK_TECHNIQUE))
        .extracting(KbEntry::id)
        .containsExactly("T1505.003");
    assertThat(KB.related("T1505.003", KbKind.ATTACK_MITIGATION))
        .extracting(KbEntry::id)
        .contains("M1018");
    assertThat(KB.related("T1505.003", KbKind.CAPEC_PATTERN))
        .extracting(KbEntry::id)
        .containsExactly("CAPEC-650");
    assertThat(KB.related("M1018"))
        .filteredOn(link -> link.id().equals("T1505.003"))
        .singleElement()
        .satisfies(link -> assertThat(link.label()).isEqualTo("mitigates"));
  }

  @Test
  void aRevokedIdRedirectsAndSaysSo() {
    KbLookup found = KB.find("T1100").orElseThrow();
    assertThat(found.entry().id()).isEqualTo("T1505.003");
    assertThat(found.redirected()).isTrue();
    assertThat(found.via()).containsExactly(new KbRedirect("T1100", "T1505.003", "Web Shell"));
    assertThat(KB.find("T1505.003").orElseThrow().redirected()).isFalse();
    assertThat(KB.related("T1100")).isEqualTo(KB.related("T1505.003"));
  }

  @Test
  void linksCapecAndCweBothWays() {
    assertThat(KB.related("CAPEC-66", KbKind.CWE_WEAKNESS))
        .extracting(KbEntry::id)
        .contains("CWE-89");
    assertThat(KB.related("CWE-89", KbKind.CAPEC_PATTERN))
        .extracting(KbEntry::id)
        .contains("CAPEC-66", "CAPEC-7");
    assertThat(KB.related("CAPEC-66")).filteredOn(link -> link.id().equals("CWE-89")).hasSize(1);
  }

  @Test
  void theEarlierSourceGivesTheTextAndAllGiveRelations() {
    KbEntry sqlInjection = KB.entry("CAPEC-66").orElseThrow();
    assertThat(sqlInjection.name()).isEqualTo("SQL Injection");
    assertThat(sqlInjection.targets(KbRelation.Type.MITIGATED_BY)).contains("COA-66-0");
    assertThat(sqlInjection.targets(KbRelation.Type.RELATED)).contains("CWE-89", "CWE-1286");
  }

  @Test
  void readsIdsAsPeopleTypeThem() {
    assertThat(KB.find("capec66").orElseThrow().entry().id()).isEqualTo("CAPEC-66");
    assertThat(KB.find(" cwe-89 ").orElseThrow().entry().id()).isEqualTo("CWE-89");
    assertThat(KB.find("t1505.003")).isPresent();
    assertThat(KB.find("CAPEC-9999")).isEmpty();
    assertThat(KB.related("CAPEC-9999")).isEmpty();
    assertThat(KB.closest("CAPEC-6550")).contains("CAPEC-650");
  }

  @Test
  void sortsIdsNaturally() {
    List<String> sorted =
        List.of("T1505.003", "CAPEC-10", "T1505", "CAPEC-9", "CAPEC-100", "T1110.001").stream()
            .sorted(Ids.ORDER)
            .toList();
    assertThat(sorted)
        .containsExactly("CAPEC-9", "CAPEC-10", "CAPEC-100", "T1110.001", "T1505", "T1505.003");
  }
}
