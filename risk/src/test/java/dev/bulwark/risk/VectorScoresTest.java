package dev.bulwark.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VectorScoresTest {
  /** Base scores from the CVSS specifications' examples and the FIRST calculator. */
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N, 9.1, CRITICAL",
    "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 8.8, HIGH",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N, 7.5, HIGH",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N, 5.3, MEDIUM",
    "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N, 1.8, LOW",
    "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N, 9.3, CRITICAL",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N, 0.0, LOW",
  })
  void cvssBaseScoreBands(String vector, String baseScore, Severity expected) {
    assertThat(VectorScores.cvss(vector)).as("base score " + baseScore).isEqualTo(expected);
  }

  @Test
  void cvssVectorMayHaveSurroundingSpace() {
    assertThat(VectorScores.cvss("  CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n"))
        .isEqualTo(Severity.CRITICAL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "nonsense",
        "CVSS:3.1/AV:N/AC:L",
        "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "CVSS:9.9/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        // CVSS v2 is not among the versions the format documents (v3.0, v3.1, v4.0).
        "AV:N/AC:L/Au:N/C:C/I:C/A:C",
      })
  void malformedCvssIsRefused(String vector) {
    assertThatThrownBy(() -> VectorScores.cvss(vector))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + vector + "'");
  }

  /** All eight likelihood factors l, the four technical t, the four business b. */
  private static String vector(int l, int t, int b) {
    return "SL:%1$d/M:%1$d/O:%1$d/S:%1$d/ED:%1$d/EE:%1$d/A:%1$d/ID:%1$d/LC:%2$d/LI:%2$d/LAV:%2$d/LAC:%2$d/FD:%3$d/RD:%3$d/NC:%3$d/PV:%3$d"
        .formatted(l, t, b);
  }

  @Test
  void owaspExampleFromTheFormatDocs() {
    // likelihood (5+5+4+6+3+4+6+3)/8 = 4.5: medium; business (5+5+5+5)/4 = 5: medium.
    Score s =
        VectorScores.owaspRiskRating(
            "SL:5/M:5/O:4/S:6/ED:3/EE:4/A:6/ID:3/LC:7/LI:7/LAV:5/LAC:7/FD:5/RD:5/NC:5/PV:5");
    assertThat(s.likelihood()).isEqualTo(Likelihood.POSSIBLE);
    assertThat(s.impact()).isEqualTo(Impact.MEDIUM);
    assertThat(s.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(s.method()).isEqualTo("owasp-risk-rating");
    assertThat(s.likelihoodReasons()).containsExactly("OWASP Risk Rating likelihood 4.50 of 9");
    assertThat(s.impactReasons()).containsExactly("OWASP Risk Rating business impact 5.00 of 9");
    assertThat(s.reducedBy()).isEmpty();
  }

  @Test
  void bandsAreBelowThreeBelowSixAndAbove() {
    // 23/8 = 2.875 low; 24/8 = 3 medium; 47/8 = 5.875 medium; 48/8 = 6 high.
    String base = "/LC:0/LI:0/LAV:0/LAC:0/FD:0/RD:0/NC:0/PV:0";
    assertThat(
            VectorScores.owaspRiskRating("SL:3/M:3/O:3/S:3/ED:3/EE:3/A:3/ID:2" + base).likelihood())
        .isEqualTo(Likelihood.UNLIKELY);
    assertThat(
            VectorScores.owaspRiskRating("SL:3/M:3/O:3/S:3/ED:3/EE:3/A:3/ID:3" + base).likelihood())
        .isEqualTo(Likelihood.POSSIBLE);
    assertThat(
            VectorScores.owaspRiskRating("SL:6/M:6/O:6/S:6/ED:6/EE:6/A:6/ID:5" + base).likelihood())
        .isEqualTo(Likelihood.POSSIBLE);
    assertThat(
            VectorScores.owaspRiskRating("SL:6/M:6/O:6/S:6/ED:6/EE:6/A:6/ID:6" + base).likelihood())
        .isEqualTo(Likelihood.LIKELY);
    // impact: technical 11/4 = 2.75 low, 12/4 = 3 medium, 23/4 = 5.75 medium, 24/4 = 6 high.
    String l = "SL:0/M:0/O:0/S:0/ED:0/EE:0/A:0/ID:0/";
    String none = "/FD:0/RD:0/NC:0/PV:0";
    assertThat(VectorScores.owaspRiskRating(l + "LC:3/LI:3/LAV:3/LAC:2" + none).impact())
        .isEqualTo(Impact.LOW);
    assertThat(VectorScores.owaspRiskRating(l + "LC:3/LI:3/LAV:3/LAC:3" + none).impact())
        .isEqualTo(Impact.MEDIUM);
    assertThat(VectorScores.owaspRiskRating(l + "LC:6/LI:6/LAV:6/LAC:5" + none).impact())
        .isEqualTo(Impact.MEDIUM);
    assertThat(VectorScores.owaspRiskRating(l + "LC:6/LI:6/LAV:6/LAC:6" + none).impact())
        .isEqualTo(Impact.HIGH);
  }

  @Test
  void businessFactorsOverrideTechnicalOnesWhenAnyIsNonZero() {
    // technical 9 (high), business (1+0+0+0)/4 = 0.25 (low): business wins.
    String l = "SL:0/M:0/O:0/S:0/ED:0/EE:0/A:0/ID:0/";
    Score business = VectorScores.owaspRiskRating(l + "LC:9/LI:9/LAV:9/LAC:9/FD:1/RD:0/NC:0/PV:0");
    assertThat(business.impact()).isEqualTo(Impact.LOW);
    assertThat(business.impactReasons())
        .containsExactly("OWASP Risk Rating business impact 0.25 of 9");
    Score technical = VectorScores.owaspRiskRating(l + "LC:9/LI:9/LAV:9/LAC:9/FD:0/RD:0/NC:0/PV:0");
    assertThat(technical.impact()).isEqualTo(Impact.HIGH);
    assertThat(technical.impactReasons())
        .containsExactly("OWASP Risk Rating technical impact 9.00 of 9");
  }

  /** The methodology's table; its "note" is low. Likelihood and impact bands 0 low .. 2 high. */
  @ParameterizedTest(name = "likelihood {0}, impact {1}: {2}")
  @CsvSource({
    "1, 1, LOW",
    "1, 4, LOW",
    "1, 7, MEDIUM",
    "4, 1, LOW",
    "4, 4, MEDIUM",
    "4, 7, HIGH",
    "7, 1, MEDIUM",
    "7, 4, HIGH",
    "7, 7, CRITICAL",
  })
  void owaspTable(int likelihood, int business, Severity expected) {
    assertThat(VectorScores.owaspRiskRating(vector(likelihood, 0, business)).severity())
        .isEqualTo(expected);
  }

  @Test
  void aMissingFactorIsNamed() {
    String withoutPv = vector(5, 5, 5).replace("/PV:5", "");
    assertThatThrownBy(() -> VectorScores.owaspRiskRating(withoutPv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing factors: PV");
  }

  @Test
  void anUnknownFactorIsRefusedWithTheAllowedOnes() {
    assertThatThrownBy(() -> VectorScores.owaspRiskRating(vector(5, 5, 5) + "/XX:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown factor XX (allowed: SL, M, O, S, ED, EE, A, ID, LC,");
  }

  @Test
  void aDuplicateFactorIsRefused() {
    assertThatThrownBy(() -> VectorScores.owaspRiskRating(vector(5, 5, 5) + "/SL:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor SL is given twice");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SL:10", "SL:-1", "SL", "SL:", "SL:x", "SL: 5"})
  void aValueOutsideZeroToNineIsRefused(String bad) {
    String v = vector(5, 5, 5).replace("SL:5", bad);
    assertThatThrownBy(() -> VectorScores.owaspRiskRating(v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + bad + "' is not a factor: expected NAME:VALUE with a value from 0 to 9");
  }

  @Test
  void anEmptyVectorIsRefused() {
    assertThatThrownBy(() -> VectorScores.owaspRiskRating(""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
