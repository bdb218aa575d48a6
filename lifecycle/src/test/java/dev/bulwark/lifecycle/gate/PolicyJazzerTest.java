package dev.bulwark.lifecycle.gate;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the policy reader with Jazzer, on {@link PolicyFuzzTest#readsSafely}.
 * Runs for {@code -Dfuzz.seconds} in its own surefire execution (lifecycle/pom.xml).
 */
class PolicyJazzerTest {
  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveAPolicyOrProblems(byte[] input) {
    PolicyFuzzTest.readsSafely(input);
  }
}
