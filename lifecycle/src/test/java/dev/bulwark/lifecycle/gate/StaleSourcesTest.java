package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Position;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaleSourcesTest {
  @Test
  void withoutAProbeItIsSkippedWithTheReasonInsteadOfPassing() {
    CheckResult result = new StaleSources(Optional.empty()).run(input("clean.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(result.summary()).startsWith("no reader of the source history");
  }

  @Test
  void aProbePlugsIn() {
    GateFinding changed =
        new GateFinding(
            new Position("clean.yaml", 3, 5), "src/api changed on 2026-11-01", "src/api");
    StalenessProbe stale = input -> new StalenessProbe.Verdict(List.of(changed), Optional.empty());
    CheckResult failed = new StaleSources(Optional.of(stale)).run(input("clean.yaml"));
    assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(failed.findings()).containsExactly(changed);
    assertThat(failed.summary()).isEqualTo("1 source changed since the last review");

    StalenessProbe fresh = input -> new StalenessProbe.Verdict(List.of(), Optional.empty());
    assertThat(new StaleSources(Optional.of(fresh)).run(input("clean.yaml")).outcome())
        .isEqualTo(Outcome.PASSED);
    StalenessProbe blind =
        input -> new StalenessProbe.Verdict(List.of(), Optional.of("no review date"));
    CheckResult skipped = new StaleSources(Optional.of(blind)).run(input("clean.yaml"));
    assertThat(skipped.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(skipped.summary()).isEqualTo("no review date");
  }
}
