package dev.bulwark.interop.otm;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.interop.FuzzTarget;

/**
 * Coverage-guided fuzzing of the OTM importer (and the writer on what it reads) with Jazzer, for
 * {@code -Dfuzz.seconds} in its own surefire execution (interop/pom.xml); {@code
 * -Dfuzz.seconds=600} fuzzes longer. Seeds live in {@code
 * src/test/resources/dev/bulwark/interop/otm/OtmFuzzTestInputs/}.
 */
class OtmFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveAModelOrProblems(byte[] input) {
    FuzzTarget.readsSafely(new OtmImporter(), new OtmWriter(), "fuzz.otm.yaml", input);
  }
}
