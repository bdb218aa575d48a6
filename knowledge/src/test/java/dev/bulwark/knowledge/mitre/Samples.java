package dev.bulwark.knowledge.mitre;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the test files are: small fixtures in the repository, full files when the machine has them.
 */
final class Samples {
  static final Path FIXTURES = Path.of("src", "test", "resources", "kb");

  static final Path CAPEC_XML = FIXTURES.resolve("capec_v3.9_sample30.xml");
  static final Path CAPEC_STIX = FIXTURES.resolve("stix-capec_2.1_sample30.json");
  static final Path CWE_XML = FIXTURES.resolve("cwe_view660_java_v4.12_sample30.xml");
  static final Path CWE_CSV = FIXTURES.resolve("cwe_v4.14_view1000_sample30.csv");
  static final Path ATTACK = FIXTURES.resolve("enterprise-attack_v18.1_sample.json");

  private Samples() {}

  /**
   * MITRE's full files, in a {@code shared/kb-samples} folder beside one of the folders above the
   * module; absent in CI, where the tests that need them are skipped.
   */
  static Optional<Path> fullFiles() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("kb-samples");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
