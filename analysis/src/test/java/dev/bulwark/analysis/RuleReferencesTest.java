package dev.bulwark.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.knowledge.mitre.KbImport;
import dev.bulwark.knowledge.mitre.KbLookup;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every CWE and CAPEC id a built-in rule cites names a real, non-deprecated entry of MITRE's full
 * catalogues (CAPEC 3.9, CWE 4.14 view 1000), where the machine has them in a {@code
 * shared/kb-samples} folder above the checkout; skipped elsewhere.
 */
class RuleReferencesTest {
  /** Weaknesses added to CWE after 4.14, the version of the catalogue file checked against. */
  private static final Set<String> NEWER_THAN_CATALOGUE = Set.of("CWE-1426", "CWE-1427");

  @TestFactory
  Stream<DynamicTest> everyCitedCweAndCapecExists() {
    Optional<Path> samples = samples();
    assumeTrue(samples.isPresent(), "no shared/kb-samples above the checkout");
    KnowledgeBase kb =
        KnowledgeBase.of(
            List.of(
                KbImport.read(samples.get().resolve("capec/capec_v3.9.xml")),
                KbImport.read(
                    samples.get().resolve("cwe/cwe_v4.14_view1000_research_concepts.csv"))));
    return BuiltinRules.all().stream()
        .map(Rule::meta)
        .map(meta ->
            DynamicTest.dynamicTest(
                meta.id(),
                () -> {
                  for (String id :
                      Stream.concat(meta.cwe().stream(), meta.capec().stream())
                          .filter(id -> !NEWER_THAN_CATALOGUE.contains(id))
                          .toList()) {
                    Optional<KbLookup> found = kb.find(id);
                    assertThat(found).as(meta.id() + " cites " + id).isPresent();
                    assertThat(found.get().entry().status())
                        .as(meta.id() + " cites " + id)
                        .isNotEqualTo(Optional.of("Deprecated"));
                  }
                }));
  }

  private static Optional<Path> samples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("kb-samples");
      if (Files.isDirectory(candidate.resolve("capec"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
