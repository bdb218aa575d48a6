package dev.bulwark.analysis.adtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The YAML tree format: what it reads, what it writes back, and its errors with their places. */
class TreeYamlTest {
  private static List<String> problems(String yaml) {
    try {
      TreeYaml.read("t.yaml", yaml);
    } catch (AdTreeException e) {
      return e.problems();
    }
    throw new AssertionError("the file was accepted");
  }

  @Test
  void readsRolesFromThePlaceAndValuesFromTheLeaves() {
    AdTree tree = Trees.yaml("countered.yaml");
    AdNode waf = tree.index().get("waf");
    assertThat(waf.role()).isEqualTo(Role.DEFENCE);
    assertThat(waf.counter()).contains("waf-bypass");
    assertThat(tree.index().get("waf-bypass").role()).isEqualTo(Role.ATTACK);
    assertThat(tree.index().get("screening").attributes().active()).isFalse();
    assertThat(tree.index().get("sqli").attributes())
        .isEqualTo(Attributes.NONE.withCost(500).withProbability(0.5).withTime(10).withSkill(3));
    assertThat(tree.rootNode().refinement()).contains(Refinement.OR);
    assertThat(tree.nodes().stream().map(AdNode::id))
        .startsWith("steal-data", "sqli", "waf", "waf-bypass", "phish");
  }

  @ParameterizedTest
  @ValueSource(strings = {"safe.yaml", "countered.yaml", "shared.yaml"})
  void writingAndReadingBackGivesAnEqualTree(String name) {
    AdTree tree = Trees.yaml(name);
    String written = TreeYaml.write(tree);
    AdTree again = TreeYaml.read("again.yaml", written);
    assertThat(again).isEqualTo(tree);
    assertThat(TreeYaml.write(again)).isEqualTo(written);
  }

  @Test
  void aSharedNodeIsWrittenOnceAndNamedAfter() {
    String written = TreeYaml.write(Trees.yaml("shared.yaml"));
    assertThat(written).containsOnlyOnce("id: steal-token").contains("        - steal-token\n");
  }

  @Test
  void hostileLabelsSurviveTheRoundTrip() {
    String label = "a \"quote\" \\ back\nline\ttab # not a comment: {x} \u2028 \u0007 'single'";
    AdTree tree =
        new AdTree(
            "g",
            List.of(
                AdNode.leaf(
                    "g",
                    label,
                    Role.ATTACK,
                    Attributes.NONE.withCost(1e-7).withProbability(1).withTime(1e15))));
    String written = TreeYaml.write(tree);
    assertThat(written).contains("cost: 0.0000001").contains("time: 1000000000000000");
    assertThat(TreeYaml.read("again.yaml", written)).isEqualTo(tree);
  }

  @Test
  void errorsNameTheFileLineAndColumn() {
    assertThat(
            problems(
                """
                bulwark-tree: 1
                root:
                  id: goal
                  colour: red
                  or:
                    - id: a
                      cost: cheap
                      probability: 1.5
                    - id: b
                      skill: 2.5
                      in-place: true
                    - c
                    - id: a
                """))
        .containsExactly(
            "t.yaml:4:3: unknown key 'colour' (allowed: id, label, type, and, or, counter, cost,"
                + " probability, time, skill, feasible, in-place)",
            "t.yaml:7:13: cost must be a number from 0 up",
            "t.yaml:8:20: probability must be a number from 0 to 1",
            "t.yaml:10:14: skill is a whole number",
            "t.yaml:11:17: 'in-place' applies to defences; an attack uses 'feasible'",
            "t.yaml:12:7: 'c' is not defined in this file (a plain id where a node is expected"
                + " names a node written elsewhere)",
            "t.yaml:13:7: node 'a' is defined twice; first at line 6 (name its id to use it again)");
  }

  @Test
  void anUndefinedReferenceIsReportedWhereItIsWritten() {
    assertThat(
            problems(
                """
                bulwark-tree: 1
                root:
                  id: goal
                  and: [a-leaf, {id: b}]
                  counter: missing-defence
                """))
        .containsExactly(
            "t.yaml:4:9: 'a-leaf' is not defined in this file (a plain id where a node is expected"
                + " names a node written elsewhere)",
            "t.yaml:5:12: 'missing-defence' is not defined in this file (a plain id where a node is"
                + " expected names a node written elsewhere)");
  }

  @Test
  void aSharedNodeInTwoRolesIsRefusedAtItsParent() {
    assertThat(
            problems(
                """
                bulwark-tree: 1
                root:
                  id: goal
                  or:
                    - id: a
                      counter: {id: d}
                    - id: b
                      and: [d]
                """))
        .containsExactly(
            "t.yaml:7:7: 'd' is a defence but refines an attack 'b'; a refinement keeps the role,"
                + " only a countermeasure switches it");
  }

  @Test
  void valuesOnlyWhereTheyBelong() {
    assertThat(
            problems(
                """
                bulwark-tree: 1
                root:
                  id: goal
                  cost: 3
                  or:
                    - id: a
                      counter: {id: d, skill: 2, probability: 0.5}
                """))
        .containsExactly(
            "t.yaml:4:9: a refined node takes its values from its children; write cost on leaves",
            "t.yaml:7:31: a defence takes only probability and in-place; what it costs the attacker"
                + " to get past it comes from a counter-attack on it");
  }

  @Test
  void typeMustAgreeWithThePlace() {
    assertThat(
            problems(
                """
                bulwark-tree: 1
                root:
                  id: goal
                  counter: {id: d, type: attack}
                """))
        .containsExactly(
            "t.yaml:4:26: 'd' is written where a defence belongs (a child keeps its parent's role, a"
                + " counter switches it), but its type says attack");
  }

  @Test
  void structureProblemsAreReported() {
    assertThat(problems("root: {id: g}\n"))
        .containsExactly("t.yaml:1:1: missing 'bulwark-tree: 1' (the format version)");
    assertThat(problems("bulwark-tree: 2\nroot: {id: g}\n"))
        .containsExactly("t.yaml:1:15: this reader knows bulwark-tree: 1 only");
    assertThat(problems("bulwark-tree: 1\nroot: {id: g, and: [], or: [x]}\n"))
        .contains(
            "t.yaml:2:28: a node is refined by 'and' or by 'or', not both",
            "t.yaml:2:20: expected a list of one or more nodes");
    assertThat(problems("- a\n- b\n"))
        .containsExactly("t.yaml:1:1: expected a mapping with bulwark-tree: 1 and root");
    assertThat(problems("bulwark-tree: 1\nroot: {label: no id}\n"))
        .containsExactly("t.yaml:2:7: a node needs an id");
  }

  @Test
  void cyclesThroughReferencesAreRefused() {
    assertThat(
            problems(
                """
                bulwark-tree: 1
                root:
                  id: goal
                  or:
                    - id: a
                      or: [goal]
                """))
        .singleElement()
        .asString()
        .contains("is its own sub-goal");
  }

  @Test
  void yamlSyntaxAndUnsafeConstructsAreRefusedWithTheirPlace() {
    assertThatThrownBy(() -> TreeYaml.read("t.yaml", "bulwark-tree: 1\nroot: [\n"))
        .isInstanceOf(AdTreeException.class)
        .hasMessageStartingWith("t.yaml:3:1: ");
    assertThatThrownBy(
            () -> TreeYaml.read("t.yaml", "bulwark-tree: 1\nroot: &r {id: g}\nother: *r\n"))
        .hasMessage(
            "t.yaml:2:7: anchors (&r) are not used in tree files; name a node's id to"
                + " share it");
    assertThatThrownBy(() -> TreeYaml.read("t.yaml", "bulwark-tree: 1\nroot: !!map {id: g}\n"))
        .hasMessageStartingWith("t.yaml:2:7: tags (");
    assertThatThrownBy(() -> TreeYaml.read("t.yaml", "bulwark-tree: 1\nbulwark-tree: 1\n"))
        .hasMessage("t.yaml:2:1: 'bulwark-tree' appears twice in this mapping; first at line 1");
    assertThatThrownBy(() -> TreeYaml.read("t.yaml", "a: 1\n---\nb: 2\n"))
        .hasMessageStartingWith("t.yaml:2:1: a second YAML document");
  }

  @Test
  void recognisesATreeFile() {
    assertThat(TreeYaml.looksLikeTree("# a tree\n\nbulwark-tree: 1\n")).isTrue();
    assertThat(TreeYaml.looksLikeTree("bulwark: 1\n")).isFalse();
    assertThat(TreeFiles.read("x.yaml", Trees.text("safe.yaml")).format())
        .isEqualTo(TreeFiles.Format.YAML);
    assertThat(Optional.of(TreeFiles.read("x.xml", Trees.text("atm-cash.xml")).format()))
        .contains(TreeFiles.Format.ADTOOL);
  }
}
