package dev.bulwark.analysis.adtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.analysis.adtree.TreeGenerator.Threat;
import dev.bulwark.analysis.paths.AttackPath;
import dev.bulwark.analysis.paths.Difficulty;
import dev.bulwark.analysis.paths.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A crown jewel's tree built from its attack paths: OR of paths, AND of steps, OR of threats. */
class TreeFromPathsTest {
  // Two paths to the orders database that share their last step (api → db over 'query'):
  //   internet: browser → web (via 'shop') → api (via 'call') → db (via 'query')
  //   partner:  partner → api (via 'feed') → db (via 'query')
  private static final AttackPath INTERNET =
      new AttackPath(
          "internet",
          "orders",
          1,
          new Difficulty(30),
          "browser",
          List.of(
              step("browser", "web", "shop", 10),
              step("web", "api", "call", 10),
              step("api", "db", "query", 10)));
  private static final AttackPath PARTNER =
      new AttackPath(
          "partner",
          "orders",
          1,
          new Difficulty(20),
          "partner",
          List.of(step("partner", "api", "feed", 10), step("api", "db", "query", 10)));

  private static final List<Threat> THREATS =
      List.of(
          new Threat("xss@web", "Cross-site scripting", List.of("web"), Optional.of(0.5)),
          new Threat("idor@api", "Broken object authorisation", List.of("api"), Optional.of(0.2)),
          new Threat("weak-feed@feed", "Unsigned partner feed", List.of("feed"), Optional.of(0.4)),
          new Threat("sqli@db", "SQL injection", List.of("db"), Optional.of(0.5)));

  private static Step step(String from, String to, String flow, int tenths) {
    return new Step(
        from, to, Optional.of(flow), Step.Move.FLOW, "https", new Difficulty(tenths), List.of());
  }

  @Test
  void pathsAreAlternativesAndStepsAreAllNeeded() {
    AdTree tree =
        TreeGenerator.fromPaths(
            "orders", "Order history", List.of(INTERNET, PARTNER), THREATS, List.of());
    var byId = tree.index();
    assertThat(tree.rootNode().label()).isEqualTo("Compromise Order history");
    assertThat(tree.rootNode().refinement()).contains(Refinement.OR);
    assertThat(tree.rootNode().children()).hasSize(2);
    AdNode internet = byId.get(tree.rootNode().children().get(0));
    assertThat(internet.refinement()).contains(Refinement.AND);
    assertThat(internet.label()).isEqualTo("Path 1 of internet: browser → web → api → db");
    assertThat(internet.children()).hasSize(3);
    // the last step is one node under both paths
    AdNode partner = byId.get(tree.rootNode().children().get(1));
    assertThat(partner.children().get(1)).isEqualTo(internet.children().get(2));
    assertThat(tree.shared()).contains(internet.children().get(2));
  }

  @Test
  void aSharedStepIsCountedOnceInTheProbability() {
    AdTree tree =
        TreeGenerator.fromPaths("orders", "Orders", List.of(INTERNET, PARTNER), THREATS, List.of());
    // Steps: shop→web needs xss (0.5); call→api needs idor (0.2); query→db needs sqli (0.5);
    // feed→api needs idor or the unsigned feed: 1 - 0.8 * 0.6 = 0.52.
    // Internet path = xss ∧ idor ∧ sqli; partner path = (idor ∨ feed) ∧ sqli. idor and sqli are
    // shared, so the exact root is P(sqli ∧ ((xss ∧ idor) ∨ idor ∨ feed)) = P(sqli ∧ (idor ∨ feed))
    //   = 0.5 × 0.52 = 0.26 (the independent-OR formula would say 1 - (1-0.05)(1-0.26) = 0.297).
    double root = Evaluator.evaluate(tree).root(Domain.PROBABILITY).orElseThrow();
    assertThat(root).isCloseTo(0.26, within(1e-12));
  }

  @Test
  void aStepWithoutThreatsIsTakenAsIntended() {
    AdTree tree =
        TreeGenerator.fromPaths("orders", "Orders", List.of(PARTNER), List.of(), List.of());
    AdNode path = tree.index().get(tree.rootNode().children().get(0));
    AdNode first = tree.index().get(path.children().get(0));
    assertThat(first.label()).isEqualTo("Take api via feed (no open threat: used as intended)");
    assertThat(Evaluator.evaluate(tree).root(Domain.PROBABILITY)).contains(1.0);
  }

  @Test
  void noPathNoTree() {
    assertThatThrownBy(
            () -> TreeGenerator.fromPaths("orders", "Orders", List.of(), THREATS, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no attack path leads to 'orders'");
  }
}
