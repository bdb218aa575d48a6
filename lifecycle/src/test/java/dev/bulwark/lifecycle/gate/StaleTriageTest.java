package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static dev.bulwark.lifecycle.gate.GateFixtures.keys;
import static dev.bulwark.lifecycle.gate.GateFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaleTriageTest {
  @Test
  void failsAtAnEntryThatMatchesNoThreat() {
    CheckResult result = new StaleTriage().run(input("shop.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(keys(result)).containsExactly("triage:t-gone");
    assertThat(lines(result)).containsExactly("37:5");
    assertThat(result.findings().getFirst().message())
        .isEqualTo("triage entry 't-gone' matches no threat: the decision is stale");
  }

  @Test
  void passesWhenEveryEntryDecidesAThreat() {
    CheckResult result = new StaleTriage().run(input("clean.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(result.summary()).isEqualTo("every triage entry decides a threat");
  }

  @Test
  void aShadowedEntryIsStaleToo() {
    CheckResult result = new StaleTriage().run(input("shadowed.yaml"));
    assertThat(keys(result)).containsExactly("triage:t-*");
    assertThat(lines(result)).containsExactly("14:5");
    assertThat(result.findings().getFirst().message()).contains("shadowed");
    assertThat(result.summary()).isEqualTo("1 triage entry is stale");
  }
}
