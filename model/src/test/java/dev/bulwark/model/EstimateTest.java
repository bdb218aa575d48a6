package dev.bulwark.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Estimate.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EstimateTest {

  @Test
  void readsEachForm() {
    assertThat(Estimate.parse("0.5, 1, 5"))
        .contains(new Estimate(Kind.PERT, List.of(0.5, 1.0, 5.0)));
    assertThat(Estimate.parse("pert: 10_000,50_000,500_000"))
        .contains(new Estimate(Kind.PERT, List.of(10_000.0, 50_000.0, 500_000.0)));
    assertThat(Estimate.parse("LogNormal: 1e3, 2e5"))
        .contains(new Estimate(Kind.LOGNORMAL, List.of(1_000.0, 200_000.0)));
    assertThat(Estimate.parse("poisson: 3")).contains(new Estimate(Kind.POISSON, List.of(3.0)));
    assertThat(Estimate.parse(" 0.3 ")).contains(new Estimate(Kind.CONSTANT, List.of(0.3)));
    assertThat(Estimate.parse("constant: -2")).contains(new Estimate(Kind.CONSTANT, List.of(-2.0)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "twice a year",
        "1, 2",
        "1, 2, 3, 4",
        "lognormal: 5",
        "poisson: 1, 2",
        "NaN",
        "Infinity",
        "1d",
        "0x1p3",
        "1,,3",
        "beta: 1, 2",
        "1e999"
      })
  void refusesAnythingElse(String text) {
    assertThat(Estimate.parse(text)).as(text).isEmpty();
  }

  @Test
  void boundsFollowTheForm() {
    Estimate pert = Estimate.parse("1, 2, 3").orElseThrow();
    assertThat(pert.lowest()).isEqualTo(1.0);
    assertThat(pert.highest()).isEqualTo(3.0);
    assertThat(Estimate.parse("lognormal: 1, 9").orElseThrow().highest()).isInfinite();
    assertThat(Estimate.parse("poisson: 4").orElseThrow().lowest()).isZero();
  }
}
