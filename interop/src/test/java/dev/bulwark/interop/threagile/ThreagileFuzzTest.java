package dev.bulwark.interop.threagile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.interop.Source;
import dev.bulwark.interop.peer.FuzzChecks;

/**
 * Feeds arbitrary bytes to the Threagile importer: it returns a model or positioned problems, never
 * throws nor hangs, and a model without errors validates and writes back. Fuzzes for {@code
 * -Dfuzz.seconds} in its own surefire execution (interop/pom.xml); seeds and crashes live in {@code
 * src/test/resources/dev/bulwark/interop/threagile/ThreagileFuzzTestInputs/}.
 */
class ThreagileFuzzTest {
  private static final ThreagileImporter IMPORTER = new ThreagileImporter();

  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveAModelOrPositionedProblems(byte[] input) {
    FuzzChecks.holds(IMPORTER.read(new Source("fuzz.yaml", input), FuzzChecks.LIMITS), "fuzz.yaml");
  }
}
