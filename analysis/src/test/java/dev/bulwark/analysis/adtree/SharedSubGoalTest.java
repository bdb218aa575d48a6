package dev.bulwark.analysis.adtree;

import static dev.bulwark.analysis.adtree.Domain.MIN_COST;
import static dev.bulwark.analysis.adtree.Domain.MIN_SKILL;
import static dev.bulwark.analysis.adtree.Domain.MIN_TIME_PARALLEL;
import static dev.bulwark.analysis.adtree.Domain.MIN_TIME_SEQUENTIAL;
import static dev.bulwark.analysis.adtree.Domain.PROBABILITY;
import static dev.bulwark.analysis.adtree.Domain.SATISFIABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shared sub-goals (a DAG). Bottom-up is exact for the idempotent domains and wrong for sums and
 * probability, which are computed by expansion; too many shared leaves are refused with a message.
 */
class SharedSubGoalTest {
  private static double v(Evaluation e, Domain d, String node) {
    return e.result(d).value(node).orElseThrow();
  }

  @Test
  void aSharedLeafIsPaidForOnceAndCountedAsOneEvent() {
    AdTree tree = Trees.yaml("shared.yaml");
    assertThat(tree.shared()).containsExactly("steal-token");
    assertThat(tree.parents("steal-token")).containsExactly("get-access", "keep-access");
    Evaluation e = Evaluator.evaluate(tree);
    // cost: bottom-up would give min(10, 8) + min(10, 8) = 16, paying for the token twice.
    // Exactly: {steal-token} = 10 satisfies both branches; {guess, add-device} = 16. So 10.
    assertThat(v(e, MIN_COST, "get-access")).isEqualTo(8);
    assertThat(v(e, MIN_COST, "keep-access")).isEqualTo(8);
    assertThat(v(e, MIN_COST, "takeover")).isEqualTo(10);
    assertThat(e.cheapest().orElseThrow().leaves()).containsExactly("steal-token");
    assertThat(e.cheapest().orElseThrow().cost()).isEqualTo(10);
    assertThat(e.result(MIN_COST).method()).isEqualTo("exact: 1 shared leaves expanded");
    // sequential time, the same sums: 10
    assertThat(v(e, MIN_TIME_SEQUENTIAL, "takeover")).isEqualTo(10);
    // parallel time, max is idempotent: bottom-up max(min(10, 8), min(10, 8)) = 8 is exact
    // ({guess, add-device} takes max(8, 8) = 8)
    assertThat(v(e, MIN_TIME_PARALLEL, "takeover")).isEqualTo(8);
    assertThat(e.result(MIN_TIME_PARALLEL).method()).isEqualTo("bottom-up");
    // skill: max(min(2, 1), min(2, 3)) = 2, exact ({steal-token} needs 2)
    assertThat(v(e, MIN_SKILL, "takeover")).isEqualTo(2);
    // probability: P((t ∨ g) ∧ (t ∨ a)) = P(t ∨ (g ∧ a)) = 1 − 0.5 × (1 − 0.25) = 0.625;
    // bottom-up would multiply 0.75 × 0.75 = 0.5625 as if the token were two events
    assertThat(v(e, PROBABILITY, "get-access")).isCloseTo(0.75, within(1e-12));
    assertThat(v(e, PROBABILITY, "takeover")).isCloseTo(0.625, within(1e-12));
    assertThat(v(e, SATISFIABLE, "takeover")).isEqualTo(1);
  }

  @Test
  void aSharedRefinedNodeExpandsOverTheLeavesBelowIt() {
    AdTree tree =
        Trees.yamlText(
            """
            bulwark-tree: 1
            root:
              id: root
              and:
                - id: p
                  and:
                    - id: s
                      and:
                        - {id: u, cost: 5, probability: 0.5}
                        - {id: w, cost: 7, probability: 0.5}
                    - {id: m, cost: 1, probability: 0.5}
                - id: q
                  and: [s, {id: n, cost: 2, probability: 0.5}]
            """);
    Evaluation e = Evaluator.evaluate(tree);
    // cost: bottom-up s = 12, p = 13, q = 14, root = 27; each leaf once: 5 + 7 + 1 + 2 = 15
    assertThat(v(e, MIN_COST, "p")).isEqualTo(13);
    assertThat(v(e, MIN_COST, "root")).isEqualTo(15);
    assertThat(e.cheapest().orElseThrow().leaves()).containsExactly("u", "w", "m", "n");
    // probability: all four must happen, 0.5⁴ = 0.0625 (bottom-up: 0.125 × 0.125 = 0.015625)
    assertThat(v(e, PROBABILITY, "root")).isCloseTo(0.0625, within(1e-12));
    assertThat(e.result(PROBABILITY).method()).isEqualTo("exact: 2 shared leaves expanded");
  }

  @Test
  void aSharedDefenceIsOneEventForProbability() {
    AdTree tree =
        Trees.yamlText(
            """
            bulwark-tree: 1
            root:
              id: goal
              or:
                - id: a
                  probability: 0.5
                  counter: {id: d, probability: 0.5}
                - id: b
                  probability: 0.5
                  counter: d
            """);
    Evaluation e = Evaluator.evaluate(tree);
    // P = P(d fails) × P(a ∨ b) = 0.5 × 0.75 = 0.375; bottom-up: 1 − 0.75 × 0.75 = 0.4375
    assertThat(v(e, PROBABILITY, "goal")).isCloseTo(0.375, within(1e-12));
  }

  @Test
  void tooManySharedLeavesAreRefusedWithAMessage() {
    StringBuilder yaml =
        new StringBuilder(
            """
            bulwark-tree: 1
            root:
              id: root
              and:
                - id: left
                  and:
            """);
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 17; i++) {
      yaml.append("        - {id: l")
          .append(i)
          .append(", cost: 1, probability: 0.5, time: 1," + " skill: 1}\n");
      ids.add("l" + i);
    }
    yaml.append("    - id: right\n      and: [").append(String.join(", ", ids)).append("]\n");
    Evaluation e = Evaluator.evaluate(Trees.yamlText(yaml.toString()));
    assertThat(e.result(MIN_COST).skipped().orElseThrow())
        .contains("shared sub-goals make bottom-up evaluation wrong here")
        .contains("2^17 passes")
        .contains("shared leaves: l1, l2, l3, l4, l5, …");
    assertThat(e.result(PROBABILITY).evaluated()).isFalse();
    assertThat(e.cheapest()).isEmpty();
    // the idempotent domains need no expansion and stay exact
    assertThat(v(e, MIN_SKILL, "root")).isEqualTo(1);
    assertThat(v(e, SATISFIABLE, "root")).isEqualTo(1);
  }
}
