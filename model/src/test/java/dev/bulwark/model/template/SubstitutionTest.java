package dev.bulwark.model.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubstitutionTest {
  private static Substitution.Parts parts(String text) {
    return (Substitution.Parts) Substitution.parse(text);
  }

  @Test
  void splitsTextAndReferences() {
    assertThat(parts("${name}-db on ${host}").parts())
        .containsExactly(
            new Substitution.Reference("name"),
            new Substitution.Literal("-db on "),
            new Substitution.Reference("host"));
    assertThat(parts("${a}${a}").names()).containsExactly("a", "a");
    assertThat(parts("").parts()).isEmpty();
  }

  @Test
  void aDoubledDollarBeforeABraceIsALiteral() {
    assertThat(Substitution.apply(parts("$${name} costs $5 or $$5"), Map.of()))
        .isEqualTo("${name} costs $5 or $$5");
    assertThat(parts("$${name}").names()).isEmpty();
  }

  @Test
  void valuesAreInsertedOnceAndNeverReadAgain() {
    String applied = Substitution.apply(parts("x=${a}"), Map.of("a", "${b}"));

    assertThat(applied).isEqualTo("x=${b}");
  }

  @Test
  void aReferenceMustBeClosedAndNameAParameter() {
    assertThat(Substitution.parse("ab ${name"))
        .isEqualTo(new Substitution.Invalid(3, "'${' is not closed by '}'"));
    for (String text : List.of("${}", "${1a}", "${a b}", "${a.b}", "${a${b}}", "x${-a}")) {
      assertThat(Substitution.parse(text))
          .as(text)
          .isInstanceOfSatisfying(
              Substitution.Invalid.class,
              invalid -> assertThat(invalid.message()).contains("does not name a parameter"));
    }
    assertThat(parts("${" + "a".repeat(64) + "}").names()).hasSize(1);
    assertThat(Substitution.parse("${" + "a".repeat(65) + "}"))
        .isInstanceOf(Substitution.Invalid.class);
  }

  @Test
  void aMissingValueIsRefused() {
    assertThatThrownBy(() -> Substitution.apply(parts("${a}"), Map.of()))
        .hasMessage("no value for parameter 'a'");
  }
}
