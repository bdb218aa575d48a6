package dev.bulwark.analysis.adtree;

import static dev.bulwark.analysis.adtree.Domain.MIN_COST;
import static dev.bulwark.analysis.adtree.Domain.MIN_SKILL;
import static dev.bulwark.analysis.adtree.Domain.MIN_TIME_PARALLEL;
import static dev.bulwark.analysis.adtree.Domain.MIN_TIME_SEQUENTIAL;
import static dev.bulwark.analysis.adtree.Domain.PROBABILITY;
import static dev.bulwark.analysis.adtree.Domain.SATISFIABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every domain on hand-computed trees: without countermeasures (safe.yaml), with countermeasures
 * and a counter-attack (countered.yaml), and with the defender's OR and AND. The computation is
 * written above each assertion.
 */
class EvaluatorTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  private static double v(Evaluation e, Domain d, String node) {
    return e.result(d).value(node).orElseThrow();
  }

  @Test
  void attackOnlyTreeInEveryDomain() {
    Evaluation e = Evaluator.evaluate(Trees.yaml("safe.yaml"));
    // cost: get-from-target = 60 + 20 = 80 (AND sums); learn-combo = min(75, 80) = 75;
    // root = min(30, 75, 100) = 30, by picking the lock alone
    assertThat(v(e, MIN_COST, "get-from-target")).isEqualTo(80);
    assertThat(v(e, MIN_COST, "learn-combo")).isEqualTo(75);
    assertThat(v(e, MIN_COST, "open-safe")).isEqualTo(30);
    assertThat(e.cheapest().orElseThrow().leaves()).containsExactly("pick-lock");
    assertThat(e.cheapest().orElseThrow().cost()).isEqualTo(30);
    // sequential time: get-from-target = 3 + 4 = 7; learn-combo = min(5, 7) = 5; root = min(2, 5,
    // 6)
    assertThat(v(e, MIN_TIME_SEQUENTIAL, "get-from-target")).isEqualTo(7);
    assertThat(v(e, MIN_TIME_SEQUENTIAL, "learn-combo")).isEqualTo(5);
    assertThat(v(e, MIN_TIME_SEQUENTIAL, "open-safe")).isEqualTo(2);
    // parallel time: get-from-target = max(3, 4) = 4; learn-combo = min(5, 4) = 4; root = 2
    assertThat(v(e, MIN_TIME_PARALLEL, "get-from-target")).isEqualTo(4);
    assertThat(v(e, MIN_TIME_PARALLEL, "learn-combo")).isEqualTo(4);
    assertThat(v(e, MIN_TIME_PARALLEL, "open-safe")).isEqualTo(2);
    // skill: get-from-target = max(2, 3) = 3; learn-combo = min(1, 3) = 1; root = min(4, 1, 3) = 1
    assertThat(v(e, MIN_SKILL, "get-from-target")).isEqualTo(3);
    assertThat(v(e, MIN_SKILL, "learn-combo")).isEqualTo(1);
    assertThat(v(e, MIN_SKILL, "open-safe")).isEqualTo(1);
    // probability: get-from-target = 0.4 × 0.5 = 0.2; learn-combo = 1 − 0.8 × 0.8 = 0.36;
    // root = 1 − (1 − 0.3)(1 − 0.36)(1 − 0.6) = 1 − 0.7 × 0.64 × 0.4 = 1 − 0.1792 = 0.8208
    assertThat(v(e, PROBABILITY, "get-from-target")).isCloseTo(0.2, within(1e-12));
    assertThat(v(e, PROBABILITY, "learn-combo")).isCloseTo(0.36, within(1e-12));
    assertThat(v(e, PROBABILITY, "open-safe")).isCloseTo(0.8208, within(1e-12));
    // satisfiable: every action is feasible and nothing defends
    assertThat(v(e, SATISFIABLE, "open-safe")).isEqualTo(1);
    assertThat(e.domains()).allSatisfy(d -> assertThat(d.method()).isEqualTo("bottom-up"));
  }

  @Test
  void countermeasuresAndCounterAttackInEveryDomain() {
    Evaluation e = Evaluator.evaluate(Trees.yaml("countered.yaml"));
    // cost: the WAF is in place, so ∞ to pass, unless bypassed: waf = min(∞, 200) = 200;
    // sqli = 500 + 200 = 700. MFA has no counter: steal-session = 100 + ∞ = ∞, phish = 50 + ∞ = ∞.
    // Screening is not in place (0 to pass): insider = 10000 + 0. Root = min(700, ∞, 10000) = 700.
    assertThat(v(e, MIN_COST, "waf")).isEqualTo(200);
    assertThat(v(e, MIN_COST, "sqli")).isEqualTo(700);
    assertThat(v(e, MIN_COST, "mfa")).isEqualTo(INF);
    assertThat(v(e, MIN_COST, "phish")).isEqualTo(INF);
    assertThat(v(e, MIN_COST, "screening")).isZero();
    assertThat(v(e, MIN_COST, "insider")).isEqualTo(10000);
    assertThat(v(e, MIN_COST, "steal-data")).isEqualTo(700);
    assertThat(e.cheapest().orElseThrow().leaves()).containsExactly("sqli", "waf-bypass");
    // sequential time: waf = min(∞, 5) = 5; sqli = 10 + 5 = 15; phish ∞; insider = 30 + 0 = 30
    assertThat(v(e, MIN_TIME_SEQUENTIAL, "sqli")).isEqualTo(15);
    assertThat(v(e, MIN_TIME_SEQUENTIAL, "phish")).isEqualTo(INF);
    assertThat(v(e, MIN_TIME_SEQUENTIAL, "steal-data")).isEqualTo(15);
    // parallel time: sqli = max(10, 5) = 10; insider = max(30, 0) = 30; root = 10
    assertThat(v(e, MIN_TIME_PARALLEL, "sqli")).isEqualTo(10);
    assertThat(v(e, MIN_TIME_PARALLEL, "insider")).isEqualTo(30);
    assertThat(v(e, MIN_TIME_PARALLEL, "steal-data")).isEqualTo(10);
    // skill: waf = min(∞, 4) = 4; sqli = max(3, 4) = 4; steal-session = max(2, ∞) = ∞;
    // insider = max(1, 0) = 1; root = min(4, ∞, 1) = 1
    assertThat(v(e, MIN_SKILL, "sqli")).isEqualTo(4);
    assertThat(v(e, MIN_SKILL, "steal-session")).isEqualTo(INF);
    assertThat(v(e, MIN_SKILL, "steal-data")).isEqualTo(1);
    // probability: waf = 0.6 × (1 − 0.5) = 0.3; sqli = 0.5 × (1 − 0.3) = 0.35;
    // steal-session = 0.4 × (1 − 0.8) = 0.08; phish = 0.9 × 0.08 = 0.072; insider = 0.1 × (1 − 0);
    // root = 1 − 0.65 × 0.928 × 0.9 = 1 − 0.54288 = 0.45712
    assertThat(v(e, PROBABILITY, "waf")).isCloseTo(0.3, within(1e-12));
    assertThat(v(e, PROBABILITY, "sqli")).isCloseTo(0.35, within(1e-12));
    assertThat(v(e, PROBABILITY, "phish")).isCloseTo(0.072, within(1e-12));
    assertThat(v(e, PROBABILITY, "insider")).isCloseTo(0.1, within(1e-12));
    assertThat(v(e, PROBABILITY, "steal-data")).isCloseTo(0.45712, within(1e-12));
    // satisfiable: waf = 1 ∧ ¬bypass = 0, so sqli = 1 ∧ ¬0 = 1; steal-session = 1 ∧ ¬mfa = 0;
    // insider = 1 ∧ ¬screening(not in place) = 1; root = 1
    assertThat(v(e, SATISFIABLE, "waf")).isZero();
    assertThat(v(e, SATISFIABLE, "sqli")).isEqualTo(1);
    assertThat(v(e, SATISFIABLE, "phish")).isZero();
    assertThat(v(e, SATISFIABLE, "steal-data")).isEqualTo(1);
  }

  @Test
  void theSameTreeWithoutItsCountermeasuresIsCheaper() {
    AdTree countered = Trees.yaml("countered.yaml");
    AdTree bare =
        new AdTree(
            countered.root(),
            countered.nodes().stream()
                .filter(n -> n.role() == Role.ATTACK && !n.id().equals("waf-bypass"))
                .map(n ->
                    new AdNode(
                        n.id(),
                        n.label(),
                        n.role(),
                        n.refinement(),
                        n.children(),
                        java.util.Optional.empty(),
                        n.attributes()))
                .toList());
    Evaluation e = Evaluator.evaluate(bare);
    // cost: phish = 50 + 100 = 150; root = min(500, 150, 10000) = 150 (with defences it was 700)
    assertThat(v(e, MIN_COST, "steal-data")).isEqualTo(150);
    assertThat(e.cheapest().orElseThrow().leaves()).containsExactly("send-mail", "steal-session");
    // probability: phish = 0.9 × 0.4 = 0.36; root = 1 − 0.5 × 0.64 × 0.9 = 0.712
    assertThat(v(e, PROBABILITY, "steal-data")).isCloseTo(0.712, within(1e-12));
  }

  @Test
  void whenNoDefenceCanBeDefeatedTheGoalIsUnreachable() {
    AdTree tree =
        Trees.yamlText(
            Trees.text("countered.yaml")
                .replace("          skill: 4\n", "          skill: 4\n          feasible: false\n")
                .replace(
                    "      counter:\n        id: screening",
                    "      feasible: false\n" + "      counter:\n        id: screening"));
    Evaluation e = Evaluator.evaluate(tree);
    // the WAF cannot be bypassed and the insider cannot be bribed: every branch is blocked
    assertThat(v(e, SATISFIABLE, "waf")).isEqualTo(1);
    assertThat(v(e, SATISFIABLE, "steal-data")).isZero();
    assertThat(v(e, MIN_COST, "steal-data")).isEqualTo(INF);
    assertThat(v(e, PROBABILITY, "insider")).isZero();
    assertThat(e.cheapest()).isEmpty();
  }

  /** An exfiltration countered by two defences, each with its counter-attack. */
  private static String twoDefences(String refinement) {
    return """
    bulwark-tree: 1
    root:
      id: exfiltrate
      cost: 10
      probability: 0.9
      time: 1
      skill: 1
      counter:
        id: controls
        %s:
          - id: dlp
            probability: 0.7
            counter: {id: dlp-evasion, cost: 30, probability: 0.5, time: 4, skill: 2}
          - id: egress-filter
            probability: 0.6
            counter: {id: dns-tunnel, cost: 40, probability: 0.4, time: 3, skill: 5}
    """
        .formatted(refinement);
  }

  @Test
  void theDefendersOrMustAllBePassed() {
    Evaluation e = Evaluator.evaluate(Trees.yamlText(twoDefences("or")));
    // cost: dlp = min(∞, 30) = 30, egress = 40; a defender's OR holds if any defence does, so the
    // attacker passes both: controls = 30 + 40 = 70; root = 10 + 70 = 80
    assertThat(v(e, MIN_COST, "controls")).isEqualTo(70);
    assertThat(v(e, MIN_COST, "exfiltrate")).isEqualTo(80);
    assertThat(e.cheapest().orElseThrow().leaves())
        .containsExactly("exfiltrate", "dlp-evasion", "dns-tunnel");
    // sequential time: 4 + 3 = 7, root 1 + 7 = 8; parallel: max(4, 3) = 4, root max(1, 4) = 4
    assertThat(v(e, MIN_TIME_SEQUENTIAL, "exfiltrate")).isEqualTo(8);
    assertThat(v(e, MIN_TIME_PARALLEL, "exfiltrate")).isEqualTo(4);
    // skill: max(2, 5) = 5; root max(1, 5) = 5
    assertThat(v(e, MIN_SKILL, "exfiltrate")).isEqualTo(5);
    // probability: dlp = 0.7 × 0.5 = 0.35, egress = 0.6 × 0.6 = 0.36;
    // controls = 1 − 0.65 × 0.64 = 0.584; root = 0.9 × (1 − 0.584) = 0.3744
    assertThat(v(e, PROBABILITY, "controls")).isCloseTo(0.584, within(1e-12));
    assertThat(v(e, PROBABILITY, "exfiltrate")).isCloseTo(0.3744, within(1e-12));
    // satisfiable: both defences are defeated, so controls = 0 and the root is reached
    assertThat(v(e, SATISFIABLE, "controls")).isZero();
    assertThat(v(e, SATISFIABLE, "exfiltrate")).isEqualTo(1);
  }

  @Test
  void theDefendersAndFallsWithOneDefence() {
    Evaluation e = Evaluator.evaluate(Trees.yamlText(twoDefences("and")));
    // cost: a defender's AND needs every defence, so passing one is enough: min(30, 40) = 30;
    // root = 10 + 30 = 40, through the DLP evasion only
    assertThat(v(e, MIN_COST, "exfiltrate")).isEqualTo(40);
    assertThat(e.cheapest().orElseThrow().leaves()).containsExactly("exfiltrate", "dlp-evasion");
    // time: min(4, 3) = 3; sequential 1 + 3 = 4, parallel max(1, 3) = 3; skill: min(2, 5) = 2
    assertThat(v(e, MIN_TIME_SEQUENTIAL, "exfiltrate")).isEqualTo(4);
    assertThat(v(e, MIN_TIME_PARALLEL, "exfiltrate")).isEqualTo(3);
    assertThat(v(e, MIN_SKILL, "exfiltrate")).isEqualTo(2);
    // probability: controls = 0.35 × 0.36 = 0.126; root = 0.9 × 0.874 = 0.7866
    assertThat(v(e, PROBABILITY, "exfiltrate")).isCloseTo(0.7866, within(1e-12));
  }

  @Test
  void aDomainWithoutItsValuesIsSkippedNamingTheLeaves() {
    Evaluation e =
        Evaluator.evaluate(
            Trees.yamlText(
                """
                bulwark-tree: 1
                root:
                  id: goal
                  or:
                    - {id: a, cost: 5}
                    - {id: b, probability: 0.5}
                    - {id: c, feasible: false}
                """));
    assertThat(e.result(MIN_COST).skipped()).contains("no cost on b");
    assertThat(e.result(PROBABILITY).skipped()).contains("no probability on a");
    assertThat(e.result(MIN_SKILL).skipped()).contains("no skill on a, b");
    assertThat(e.result(MIN_COST).values()).isEmpty();
    assertThat(v(e, SATISFIABLE, "goal")).isEqualTo(1);
    assertThat(e.cheapest()).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"safe.yaml", "countered.yaml", "shared.yaml", "atm-cash.xml"})
  void theCheapestAttacksLeavesAddUpToTheRootsCost(String name) {
    AdTree tree = TreeFiles.read(name, Trees.text(name)).tree();
    Evaluation e = Evaluator.evaluate(tree);
    double sum =
        e.cheapest().orElseThrow().leaves().stream()
            .mapToDouble(id -> tree.index().get(id).attributes().cost().orElseThrow())
            .sum();
    assertThat(sum).isEqualTo(e.root(MIN_COST).orElseThrow());
  }

  @Test
  void resultsComeInTheDomainsOrder() {
    Evaluation e = Evaluator.evaluate(Trees.yaml("safe.yaml"));
    assertThat(e.domains().stream().map(DomainResult::domain).toList())
        .isEqualTo(List.of(Domain.values()));
    assertThat(e.result(MIN_COST).values().keySet()).startsWith("open-safe", "pick-lock");
  }
}
