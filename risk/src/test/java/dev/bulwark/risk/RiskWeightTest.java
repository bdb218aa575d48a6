package dev.bulwark.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Severity;
import org.junit.jupiter.api.Test;

class RiskWeightTest {
  @Test
  void eachLevelWeighsTwiceTheOneBelow() {
    assertThat(RiskWeight.of(Severity.LOW)).isEqualTo(1);
    assertThat(RiskWeight.of(Severity.MEDIUM)).isEqualTo(2);
    assertThat(RiskWeight.of(Severity.ELEVATED)).isEqualTo(4);
    assertThat(RiskWeight.of(Severity.HIGH)).isEqualTo(8);
    assertThat(RiskWeight.of(Severity.CRITICAL)).isEqualTo(16);
  }
}
