package dev.bulwark.interop.pytm;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.interop.Source;
import dev.bulwark.interop.peer.FuzzChecks;

/**
 * Feeds arbitrary bytes to the pytm importer: a model or positioned problems, never an exception; a
 * model without errors validates and writes back. Fuzzes in its own surefire execution
 * (interop/pom.xml); seeds in {@code PytmFuzzTestInputs/}.
 */
class PytmFuzzTest {
  private static final PytmImporter IMPORTER = new PytmImporter();

  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveAModelOrPositionedProblems(byte[] input) {
    FuzzChecks.holds(IMPORTER.read(new Source("fuzz.json", input), FuzzChecks.LIMITS), "fuzz.json");
  }
}
