package dev.bulwark.knowledge.mitre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MITRE's full files, where the machine has them (a {@code shared/kb-samples} folder above the
 * checkout); skipped elsewhere. Prints how long each import takes.
 */
class FullFilesTest {
  private static Path samples;

  @BeforeAll
  static void locate() {
    samples = Samples.fullFiles().orElse(null);
    assumeTrue(samples != null, "no shared/kb-samples above the checkout");
  }

  @Test
  void capecXml() {
    KbImport capec = timed(samples.resolve("capec/capec_v3.9.xml"));
    assertThat(capec.counts()).isEqualTo(Map.of(KbKind.CAPEC_PATTERN, 615));
    assertThat(CapecRelations.targets(capec, "CAPEC-650")).contains("T1505.003", "CAPEC-17");
  }

  @Test
  void cweXmlAndCsv() {
    KbImport xml = timed(samples.resolve("cwe/cwe_view660_java_v4.12.xml"));
    assertThat(xml.counts()).isEqualTo(Map.of(KbKind.CWE_WEAKNESS, 77));
    KbImport csv = timed(samples.resolve("cwe/cwe_v4.14_view1000_research_concepts.csv"));
    assertThat(csv.counts()).isEqualTo(Map.of(KbKind.CWE_WEAKNESS, 938));
  }

  @Test
  void icsAttackStix21() {
    KbImport ics = timed(samples.resolve("attack/ics-attack-18.1.json"));
    assertThat(ics.source().name()).isEqualTo("ics-attack");
    assertThat(ics.source().version()).isEqualTo("18.1");
    assertThat(ics.counts())
        .isEqualTo(Map.of(KbKind.ATTACK_TECHNIQUE, 83, KbKind.ATTACK_MITIGATION, 52));
    assertThat(ics.skipped()).isEqualTo(12);
    KnowledgeBase kb = KnowledgeBase.of(List.of(ics));
    assertThat(kb.related("T0800", KbKind.ATTACK_MITIGATION)).isNotEmpty();
  }

  private static KbImport timed(Path file) {
    long start = System.nanoTime();
    KbImport imported = KbImport.read(file);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("imported %s: %s in %d ms%n", file.getFileName(), imported.counts(), millis);
    // Printed, not asserted: speed is checked by benchmarks (docs/knowledge.md), not unit tests.
    return imported;
  }

  private static final class CapecRelations {
    static List<String> targets(KbImport imported, String id) {
      return imported.entries().stream()
          .filter(e -> e.id().equals(id))
          .flatMap(e -> e.relations().stream())
          .map(KbRelation::target)
          .toList();
    }
  }
}
