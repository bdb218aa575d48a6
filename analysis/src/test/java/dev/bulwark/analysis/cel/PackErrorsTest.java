package dev.bulwark.analysis.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Problems in packs are reported at the line and column where they were written. */
class PackErrorsTest {
  private static final Path ERRORS = Path.of("src", "test", "resources", "packs", "errors.yaml");

  @Test
  void celErrorsPointAtTheOffendingCharacterInTheFile() throws IOException {
    List<PackProblem> problems = new ArrayList<>();

    Optional<PackParser.Pack> pack =
        PackParser.parse(ERRORS, Files.readAllBytes(ERRORS), new Evaluations(), problems);

    assertThat(pack).isEmpty();
    assertThat(problems)
        .extracting(p -> p.line() + ":" + p.column() + " " + p.code() + " " + p.message())
        .containsExactly(
            "10:41 cel-syntax-error rule ACME-SYN-001: mismatched input '<EOF>' expecting {'[',"
                + " '{', '(', '.', '-', '!', 'true', 'false', 'null', NUM_FLOAT, NUM_INT,"
                + " NUM_UINT, STRING, BYTES, IDENTIFIER}",
            "19:24 cel-type-error rule ACME-TYP-001: found no matching overload for '_==_'"
                + " applied to '(string, int)' (candidates: (%A0, %A0))",
            "26:11 cel-type-error rule ACME-TYP-002: expected type 'bool' but found 'int'",
            "34:5 unknown-key 'colour' is not a key of a rule",
            "33:45 cel-type-error rule ACME-VAR-001: undeclared reference to 'flow' (in container"
                + " '')");
    assertThat(problems.get(4).hint())
        .isEqualTo("variables for 'on: component': component, inbound, model, outbound");
    assertThat(problems.get(3).toString())
        .isEqualTo(
            ERRORS
                + ":34:5: error [unknown-key] 'colour' is not a key of a rule (allowed: id, title,"
                + " stride, linddun, goals, cwe, capec, attack, rationale, mitigations,"
                + " reduced-by, asvs, since, refines, on, when, message, replaces)");
  }

  /** Each YAML scalar style, with where the {@code ==} of {@code component.kind == 1} is. */
  static Stream<Arguments> styles() {
    return Stream.of(
        Arguments.of("when: component.kind == 1", "10:26"),
        Arguments.of("when: 'component.kind == 1'", "10:27"),
        Arguments.of("when: 'component.kind != ''x'' && component.kind == 1'", "10:54"),
        Arguments.of("when: \"component.kind != \\\"x\\\" && component.kind == 1\"", "10:54"),
        Arguments.of("when: \"component.kind != \\u0022x\\x22 && component.kind == 1\"", "10:60"),
        Arguments.of(
            "when: \"\\\"\\u00e9\\U0001F600\\\" != component.kind || component.kind == 1\"",
            "10:69"),
        Arguments.of("when: component.kind != \"🙂\" && component.kind == 1", "10:51"),
        Arguments.of("when: >\n      component.kind\n        == 1", "12:9"),
        Arguments.of("when: >-\n      component.kind\n      == 1", "12:7"),
        Arguments.of("when: |  # a comment\n      component.kind\n        == 1", "12:9"),
        Arguments.of("when: |-\n\n      component.kind\n      == 1\n", "13:7"),
        Arguments.of("when: component.kind\n      == 1", "11:7"),
        Arguments.of("when: component.kind\n\n      == 1", "12:7"),
        Arguments.of("when: \"component.kind \\\n      == 1\"", "11:7"),
        Arguments.of("when: \"component.kind\n      == 1\"", "11:7"),
        Arguments.of("when: 'component.kind\n\n      == 1'", "12:7"));
  }

  @ParameterizedTest
  @MethodSource("styles")
  void everyScalarStyleMapsBackToTheFile(String when, String expected) {
    String text = RuleLayersTest.pack("ACME-STY-001", "component", "", "").replace("when: ", when);
    List<PackProblem> problems = new ArrayList<>();

    PackParser.parse(
        Path.of("styles.yaml"), text.getBytes(StandardCharsets.UTF_8), new Evaluations(), problems);

    assertThat(problems)
        .as(text)
        .singleElement()
        .satisfies(p -> {
          assertThat(p.code()).isEqualTo("cel-type-error");
          assertThat(p.line() + ":" + p.column()).isEqualTo(expected);
          assertThat(p.message()).doesNotContain("could not be traced");
        });
  }

  @Test
  void anErrorInAMessagePlaceholderPointsIntoTheMessage() {
    String text =
        RuleLayersTest.pack(
            "ACME-MSG-001",
            "interaction",
            "true",
            "    message: \"{source.id} → {flow.port} and {target.id\"\n");
    List<PackProblem> problems = new ArrayList<>();

    PackParser.parse(
        Path.of("m.yaml"), text.getBytes(StandardCharsets.UTF_8), new Evaluations(), problems);

    assertThat(problems)
        .extracting(p -> p.line() + ":" + p.column() + " " + p.code() + " " + p.message())
        .containsExactly(
            "11:34 cel-type-error rule ACME-MSG-001: undefined field 'port'",
            "11:45 message-syntax rule ACME-MSG-001: in the message, '{' is not closed");
  }

  @Test
  void metadataIsCheckedByRuleMetaAndReportedAtTheField() {
    String text =
        """
        bulwark-rules: 1
        id: meta
        rules:
          - id: acme-lower
            title: Lower-case id
            stride: [tampering]
            goals: [integrity]
            rationale: A test.
            on: component
            when: "true"
          - id: ACME-REF-001
            title: Bad references
            stride: [tamper]
            goals: [integrity]
            mitigations: [encrypt-transprt]
            rationale: A test.
            on: node
            when: "true"
          - id: ACME-REF-002
            title: Bad references
            stride: [tampering]
            goals: [integrity]
            cwe: [CWE-89, CWE89]
            rationale: A test.
            on: component
            when: "true"
        """;
    List<PackProblem> problems = new ArrayList<>();

    PackParser.parse(
        Path.of("meta.yaml"), text.getBytes(StandardCharsets.UTF_8), new Evaluations(), problems);

    assertThat(problems)
        .extracting(p -> p.line() + ":" + p.column() + " " + p.code() + " (" + p.hint() + ")")
        .containsExactly(
            "4:9 invalid-rule (capitals, digits and dashes in at least two parts, e.g."
                + " ACME-HTTP-001)",
            "13:14 invalid-value (allowed: spoofing, tampering,"
                + " repudiation, information-disclosure, denial-of-service,"
                + " elevation-of-privilege)",
            "15:19 unknown-countermeasure (did you mean 'encrypt-transport'?)",
            "17:9 invalid-value (allowed: interaction, flow, component, actor, data, zone)",
            "23:19 invalid-rule (CWE-123, CAPEC-123, T1234 or T1234.001)");
  }

  @Test
  void yamlProblemsAreReportedToo() {
    assertThat(problemsOf("bulwark-rules: 1\nid: x\nid: y\n"))
        .containsExactly(
            "3:1 duplicate-key key 'id' appears twice in this mapping; first at line 2");
    assertThat(problemsOf("bulwark-rules: 1\nid: &a x\n"))
        .containsExactly("2:5 unsupported-yaml pack files do not use anchors (&a)");
    assertThat(problemsOf("- 1\n"))
        .containsExactly("1:1 wrong-type a rule pack is a mapping, not a list");
    assertThat(problemsOf("id: x\n"))
        .containsExactly("1:1 missing-key the pack has no 'bulwark-rules'");
    assertThat(problemsOf("bulwark-rules: 2\nid: x\n"))
        .containsExactly("1:16 format-version rule pack format 2 is not supported");
    assertThat(problemsOf("bulwark-rules: 1\nid: x\nrules: [ {\n"))
        .singleElement()
        .asString()
        .startsWith("4:1 yaml-syntax");
  }

  private static List<String> problemsOf(String text) {
    List<PackProblem> problems = new ArrayList<>();
    PackParser.parse(
        Path.of("p.yaml"), text.getBytes(StandardCharsets.UTF_8), new Evaluations(), problems);
    return problems.stream()
        .map(p -> p.line() + ":" + p.column() + " " + p.code() + " " + p.message())
        .toList();
  }
}
