package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Microsoft Threat Modeling Tool templates as rule packs, through {@code bulwark analyze}. */
class TemplateRulePacksTest {
  private static final Path TEMPLATE =
      Path.of("../interop/src/test/resources/samples/ms-tmt/default.tb7");

  private static final String MODEL =
      """
      bulwark: 1
      id: shop
      title: Shop
      zones:
        - { id: internet, trust: 0 }
        - { id: dmz, trust: 50 }
      actors:
        - { id: customer, kind: user, zone: internet }
      components:
        - { id: web, kind: web-app, zone: dmz, exposure: internet }
      flows:
        - { id: browse, from: customer, to: web, protocol: https, authentication: session }
      """;

  @TempDir Path dir;

  @Test
  void aTemplateGivenWithRulesAddsItsThreatTypes() throws IOException {
    Path model = Files.writeString(dir.resolve("shop.yaml"), MODEL);
    Cli result = analyze("--rules", TEMPLATE.toString(), model.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    // D3: target is 'GE.P' and (flow crosses 'GE.TB.L' or flow crosses 'GE.TB.B')
    // S2 is excluded by flow.authenticatesDestination is 'Yes' (https)
    assertThat(result.out()).contains("\"TMT-D3@browse\"").doesNotContain("\"TMT-S2@browse\"");
  }

  @Test
  void aModelListsATemplateAmongItsRules() throws IOException {
    Files.copy(TEMPLATE, dir.resolve("default.tb7"));
    Path model = Files.writeString(dir.resolve("shop.yaml"), MODEL + "rules: [default.tb7]\n");
    Cli result = analyze(model.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("\"TMT-D3@browse\"");
  }

  @Test
  void aBrokenTemplateStopsTheAnalysisWithItsPlace() throws IOException {
    Path model = Files.writeString(dir.resolve("shop.yaml"), MODEL);
    Path bad =
        Files.writeString(
            dir.resolve("bad.tb7"),
            "<KnowledgeBase><ThreatTypes><ThreatType><Id>X1</Id><GenerationFilters>"
                + "<Include>source is</Include></GenerationFilters></ThreatType></ThreatTypes>"
                + "</KnowledgeBase>");
    Cli result = analyze("--rules", bad.toString(), model.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    // the filter starts at column 80 and ends after "is", at offset 9
    assertThat(result.err()).contains(bad + ":1:89: error [syntax-error]");
  }

  private static Cli analyze(String... args) {
    String[] all = new String[args.length + 6];
    System.arraycopy(
        new String[] {"analyze", "--no-kb", "--today", "2026-11-22", "--format", "json"},
        0,
        all,
        0,
        6);
    System.arraycopy(args, 0, all, 6, args.length);
    return Cli.run(all);
  }
}
