package dev.bulwark.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.ParseResult;
import dev.bulwark.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks of meaning whose positions depend on what the parser dropped or kept. */
class ModelValidatorTest {
  private static final String SHOP =
      """
      bulwark: 1
      id: shop
      title: Shop
      business: { criticality: low }
      zones:
        - { id: internet, trust: 0 }
      actors:
        - { id: customer, kind: user, zone: internet }
      components:
      %s
      flows:
      %s
      """;

  private static List<String> problems(String components, String flows) {
    ParseResult parsed =
        ModelParser.parse("shop.yaml", SHOP.formatted(components, flows), ParseLimits.DEFAULTS);
    List<Problem> all = new ArrayList<>(parsed.problems());
    parsed
        .model()
        .ifPresent(model -> all.addAll(ModelValidator.validate(model, parsed.unboundIds())));
    return all.stream()
        .map(problem ->
            problem.type().code()
                + " "
                + problem.position().line()
                + ":"
                + problem.position().column())
        .toList();
  }

  @Test
  void aDuplicateEntryAfterADroppedItemIsReportedAtTheSecondCopy() {
    // line 10: "  - { id: web, kind: web-app, zone: internet, controls: [wafx, waf, waf] }"
    // 'wafx' at 58, the first 'waf' at 64, the second at 69
    List<String> problems =
        problems(
            "  - { id: web, kind: web-app, zone: internet, controls: [wafx, waf, waf] }",
            "  - { id: browse, from: customer, to: web, protocol: https }");

    assertThat(problems).containsExactly("unknown-value 10:58", "duplicate-entry 10:69");
  }

  @Test
  void aReferenceWithAnAtSignIsDanglingWhereNoFingerprintIsAllowed() {
    // line 12: "  - { id: browse, from: customer@home, to: web, protocol: https }"; value at 25
    List<String> problems =
        problems(
            "  - { id: web, kind: web-app, zone: internet }",
            "  - { id: browse, from: customer@home, to: web, protocol: https }");

    assertThat(problems).containsExactlyInAnyOrder("unconnected 8:5", "dangling-reference 12:25");
  }

  @Test
  void aMitigationMayNameTheFingerprintOfADerivedThreat() {
    String text =
        SHOP.formatted(
                "  - { id: web, kind: web-app, zone: internet }",
                "  - { id: browse, from: customer, to: web, protocol: https }")
            + "mitigations:\n  - { id: m1, title: WAF, mitigates: [BW-WEB-001@web] }\n";
    ParseResult parsed = ModelParser.parse("shop.yaml", text, ParseLimits.DEFAULTS);

    assertThat(parsed.problems()).isEmpty();
    assertThat(ModelValidator.validate(parsed.model().orElseThrow(), parsed.unboundIds()))
        .isEmpty();
  }
}
