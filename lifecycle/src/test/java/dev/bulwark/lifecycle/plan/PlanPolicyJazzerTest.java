package dev.bulwark.lifecycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.model.problem.Problem;

/**
 * Fuzzes the plan policy reader: any bytes give a policy or positioned problems, never an
 * exception. Runs in its own surefire execution for fuzz.seconds (lifecycle/pom.xml); without
 * JAZZER_FUZZ it replays the seed corpus.
 */
class PlanPolicyJazzerTest {
  @FuzzTest
  void anyBytesGiveAPolicyOrProblems(byte[] bytes) {
    PlanPolicyReader.Read read = PlanPolicyReader.read("fuzz.yaml", bytes);
    if (read.policy().isEmpty()) {
      assertThat(read.problems()).anyMatch(Problem::isError);
    } else {
      assertThat(read.policy().get().tiers()).isNotEmpty();
    }
  }
}
