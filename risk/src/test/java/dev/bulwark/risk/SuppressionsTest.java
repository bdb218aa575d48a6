package dev.bulwark.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.model.Model;
import dev.bulwark.model.Suppression;
import dev.bulwark.model.problem.Level;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
  private static final Model MODEL = Fixtures.load("suppress.yaml");
  private static final RuleSet RULES =
      RuleSet.of(
          List.of(
              StubRule.of("BW-S-001")
                  .on("x", "a")
                  .on("x", "b")
                  .on("x", "c")
                  .on("x", "f-in")
                  .on("x", "f-out"),
              StubRule.of("BW-S-002").on("x", "b").on("x", "d"),
              StubRule.of("BW-S-003").on("x", "a").on("x", "b")));
  private static final Assessment ASSESSMENT =
      new Assessor(RULES, RiskMatrix.DEFAULT, LocalDate.of(2026, 11, 22)).assess(MODEL);

  private static Suppression suppression(int index) {
    return MODEL.suppressions().get(index);
  }

  @Test
  void suppressedFindingsAreListedWithWhyAndBy() {
    // outer holds a and c directly and, through inner, a; f-in's target a lies in inner.
    assertThat(ASSESSMENT.suppressed())
        .containsExactly(
            new Assessment.Suppressed("BW-S-001@a", "BW-S-001", "outer is a lab", "kim"),
            new Assessment.Suppressed("BW-S-001@c", "BW-S-001", "outer is a lab", "kim"),
            new Assessment.Suppressed("BW-S-001@f-in", "BW-S-001", "outer is a lab", "kim"),
            new Assessment.Suppressed("BW-S-002@d", "BW-S-002", "d is retired", ""),
            new Assessment.Suppressed("BW-S-003@a", "BW-S-003", "not for this system", ""),
            new Assessment.Suppressed("BW-S-003@b", "BW-S-003", "not for this system", ""));
  }

  @Test
  void whatIsNotSuppressedRemains() {
    // b lies in other; f-out leaves inner but its target b lies in other.
    assertThat(ASSESSMENT.threats())
        .extracting(AssessedThreat::fingerprint)
        .containsExactlyInAnyOrder("BW-S-001@b", "BW-S-001@f-out", "BW-S-002@b");
  }

  @Test
  void anUnknownRuleIsReportedAtTheRuleField() {
    assertThat(ASSESSMENT.notices())
        .filteredOn(n -> n.code().equals("unknown-rule"))
        .extracting(Notice::level, Notice::position, Notice::message)
        .containsExactly(
            tuple(
                Level.WARNING,
                suppression(3).positions().of("rule"),
                "suppression names rule 'BW-S-404', which is not in force"));
    // line 25 of suppress.yaml, the value after "rule: "
    assertThat(suppression(3).positions().of("rule").line()).isEqualTo(25);
  }

  @Test
  void aSuppressionThatTurnsNothingOffIsStale() {
    assertThat(ASSESSMENT.notices())
        .filteredOn(n -> n.code().equals("stale-suppression"))
        .extracting(Notice::position, Notice::message)
        .containsExactly(
            tuple(
                suppression(4).position(), "suppression of BW-S-002 on 'c' turns off no finding"));
    assertThat(suppression(4).position().line()).isEqualTo(26);
  }

  @Test
  void noOtherNotices() {
    assertThat(ASSESSMENT.notices()).hasSize(2);
  }
}
