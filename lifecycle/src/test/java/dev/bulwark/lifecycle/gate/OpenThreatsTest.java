package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static dev.bulwark.lifecycle.gate.GateFixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Severity;
import org.junit.jupiter.api.Test;

class OpenThreatsTest {
  @Test
  void failsOnTheOpenThreatsAtOrAboveTheSeverityInFileOrder() {
    CheckResult result = new OpenThreats(Severity.HIGH).run(input("shop.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    // t-accepted and t-mitigated are critical but closed; t-expired is open again.
    assertThat(keys(result)).containsExactly("t-critical", "t-high", "t-expired");
    assertThat(result.summary()).isEqualTo("3 open threats at high or above");
    assertThat(result.findings().getFirst().message())
        .isEqualTo("t-critical (critical): Critical and open");
    assertThat(result.findings().getFirst().position().toString()).endsWith("shop.yaml:24:5");
  }

  @Test
  void countsInProgressThreatsAsOpen() {
    assertThat(keys(new OpenThreats(Severity.MEDIUM).run(input("shop.yaml"))))
        .containsExactly("t-critical", "t-high", "t-expired", "t-medium");
  }

  @Test
  void passesWhenNothingOpenReachesTheSeverity() {
    CheckResult result = new OpenThreats(Severity.MEDIUM).run(input("clean.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(result.findings()).isEmpty();
    assertThat(result.summary()).isEqualTo("no open threat at medium or above");
    assertThat(new OpenThreats(Severity.LOW).run(input("clean.yaml")).outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void describesItsThreshold() {
    assertThat(new OpenThreats(Severity.CRITICAL).description())
        .isEqualTo("No open threat at critical or above.");
    assertThat(new OpenThreats(Severity.CRITICAL).id()).isEqualTo("open-threats");
  }
}
