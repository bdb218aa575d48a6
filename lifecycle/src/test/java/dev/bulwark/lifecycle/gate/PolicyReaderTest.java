package dev.bulwark.lifecycle.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Severity;
import dev.bulwark.model.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyReaderTest {
  private static PolicyReader.Read read(String text) {
    return PolicyReader.read("policy.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  /** The problems as {@code line:col [code] message}. */
  private static List<String> problems(String text) {
    PolicyReader.Read read = read(text);
    assertThat(read.policy()).as("no policy from a file with errors").isEmpty();
    return read.problems().stream().map(PolicyReaderTest::shown).toList();
  }

  private static String shown(Problem p) {
    assertThat(p.position().file()).isEqualTo("policy.yaml");
    return p.position().line()
        + ":"
        + p.position().column()
        + " ["
        + p.type().code()
        + "] "
        + p.message()
        + (p.hint().isEmpty() ? "" : " | " + p.hint());
  }

  @Test
  void readsEveryCheckAndOption() {
    PolicyReader.Read read =
        read(
            """
            bulwark-policy: 1
            checks:
              model-errors: { warnings: true }
              open-threats: { severity: high }
              new-threats: { severity: medium }
              expired-acceptances: {}
              stale-triage:
              missing-owners: { of: [components, suppressions] }
              risk-budget: { max: 40, max-annual-loss: 2.5e5 }
              stale-sources: {}
            """);
    assertThat(read.problems()).isEmpty();
    assertThat(read.policy())
        .contains(
            new Policy(
                "policy.yaml",
                true,
                Optional.of(Severity.HIGH),
                Optional.of(Severity.MEDIUM),
                true,
                true,
                EnumSet.of(OwnerField.COMPONENTS, OwnerField.SUPPRESSIONS),
                OptionalInt.of(40),
                OptionalDouble.of(250_000),
                true));
    assertThat(read.policy().orElseThrow().checks(GateExtensions.NONE))
        .extracting(Check::id)
        .containsExactly(
            "model-errors",
            "open-threats",
            "new-threats",
            "expired-acceptances",
            "stale-triage",
            "missing-owners",
            "risk-budget",
            "stale-sources");
  }

  @Test
  void aCheckLeftOutDoesNotRunButModelErrorsAlwaysDoes() {
    Policy policy =
        read("bulwark-policy: 1\nchecks:\n  risk-budget: { max: 0 }\n").policy().orElseThrow();
    assertThat(policy.checks(GateExtensions.NONE))
        .extracting(Check::id)
        .containsExactly("model-errors", "risk-budget");
    assertThat(
            read("bulwark-policy: 1\nchecks: {}\n")
                .policy()
                .orElseThrow()
                .checks(GateExtensions.NONE))
        .extracting(Check::id)
        .containsExactly("model-errors");
  }

  @Test
  void optionsLeftOutTakeTheirDocumentedDefaults() {
    Policy policy =
        read("""
        bulwark-policy: 1
        checks:
          open-threats: {}
          new-threats:
          missing-owners: {}
        """)
            .policy()
            .orElseThrow();
    assertThat(policy.openThreats()).contains(Severity.CRITICAL);
    assertThat(policy.newThreats()).contains(Severity.HIGH);
    assertThat(policy.owners()).isEqualTo(Set.of(OwnerField.MODEL, OwnerField.ACCEPTANCES));
    assertThat(policy.modelWarnings()).isFalse();
    assertThat(policy.expiredAcceptances()).isFalse();
  }

  @Test
  void jsonIsReadToo() {
    PolicyReader.Read read =
        read("{\"bulwark-policy\": 1, \"checks\": {\"open-threats\": {\"severity\": \"low\"}}}");
    assertThat(read.policy().orElseThrow().openThreats()).contains(Severity.LOW);
  }

  @Test
  void unknownChecksAndOptionsAreNamedWithTheirPlaceAndWhatIsAllowed() {
    assertThat(
            problems(
                """
                bulwark-policy: 1
                checks:
                  open-threat: { severity: high }
                  expired-acceptances: { days: 3 }
                  new-threats: { severty: high }
                """))
        .containsExactly(
            "3:3 [unknown-field] unknown check 'open-threat' in 'checks' | did you mean"
                + " 'open-threats'? allowed: model-errors, open-threats, new-threats,"
                + " expired-acceptances, stale-triage, missing-owners, risk-budget, stale-sources",
            "4:26 [unknown-field] unknown option 'days': check 'expired-acceptances' takes no"
                + " options | write expired-acceptances: {}",
            "5:18 [unknown-field] unknown key 'severty' in check 'new-threats' | did you mean"
                + " 'severity'? allowed: severity");
  }

  @Test
  void valuesOfTheWrongKindAreNamed() {
    assertThat(
            problems(
                """
                bulwark-policy: 1
                checks:
                  model-errors: { warnings: maybe }
                  open-threats: { severity: severe }
                  new-threats: { severity: [high] }
                  stale-triage: yes-please
                  missing-owners: { of: [model, owners, [x]] }
                  risk-budget: { max: -1, max-annual-loss: lots }
                """))
        .containsExactly(
            "3:29 [wrong-type] 'warnings' is 'maybe'; expected true or false",
            "4:29 [unknown-value] 'severity' is 'severe', not a severity | allowed: low, medium,"
                + " elevated, high, critical",
            "5:28 [wrong-type] 'severity' is a list; expected a severity (low, medium, elevated,"
                + " high, critical)",
            "6:17 [wrong-type] check 'stale-triage' takes a mapping of options ('{}' for none), not"
                + " text",
            "7:33 [unknown-value] 'owners' is not a field that names an owner | allowed: model,"
                + " components, mitigations, acceptances, triage, suppressions",
            "7:41 [wrong-type] an item of 'of' is a list, not one of the owner fields | allowed:"
                + " model, components, mitigations, acceptances, triage, suppressions",
            "8:23 [out-of-range] 'max' is -1, outside 0 to 1000000000",
            "8:44 [wrong-type] 'max-annual-loss' is 'lots'; expected an amount (a number from 0,"
                + " in the model's currency)");
  }

  @Test
  void theFileMustSayWhatItIs() {
    assertThat(problems("checks: {}\n"))
        .containsExactly(
            "1:1 [missing-field] 'bulwark-policy: 1' is missing: it says the file is a gate"
                + " policy, and its version");
    assertThat(problems("bulwark-policy: 2\nchecks: {}\n"))
        .containsExactly(
            "1:17 [unsupported-version] 'bulwark-policy' is '2'; this build reads version 1");
    assertThat(problems("bulwark-policy: 1\n"))
        .containsExactly(
            "1:1 [missing-field] 'checks' is missing: list the checks that fail the build"
                + " (docs/gate.md)");
    assertThat(problems("bulwark-policy: 1\nchecks: [open-threats]\n"))
        .containsExactly(
            "2:9 [wrong-type] 'checks' is a mapping from check ids to their options, not a list");
    assertThat(problems("- open-threats\n"))
        .containsExactly(
            "1:1 [wrong-type] a policy is a mapping with 'bulwark-policy: 1' and 'checks', not a"
                + " list");
    assertThat(problems("bulwark-policy: 1\ncheck: {}\n"))
        .contains(
            "2:1 [unknown-field] unknown key 'check' in a policy file | did you mean 'checks'?"
                + " allowed: bulwark-policy, checks");
  }

  @Test
  void budgetsAndOwnerListsMustSaySomething() {
    assertThat(problems("bulwark-policy: 1\nchecks:\n  risk-budget: {}\n"))
        .containsExactly(
            "3:3 [missing-field] check 'risk-budget' needs 'max' (the residual risk allowed, a"
                + " whole number), 'max-annual-loss' (the mean annualised loss allowed, in the"
                + " model's currency), or both");
    assertThat(problems("bulwark-policy: 1\nchecks:\n  missing-owners: { of: [] }\n"))
        .containsExactly(
            "3:25 [out-of-range] 'of' is empty: name what must have an owner, or leave"
                + " 'missing-owners' out | allowed: model, components, mitigations, acceptances,"
                + " triage, suppressions");
    assertThat(
            problems("bulwark-policy: 1\nchecks:\n  risk-budget: { max: 99999999999999999999 }\n"))
        .containsExactly(
            "3:23 [out-of-range] 'max' is 99999999999999999999, outside 0 to 1000000000");
  }

  @Test
  void aRepeatedOwnerFieldIsOnlyAWarning() {
    PolicyReader.Read read =
        read("bulwark-policy: 1\nchecks:\n  missing-owners: { of: [model, model] }\n");
    assertThat(read.policy().orElseThrow().owners()).containsExactly(OwnerField.MODEL);
    assertThat(read.problems())
        .extracting(PolicyReaderTest::shown)
        .containsExactly("3:33 [duplicate-entry] 'of' names 'model' twice");
  }

  @Test
  void brokenYamlAndHostileFilesGiveProblemsWithPlaces() {
    assertThat(problems("bulwark-policy: 1\nchecks: {open-threats: \n"))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("[syntax-error]"));
    assertThat(problems("bulwark-policy: 1\nchecks:\n  stale-triage: {}\n  stale-triage: {}\n"))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("4:3 [duplicate-key]"));
    byte[] huge = new byte[(1 << 20) + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    assertThat(PolicyReader.read("policy.yaml", huge).problems())
        .extracting(p -> p.type().code())
        .containsExactly("file-too-large");
  }
}
