package dev.bulwark.lifecycle.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.problem.Problem;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a policy file holds, reading it gives a policy or problems that each name the file and a
 * place, never an exception. {@link #readsSafely} is the fuzz target; jqwik drives it with random
 * bytes, YAML-ish text and mutations of a valid policy, Jazzer with coverage guidance.
 */
class PolicyFuzzTest {
  private static final String VALID =
      """
      bulwark-policy: 1
      checks:
        model-errors: { warnings: true }
        open-threats: { severity: high }
        new-threats: { severity: medium }
        expired-acceptances: {}
        stale-triage:
        missing-owners: { of: [components, suppressions, model] }
        risk-budget: { max: 40, max-annual-loss: 2.5e5 }
        stale-sources: {}
      """;
  private static final String ALPHABET =
      " \n\t-:#{}[],'\"|>&*!%@`?\\.0123456789abcdefghijklmnopqrstuvwxyzAEIP_=<()+é🙂";

  @Property(tries = 300)
  void arbitraryBytesGiveAPolicyOrProblems(@ForAll byte[] input) {
    readsSafely(input);
  }

  @Property(tries = 300)
  void arbitraryTextGivesAPolicyOrProblems(@ForAll("text") String text) {
    readsSafely(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 500)
  void aMutatedPolicyGivesAPolicyOrProblems(@ForAll("mutated") String text) {
    readsSafely(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The fuzz target. */
  static void readsSafely(byte[] input) {
    PolicyReader.Read read = PolicyReader.read("fuzz.yaml", input);
    boolean errors = read.problems().stream().anyMatch(Problem::isError);
    assertThat(read.policy().isPresent()).isEqualTo(!errors);
    for (Problem problem : read.problems()) {
      assertThat(problem.position().file()).isEqualTo("fuzz.yaml");
      assertThat(problem.message()).isNotBlank();
    }
    read.policy().ifPresent(p -> assertThat(p.checks(GateExtensions.NONE)).isNotEmpty());
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(300);
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length() - 1);
    Arbitrary<String> insert =
        Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(4);
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 6);
    return Combinators.combine(at, insert, cut)
        .as((i, s, n) ->
            VALID.substring(0, i) + s + VALID.substring(Math.min(VALID.length(), i + n)));
  }
}
