package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static dev.bulwark.lifecycle.gate.GateFixtures.keys;
import static dev.bulwark.lifecycle.gate.GateFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpiredAcceptancesTest {
  @Test
  void failsAtTheTriageEntryOfAnExpiredAcceptance() {
    CheckResult result = new ExpiredAcceptances().run(input("shop.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(keys(result)).containsExactly("t-expired");
    assertThat(lines(result)).containsExactly("35:5");
    assertThat(result.findings().getFirst().message())
        .isEqualTo(
            "the acceptance of t-expired by alice expired on 2026-01-01; renew it with a new until"
                + " date or treat the threat");
    assertThat(result.summary()).isEqualTo("1 acceptance has expired");
  }

  @Test
  void passesWhenEveryAcceptanceIsInDate() {
    CheckResult result = new ExpiredAcceptances().run(input("clean.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(result.summary()).isEqualTo("no acceptance has expired");
  }
}
