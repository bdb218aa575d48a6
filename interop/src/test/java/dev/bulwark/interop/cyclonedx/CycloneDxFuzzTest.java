package dev.bulwark.interop.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.interop.Source;
import dev.bulwark.interop.peer.FuzzChecks;
import java.nio.charset.StandardCharsets;

/**
 * Feeds arbitrary bytes to the package URL parser and the CycloneDX reader: a result or positioned
 * problems, never an exception; a valid purl is kept as written and parses again to the same parts.
 * Fuzzes in its own surefire execution (interop/pom.xml); seeds in {@code
 * CycloneDxFuzzTestInputs/}.
 */
class CycloneDxFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveComponentsOrPositionedProblems(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (Purl.parse(text) instanceof Purl.Invalid invalid) {
      assertThat(invalid.offset()).isBetween(0, text.length());
    }
    Sbom sbom = CycloneDxReader.read(new Source("fuzz.json", input), FuzzChecks.LIMITS);
    assertThat(sbom.problems())
        .allSatisfy(p -> assertThat(p.position().file()).isEqualTo("fuzz.json"));
    for (SbomComponent component : sbom.components()) {
      component
          .purl()
          .ifPresent(purl -> assertThat(Purl.parse(purl)).isInstanceOf(Purl.Valid.class));
    }
  }
}
