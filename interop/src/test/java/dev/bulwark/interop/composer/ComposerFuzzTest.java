package dev.bulwark.interop.composer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.interop.Source;
import dev.bulwark.interop.peer.FuzzChecks;

/**
 * Feeds arbitrary bytes to the Threat Composer importer: a model or positioned problems, never an
 * exception; a model without errors validates and writes back. Fuzzes in its own surefire execution
 * (interop/pom.xml); seeds in {@code ComposerFuzzTestInputs/}.
 */
class ComposerFuzzTest {
  private static final ComposerImporter IMPORTER = new ComposerImporter();

  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveAModelOrPositionedProblems(byte[] input) {
    FuzzChecks.holds(
        IMPORTER.read(new Source("fuzz.tc.json", input), FuzzChecks.LIMITS), "fuzz.tc.json");
  }
}
