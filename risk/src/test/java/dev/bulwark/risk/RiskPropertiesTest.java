package dev.bulwark.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Severity;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RiskPropertiesTest {
  @Property
  void theDefaultMatrixNeverRanksAWorseCellLower(
      @ForAll Likelihood l1, @ForAll Likelihood l2, @ForAll Impact i1, @ForAll Impact i2) {
    if (l1.compareTo(l2) <= 0 && i1.compareTo(i2) <= 0) {
      assertThat(RiskMatrix.DEFAULT.severity(l1, i1))
          .isLessThanOrEqualTo(RiskMatrix.DEFAULT.severity(l2, i2));
    }
  }

  @Property
  void everyOwaspVectorGivesASeverityOfTheTable(@ForAll("digits") List<Integer> d) {
    String[] names = {
      "SL", "M", "O", "S", "ED", "EE", "A", "ID", "LC", "LI", "LAV", "LAC", "FD", "RD", "NC", "PV"
    };
    StringBuilder vector = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      vector.append(i == 0 ? "" : "/").append(names[i]).append(':').append(d.get(i));
    }
    Score score = VectorScores.owaspRiskRating(vector.toString());

    // The methodology by hand, in whole numbers: a mean below 3 is a sum below 3n.
    int likelihoodSum = d.subList(0, 8).stream().mapToInt(Integer::intValue).sum();
    int technicalSum = d.subList(8, 12).stream().mapToInt(Integer::intValue).sum();
    int businessSum = d.subList(12, 16).stream().mapToInt(Integer::intValue).sum();
    int l = likelihoodSum < 24 ? 0 : likelihoodSum < 48 ? 1 : 2;
    int impactSum = businessSum > 0 ? businessSum : technicalSum;
    int i = impactSum < 12 ? 0 : impactSum < 24 ? 1 : 2;
    Severity[][] table = {
      {Severity.LOW, Severity.LOW, Severity.MEDIUM},
      {Severity.LOW, Severity.MEDIUM, Severity.HIGH},
      {Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL}
    };
    assertThat(score.severity()).isNotEqualTo(Severity.ELEVATED).isEqualTo(table[l][i]);
    assertThat(score.likelihood().ordinal()).isEqualTo(l);
    assertThat(score.impact().ordinal()).isEqualTo(i);
  }

  @Provide
  Arbitrary<List<Integer>> digits() {
    return Arbitraries.integers().between(0, 9).list().ofSize(16);
  }
}
