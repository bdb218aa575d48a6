package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static dev.bulwark.lifecycle.gate.GateFixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Severity;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewThreatsTest {
  private static final NewThreats HIGH = new NewThreats(Severity.HIGH);

  @Test
  void failsOnOpenThreatsTheBaseDidNotHave() {
    GateInput input =
        input("shop.yaml").withBase(new Baseline.Known("main", Set.of("t-critical", "t-low")));
    CheckResult result = HIGH.run(input);
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(keys(result)).containsExactly("t-high", "t-expired");
    assertThat(result.summary()).isEqualTo("2 new open threats at high or above since main");
  }

  @Test
  void passesWhenEveryOpenThreatWasAlreadyThere() {
    GateInput input =
        input("shop.yaml")
            .withBase(new Baseline.Known("base.yaml", Set.of("t-critical", "t-high", "t-expired")));
    CheckResult result = HIGH.run(input);
    assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(result.summary()).isEqualTo("no new open threat at high or above since base.yaml");
  }

  @Test
  void aNewThreatAlreadyDecidedDoesNotCount() {
    // t-accepted and t-mitigated are critical and absent from the base, but closed.
    GateInput input =
        input("shop.yaml")
            .withBase(new Baseline.Known("main", Set.of("t-critical", "t-high", "t-expired")));
    assertThat(new NewThreats(Severity.LOW).run(input).findings())
        .extracting(GateFinding::key)
        .containsExactly("t-medium", "t-low");
  }

  @Test
  void anEmptyBaseMakesEveryOpenThreatNew() {
    GateInput input = input("shop.yaml").withBase(new Baseline.Known("main", Set.of()));
    assertThat(keys(new NewThreats(Severity.CRITICAL).run(input))).containsExactly("t-critical");
  }

  @Test
  void aBaseWithoutTheModelMakesEveryOpenThreatNewAndSaysSo() {
    GateInput input =
        input("shop.yaml")
            .withBase(
                new Baseline.Absent(
                    "origin/main", "shop.yaml does not exist at revision origin/main (1a2b3c4)"));
    CheckResult result = HIGH.run(input);
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(keys(result)).containsExactly("t-critical", "t-high", "t-expired");
    assertThat(result.summary())
        .isEqualTo(
            "3 new open threats at high or above since origin/main, where the model does not"
                + " exist: every open threat is new");
    CheckResult quiet =
        new NewThreats(Severity.CRITICAL)
            .run(input("clean.yaml").withBase(new Baseline.Absent("main", "absent")));
    assertThat(quiet.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(quiet.summary())
        .isEqualTo(
            "no new open threat at critical or above since main, where the model does not exist:"
                + " every open threat is new");
  }

  @Test
  void isSkippedWithoutABaseOrWithAnUnreadableOne() {
    CheckResult none = HIGH.run(input("shop.yaml"));
    assertThat(none.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(none.summary()).contains("no base", "--base");
    CheckResult broken =
        HIGH.run(input("shop.yaml").withBase(new Baseline.Unknown("main", "is an invalid model")));
    assertThat(broken.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(broken.summary()).isEqualTo("the base main is an invalid model");
  }
}
