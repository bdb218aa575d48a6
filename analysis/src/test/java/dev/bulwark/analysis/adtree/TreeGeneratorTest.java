package dev.bulwark.analysis.adtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.analysis.adtree.TreeGenerator.Defence;
import dev.bulwark.analysis.adtree.TreeGenerator.Element;
import dev.bulwark.analysis.adtree.TreeGenerator.Threat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A crown jewel's tree from threats on the elements that hold it and the mitigations. */
class TreeGeneratorTest {
  private static final List<Element> ELEMENTS =
      List.of(
          new Element("web", "Web shop"),
          new Element("db", "Orders DB"),
          new Element("backup", "Backups"));

  private static final List<Threat> THREATS =
      List.of(
          new Threat("BW-INJ-001@web", "SQL injection", List.of("web"), Optional.of(0.5)),
          new Threat(
              "BW-NET-004@web>db", "Unencrypted link", List.of("web", "db"), Optional.of(0.2)),
          new Threat("BW-AUTH-002@db", "Default credentials", List.of("db"), Optional.of(0.4)),
          new Threat("elsewhere", "Not on this asset", List.of("mail"), Optional.of(0.9)));

  private static final List<Defence> DEFENCES =
      List.of(
          new Defence("param-queries", "Parameterised queries", List.of("BW-INJ-001@web"), true),
          new Defence(
              "tls", "TLS everywhere", List.of("BW-NET-004@web>db", "BW-AUTH-002@db"), false),
          new Defence("vault", "Credentials in a vault", List.of("BW-AUTH-002@db"), true));

  @Test
  void theGoalIsAnOrOverElementsAndTheirThreats() {
    AdTree tree = TreeGenerator.forAsset("orders", "Order history", ELEMENTS, THREATS, DEFENCES);
    var byId = tree.index();
    assertThat(tree.root()).isEqualTo("goal:orders");
    assertThat(tree.rootNode().label()).isEqualTo("Compromise Order history");
    // the backup has no threat, so it is left out
    assertThat(tree.rootNode().children()).containsExactly("via:web", "via:db");
    assertThat(byId.get("via:web").children())
        .containsExactly("threat:BW-INJ-001@web", "threat:BW-NET-004@web-db");
    // a threat on two of the elements is one shared leaf
    assertThat(tree.shared()).contains("threat:BW-NET-004@web-db", "defence:tls");
    assertThat(byId.get("threat:BW-INJ-001@web").counter()).contains("defence:param-queries");
    // two mitigations: any of them stops the attack, a defender's OR
    AdNode group = byId.get(byId.get("threat:BW-AUTH-002@db").counter().orElseThrow());
    assertThat(group.role()).isEqualTo(Role.DEFENCE);
    assertThat(group.refinement()).contains(Refinement.OR);
    assertThat(group.children()).containsExactly("defence:tls", "defence:vault");
    assertThat(byId.get("defence:tls").attributes().active()).isFalse();
  }

  @Test
  void theGeneratedTreeEvaluates() {
    AdTree tree =
        TreeGenerator.forAsset(
            "orders",
            "Order history",
            ELEMENTS,
            THREATS,
            List.of(
                new Defence(
                    "param-queries", "Parameterised queries", List.of("BW-INJ-001@web"), false)));
    Evaluation e = Evaluator.evaluate(tree);
    // the only defence is planned, not in place: it changes nothing.
    // Exactly, the shared link threat (0.2) is one event: P = 1 − 0.5 × 0.8 × 0.6 = 0.76
    // (bottom-up, counting it twice: 1 − (1 − 0.6)(1 − 0.52) = 0.808)
    assertThat(e.root(Domain.PROBABILITY).orElseThrow()).isCloseTo(0.76, within(1e-12));
    assertThat(e.root(Domain.SATISFIABLE)).contains(1.0);
    assertThat(e.result(Domain.MIN_COST).skipped()).isPresent();
  }

  @Test
  void anAssetWithoutThreatsHasNoTree() {
    assertThatThrownBy(() -> TreeGenerator.forAsset("x", "X", ELEMENTS, List.of(), List.of()))
        .hasMessage("no threat is on an element that holds 'x'");
  }
}
