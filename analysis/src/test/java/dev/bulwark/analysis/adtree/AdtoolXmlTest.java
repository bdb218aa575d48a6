package dev.bulwark.analysis.adtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ADTool's XML: the sample written by hand in its format (atm-cash.xml), the round trip, and the
 * refusal of DTDs, external entities and entity expansion.
 */
class AdtoolXmlTest {
  private static AdtoolXml.Import atm() {
    return AdtoolXml.read("atm-cash.xml", Trees.text("atm-cash.xml"));
  }

  private static AdTreeException refused(String xml) {
    try {
      AdtoolXml.read("t.xml", xml);
    } catch (AdTreeException e) {
      return e;
    }
    throw new AssertionError("the file was accepted");
  }

  @Test
  void importsRolesValuesAndTheSharedAction() {
    AdtoolXml.Import imported = atm();
    AdTree tree = imported.tree();
    assertThat(tree.root()).isEqualTo("withdraw-cash-from-a-victim-s-account");
    assertThat(tree.nodes()).hasSize(13);
    assertThat(tree.shared()).containsExactly("watch-over-the-shoulder");
    var byId = tree.index();
    assertThat(byId.get("copy-the-card").counter()).contains("anti-skimming-bezel");
    assertThat(byId.get("anti-skimming-bezel").role()).isEqualTo(Role.DEFENCE);
    assertThat(byId.get("use-a-deep-insert-skimmer").role()).isEqualTo(Role.ATTACK);
    assertThat(byId.get("pin-pad-shield-and-inspection").refinement()).contains(Refinement.AND);
    assertThat(byId.get("inspect-the-atm-daily").attributes())
        .isEqualTo(Attributes.NONE.withProbability(0.5).withActive(false));
    // MinTimePar's values are the leaves' time; MinSkill's their skill
    assertThat(byId.get("copy-the-card").attributes())
        .isEqualTo(Attributes.NONE.withCost(300).withProbability(0.6).withTime(4).withSkill(3));
    assertThat(byId.get("use-a-cloned-card").attributes()).isEqualTo(Attributes.NONE);
    assertThat(imported.notes())
        .containsExactly(
            "domain PowerCons5"
                + " (lu.uni.adtool.domains.adtpredefined.PowerCons) is not supported; its values were"
                + " skipped");
  }

  @Test
  void theSampleEvaluatesToTheHandComputedValues() {
    Evaluation e = Evaluator.evaluate(atm().tree());
    String root = "withdraw-cash-from-a-victim-s-account";
    // cost: bezel = min(∞, 800) = 800, copy = 300 + 800 = 1100; the PIN pad AND has a defence
    // that is not in place (0 to pass): min(∞, 0) = 0, camera = 150; learn = min(20, 150) = 20;
    // cloned = 1100 + 20 = 1120; trick = 20 + 50 = 70; root = 70
    assertThat(e.result(Domain.MIN_COST).value("use-a-cloned-card")).contains(1120.0);
    assertThat(e.root(Domain.MIN_COST)).contains(70.0);
    assertThat(e.cheapest().orElseThrow().leaves())
        .containsExactly("watch-over-the-shoulder", "steal-the-card");
    // probability, expanding the shared shoulder-surfing (0.3): bezel = 0.7 × 0.5 = 0.35,
    // copy = 0.6 × 0.65 = 0.39, PIN pad = 0.6 × 0 = 0, camera = 0.5.
    // shoulder succeeds: learn = 1, cloned = 0.39, trick = 0.2, root = 1 − 0.61 × 0.8 = 0.512;
    // shoulder fails: learn = 0.5, cloned = 0.195, trick = 0, root = 0.195;
    // P = 0.3 × 0.512 + 0.7 × 0.195 = 0.2901 (bottom-up would give 0.29829)
    assertThat(e.root(Domain.PROBABILITY).orElseThrow()).isCloseTo(0.2901, within(1e-12));
    // time: sequential {shoulder, card} = 1 + 2 = 3; parallel max(1, 2) = 2; skill max(1, 2) = 2
    assertThat(e.root(Domain.MIN_TIME_SEQUENTIAL)).contains(3.0);
    assertThat(e.result(Domain.MIN_TIME_SEQUENTIAL).value("use-a-cloned-card")).contains(11.0);
    assertThat(e.root(Domain.MIN_TIME_PARALLEL)).contains(2.0);
    assertThat(e.result(Domain.MIN_SKILL).value("use-a-cloned-card")).contains(4.0);
    assertThat(e.root(Domain.MIN_SKILL)).contains(2.0);
    assertThat(e.result(Domain.SATISFIABLE).value("anti-skimming-bezel")).contains(0.0);
    assertThat(e.root(Domain.SATISFIABLE)).contains(1.0);
  }

  @Test
  void importExportImportGivesEqualRecords() {
    AdTree first = atm().tree();
    String exported = AdtoolXml.write(first);
    AdtoolXml.Import again = AdtoolXml.read("exported.xml", exported);
    assertThat(again.tree()).isEqualTo(first);
    assertThat(again.notes()).isEmpty();
    assertThat(AdtoolXml.write(again.tree())).isEqualTo(exported);
  }

  @ParameterizedTest
  @ValueSource(strings = {"safe.yaml", "countered.yaml"})
  void yamlTreesKeepTheirShapeThroughAdtool(String name) {
    AdTree tree = Trees.yaml(name);
    AdTree back = AdtoolXml.read("x.xml", AdtoolXml.write(tree)).tree();
    // ids come from labels in ADTool's format; everything else is kept
    assertThat(back.nodes()).hasSameSizeAs(tree.nodes());
    for (int i = 0; i < tree.nodes().size(); i++) {
      AdNode a = tree.nodes().get(i);
      AdNode b = back.nodes().get(i);
      assertThat(b.label()).isEqualTo(a.label());
      assertThat(b.role()).isEqualTo(a.role());
      assertThat(b.refinement()).isEqualTo(a.refinement());
      assertThat(b.attributes()).isEqualTo(a.attributes());
    }
    assertThat(Evaluator.evaluate(back).root(Domain.MIN_COST))
        .isEqualTo(Evaluator.evaluate(tree).root(Domain.MIN_COST));
  }

  @Test
  void exportWritesSharedNodesInFullAndKeepsLeavesWithOneLabelApart() {
    AdTree tree =
        new AdTree(
            "g",
            List.of(
                AdNode.refined("g", "Goal", Role.ATTACK, Refinement.AND, List.of("a", "b", "c")),
                AdNode.leaf("a", "Same <label> & more", Role.ATTACK, Attributes.NONE.withCost(1)),
                AdNode.leaf("b", "Same <label> & more", Role.ATTACK, Attributes.NONE.withCost(2)),
                AdNode.refined("c", "Again", Role.ATTACK, Refinement.OR, List.of("a"))));
    String xml = AdtoolXml.write(tree);
    assertThat(xml)
        .contains("<label>Same &lt;label&gt; &amp; more [a]</label>")
        .contains("<label>Same &lt;label&gt; &amp; more [b]</label>")
        .contains("<parameter domainId=\"MinCost1\" category=\"basic\">1.0</parameter>")
        .doesNotContain("SatScenario");
    AdTree back = AdtoolXml.read("x.xml", xml).tree();
    assertThat(back.shared()).containsExactly("same-label-more-a");
    assertThat(Evaluator.evaluate(back).root(Domain.MIN_COST)).contains(3.0);
  }

  @Test
  void aDoctypeIsRefused() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE adtree [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <adtree><node refinement="disjunctive"><label>&secret;</label></node></adtree>
        """;
    assertThat(refused(xxe).getMessage())
        .startsWith("t.xml:2:")
        .contains("a DOCTYPE is not" + " allowed");
  }

  @Test
  void billionLaughsAreRefused() {
    StringBuilder laughs =
        new StringBuilder(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n" + " <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      laughs.append(" <!ENTITY lol").append(i).append(" \"");
      laughs.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
    }
    laughs.append("]>\n<adtree><node refinement=\"or\"><label>&lol9;</label></node></adtree>\n");
    assertThat(refused(laughs.toString()).getMessage()).contains("a DOCTYPE is not allowed");
  }

  @Test
  void anExternalDtdAndAnUndeclaredEntityAreRefused() {
    assertThat(
            refused(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE adtree SYSTEM"
                        + " \"http://example.invalid/adtree.dtd\">\n<adtree/>")
                .getMessage())
        .contains("a DOCTYPE is not allowed");
    assertThat(
            refused("<adtree><node refinement=\"or\"><label>&nope;</label></node></adtree>")
                .getMessage())
        .startsWith("t.xml:1:");
  }

  @Test
  void structureErrorsNameTheirPlace() {
    assertThat(refused("<sandtree/>").getMessage()).contains("SAND tree");
    assertThat(refused("<tree/>").getMessage())
        .isEqualTo("t.xml:1:8: the root element is <tree>; ADTool's files start with <adtree>");
    assertThat(
            refused(
                    """
                    <adtree>
                      <node refinement="disjunctive" switchRole="yes"><label>D</label></node>
                    </adtree>
                    """)
                .getMessage())
        .startsWith("t.xml:2:")
        .contains("the root node switches role");
    assertThat(
            refused(
                    """
                    <adtree>
                      <node refinement="disjunctive"><label>A</label>
                        <node refinement="disjunctive" switchRole="yes"><label>D</label></node>
                        <node refinement="disjunctive"><label>B</label></node>
                      </node>
                    </adtree>
                    """)
                .getMessage())
        .startsWith("t.xml:3:")
        .contains("must be the last child");
    assertThat(
            refused(
                    """
                    <adtree>
                      <node refinement="sometimes"><label>A</label></node>
                    </adtree>
                    """)
                .getMessage())
        .startsWith("t.xml:2:")
        .contains("refinement is disjunctive or conjunctive, not 'sometimes'");
    assertThat(refused("<adtree><node refinement=\"or\"><colour/></node></adtree>").getMessage())
        .contains("unexpected <colour> in <node>");
    assertThat(refused("<adtree><node refinement=\"or\"></node></adtree>").getMessage())
        .contains("a node needs a non-empty <label>");
  }

  @Test
  void badValuesAndDisagreeingDuplicatesNameTheirPlace() {
    String domain =
        "<domain id=\"c\"><class>lu.uni.adtool.domains.adtpredefined.MinCost</class>" + "</domain>";
    assertThat(
            refused(
                    "<adtree>\n<node refinement=\"or\"><label>A</label>\n"
                        + "<parameter domainId=\"c\">lots</parameter></node>"
                        + domain
                        + "</adtree>")
                .getMessage())
        .startsWith("t.xml:3:")
        .endsWith("'lots' is not a number");
    assertThat(
            refused(
                    """
                    <adtree><node refinement="and"><label>G</label>
                      <node refinement="or"><label>A</label><parameter domainId="c">1</parameter></node>
                      <node refinement="or"><label>A</label><parameter domainId="c">2</parameter></node>
                    </node>%s</adtree>
                    """
                        .formatted(domain))
                .getMessage())
        .startsWith("t.xml:3:")
        .contains("'A' is written differently at 2:");
  }
}
