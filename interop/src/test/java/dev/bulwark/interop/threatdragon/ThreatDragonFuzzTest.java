package dev.bulwark.interop.threatdragon;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.interop.FuzzTarget;

/**
 * Coverage-guided fuzzing of the Threat Dragon importer (and the writer on what it reads) with
 * Jazzer, for {@code -Dfuzz.seconds} in its own surefire execution (interop/pom.xml); {@code
 * -Dfuzz.seconds=600} fuzzes longer. Seeds live in {@code
 * src/test/resources/dev/bulwark/interop/threatdragon/ThreatDragonFuzzTestInputs/}.
 */
class ThreatDragonFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveAModelOrProblems(byte[] input) {
    FuzzTarget.readsSafely(
        new ThreatDragonImporter(), new ThreatDragonWriter(), "fuzz.json", input);
  }
}
