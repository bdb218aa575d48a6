package dev.bulwark.analysis.paths;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the profiles reader with Jazzer, on the target {@link
 * ProfilesFuzzTest#readsSafely} (which jqwik also drives). Runs for {@code -Dfuzz.seconds} in its
 * own surefire execution (analysis/pom.xml); {@code -Dfuzz.seconds=600} fuzzes longer.
 */
class ProfilesJazzerTest {
  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveProfilesOrProblems(byte[] input) {
    ProfilesFuzzTest.readsSafely(input);
  }
}
