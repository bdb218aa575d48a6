package dev.bulwark.interop.tmbom;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.interop.FuzzTarget;
import dev.bulwark.interop.otm.OtmWriter;

/**
 * Coverage-guided fuzzing of the TM-BOM importer with Jazzer, for {@code -Dfuzz.seconds} in its own
 * surefire execution (interop/pom.xml). Seeds live in {@code
 * src/test/resources/dev/bulwark/interop/tmbom/TmBomFuzzTestInputs/}.
 */
class TmBomFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveAModelOrProblems(byte[] input) {
    FuzzTarget.readsSafely(new TmBomImporter(), new OtmWriter(), "fuzz.json", input);
  }
}
