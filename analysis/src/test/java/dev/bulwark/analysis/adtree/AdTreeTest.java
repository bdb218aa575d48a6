package dev.bulwark.analysis.adtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the tree's constructor refuses, each with a message that names the node. */
class AdTreeTest {
  private static AdNode attack(String id, double cost) {
    return AdNode.leaf(id, id, Role.ATTACK, Attributes.NONE.withCost(cost));
  }

  private static AdNode defence(String id) {
    return AdNode.leaf(id, id, Role.DEFENCE, Attributes.NONE);
  }

  private static AdTreeException refused(String root, AdNode... nodes) {
    try {
      new AdTree(root, List.of(nodes));
    } catch (AdTreeException e) {
      return e;
    }
    throw new AssertionError("the tree was accepted");
  }

  @Test
  void aWellFormedTreeIsAccepted() {
    AdTree tree =
        new AdTree(
            "g",
            List.of(
                AdNode.refined("g", "Goal", Role.ATTACK, Refinement.OR, List.of("a", "b")),
                attack("a", 1).withCounter("d"),
                attack("b", 2),
                defence("d")));
    assertThat(tree.rootNode().label()).isEqualTo("Goal");
    assertThat(tree.isDag()).isFalse();
    assertThat(tree.parents("d")).containsExactly("a");
  }

  @Test
  void referencesRolesAndValuesAreChecked() {
    AdTreeException e =
        refused(
            "g",
            AdNode.refined("g", "Goal", Role.ATTACK, Refinement.AND, List.of("a", "d", "missing")),
            attack("a", 1).withCounter("b"),
            attack("b", 1),
            AdNode.leaf("d", "d", Role.DEFENCE, Attributes.NONE.withCost(3)),
            new AdNode(
                "x",
                "x",
                Role.ATTACK,
                java.util.Optional.of(Refinement.OR),
                List.of("a"),
                java.util.Optional.empty(),
                Attributes.NONE.withCost(1)));
    assertThat(e.problems())
        .containsExactly(
            "'d' is a defence but refines an attack 'g'; a refinement keeps the role, only a"
                + " countermeasure switches it",
            "'g' refines into 'missing', which is not defined",
            "'b' counters an attack 'a', so it must be a defence",
            "'d' is a defence: it takes only probability and in-place; what it costs the attacker to"
                + " get past it comes from a counter-attack on it",
            "'x' is refined, so its values come from its children; write values on leaves");
  }

  @Test
  void theRootIsTheAttackersGoal() {
    assertThat(refused("d", defence("d")).problems())
        .containsExactly("the root 'd' must be an attack: the attacker's goal");
    assertThat(refused("nowhere", attack("a", 1)).problems())
        .containsExactly("the root 'nowhere' is not defined");
  }

  @Test
  void aCycleIsNamedAlongItsPath() {
    AdTreeException e =
        refused(
            "g",
            AdNode.refined("g", "g", Role.ATTACK, Refinement.OR, List.of("a")),
            AdNode.refined("a", "a", Role.ATTACK, Refinement.AND, List.of("b")),
            AdNode.refined("b", "b", Role.ATTACK, Refinement.OR, List.of("a", "c")),
            attack("c", 1));
    assertThat(e.problems())
        .singleElement()
        .asString()
        .matches("'(a|b)' is its own sub-goal: (a → b → a|b → a → b)");
  }

  @Test
  void unreachableAndDuplicateNodesAreNamed() {
    assertThat(refused("g", attack("g", 1), attack("stray", 1)).problems())
        .containsExactly("'stray' is not reachable from the root 'g'");
    assertThat(refused("g", attack("g", 1), attack("g", 2)).problems())
        .containsExactly("node id 'g' is defined twice");
  }

  @Test
  void tooDeepATreeIsRefused() {
    List<AdNode> chain = new java.util.ArrayList<>();
    for (int i = 0; i < AdTree.MAX_DEPTH + 1; i++) {
      chain.add(
          AdNode.refined("n" + i, "n" + i, Role.ATTACK, Refinement.OR, List.of("n" + (i + 1))));
    }
    chain.add(attack("n" + (AdTree.MAX_DEPTH + 1), 1));
    AdTreeException e = refused("n0", chain.toArray(AdNode[]::new));
    assertThat(e.problems()).containsExactly("'n101' is 101 levels below the root; at most 100");
  }

  @Test
  void nodesAndValuesValidateThemselves() {
    assertThatThrownBy(() -> attack("bad id", 1)).hasMessageContaining("is not a node id");
    assertThatThrownBy(() -> Attributes.NONE.withProbability(1.5))
        .hasMessage("probability must be between 0 and 1, not 1.5");
    assertThatThrownBy(() -> Attributes.NONE.withCost(Double.POSITIVE_INFINITY))
        .hasMessageContaining("cost must be a finite number");
    assertThatThrownBy(() -> AdNode.refined("a", "a", Role.ATTACK, Refinement.OR, List.of()))
        .hasMessageContaining("a refinement (and/or) goes with children");
    assertThat(Attributes.NONE.withCost(-0.0)).isEqualTo(Attributes.NONE.withCost(0));
  }
}
