package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.adtree.AdTree;
import dev.bulwark.analysis.adtree.AdtoolXml;
import dev.bulwark.analysis.adtree.TreeYaml;
import dev.bulwark.model.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code bulwark tree eval | convert | generate} through the command line. */
class TreeCommandTest {
  private static final String DIR = "src/test/resources/adtree/";

  @Test
  void evalPrintsEveryDomainTheCheapestAttackAndEachNode() {
    Cli result = Cli.run("tree", "eval", DIR + "countered.yaml");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Golden.assertMatches("adtree/eval-countered.txt", result.out());
  }

  @Test
  void evalAsJson() {
    Cli result = Cli.run("tree", "eval", "--format", "json", DIR + "countered.yaml");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Golden.assertMatches("adtree/eval-countered.json", result.out());
  }

  @Test
  void evalReadsAdtoolXmlAndNotesWhatItSkipped() {
    Cli result = Cli.run("tree", "eval", DIR + "atm-cash.xml");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("shared sub-goals: watch-over-the-shoulder")
        .contains("min-cost            70          exact: 1 shared leaves expanded")
        .contains("probability         0.2901 ");
    assertThat(result.err()).contains("note: domain PowerCons5");
  }

  @Test
  void evalOfASharedSubGoalIsExact() {
    Cli result = Cli.run("tree", "eval", DIR + "shared.yaml");
    assertThat(result.out())
        .contains("min-cost            10          exact: 1 shared leaves expanded")
        .contains("probability         0.625       exact: 1 shared leaves expanded")
        .contains("  - Steal a session token (steal-token)\n");
  }

  @Test
  void anInvalidTreeIsReportedWithItsPlaces() {
    Cli result = Cli.run("tree", "eval", DIR + "broken.yaml");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.err())
        .contains("error: " + DIR + "broken.yaml:7:13: cost must be a number from 0 up")
        .contains("error: " + DIR + "broken.yaml:10:7: 'missing' is not defined in this file")
        .contains("not a valid attack-defence tree; nothing evaluated");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aDoctypeIsRefused() {
    Cli result = Cli.run("tree", "eval", DIR + "xxe.xml");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(result.err()).contains("xxe.xml:2:").contains("a DOCTYPE is not allowed");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void unreadableAndUndecodableFiles(@TempDir Path dir) throws IOException {
    Cli missing = Cli.run("tree", "eval", dir.resolve("nope.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(missing.err()).contains("cannot read");
    Path binary = dir.resolve("bin.yaml");
    Files.write(binary, new byte[] {'b', (byte) 0xff, (byte) 0xfe, 0});
    Cli bad = Cli.run("tree", "eval", binary.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(bad.err()).contains("not UTF-8 text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"svg", "dot", "mermaid"})
  void convertDraws(String format) {
    Cli result = Cli.run("tree", "convert", DIR + "countered.yaml", "--to", format);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith(
            switch (format) {
              case "svg" -> "<svg xmlns=\"http://www.w3.org/2000/svg\"";
              case "dot" -> "digraph \"attack-defence tree\" {";
              default -> "%% Attack-defence tree written by Bulwark";
            })
        .contains("Phishing-resistant MFA");
  }

  @Test
  void convertBetweenYamlAndAdtoolKeepsTheTree(@TempDir Path dir) throws IOException {
    Path xml = dir.resolve("tree.xml");
    Cli toAdtool =
        Cli.run("tree", "convert", DIR + "countered.yaml", "--to", "adtool", "-o", xml.toString());
    assertThat(toAdtool.exitCode()).as(toAdtool.err()).isZero();
    assertThat(toAdtool.out()).isEmpty();
    assertThat(Files.readString(xml)).startsWith("<?xml").contains("switchRole=\"yes\"");
    Cli back = Cli.run("tree", "convert", xml.toString(), "--to", "yaml");
    assertThat(back.exitCode()).as(back.err()).isZero();
    AdTree original = TreeYaml.read("o.yaml", Files.readString(Path.of(DIR + "countered.yaml")));
    AdTree again = TreeYaml.read("b.yaml", back.out());
    assertThat(again.nodes()).hasSameSizeAs(original.nodes());
    assertThat(Cli.run("tree", "eval", xml.toString()).out()).contains("min-cost            700 ");
    // ADTool → YAML → ADTool gives the same file
    Cli twice = Cli.run("tree", "convert", DIR + "atm-cash.xml", "--to", "adtool");
    AdTree imported = AdtoolXml.read("t.xml", twice.out()).tree();
    assertThat(AdtoolXml.write(imported)).isEqualTo(twice.out());
  }

  @Test
  void convertNeedsATarget() {
    Cli result = Cli.run("tree", "convert", DIR + "countered.yaml");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("--to");
    Cli wrong = Cli.run("tree", "convert", DIR + "countered.yaml", "--to", "png");
    assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void generateBuildsTheTreeOfADataAsset() {
    Cli result =
        Cli.run(
            "tree",
            "generate",
            "--no-kb",
            "--today",
            "2026-11-22",
            "../examples/online-shop/bulwark.yaml",
            "--data",
            "customer-credentials");
    assertThat(result.exitCode()).as(result.err()).isZero();
    AdTree tree = TreeYaml.read("generated.yaml", result.out());
    assertThat(tree.root()).isEqualTo("goal:customer-credentials");
    assertThat(tree.rootNode().label()).isEqualTo("Compromise customer-credentials");
    assertThat(tree.rootNode().children()).isNotEmpty().allMatch(id -> id.startsWith("via:"));
    assertThat(result.out()).contains("probability: ");
    Cli evaluated = Cli.run("tree", "eval", "--format", "json", "-h");
    assertThat(evaluated.exitCode()).isZero();
  }

  @Test
  void generateRefusesAnUnknownAsset() {
    Cli result =
        Cli.run(
            "tree",
            "generate",
            "--no-kb",
            "../examples/online-shop/bulwark.yaml",
            "--data",
            "crown-jewels");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .contains("no data asset 'crown-jewels'")
        .contains("customer-credentials");
  }

  @Test
  void treeHasHelp() {
    Cli result = Cli.run("tree", "--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Usage: bulwark tree")
        .contains("eval", "convert", "generate");
  }
}
