package dev.bulwark.interop.tmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.Engine;
import dev.bulwark.analysis.Finding;
import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.cel.ForeignPacks;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.parse.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core template (default.tb7) on a model written for Bulwark, without any {@code tmt.*} tag:
 * stencils and properties come from Bulwark's kinds and fields. Expected findings were worked out
 * by hand from the filters quoted below.
 */
class NativeModelTest {
  @TempDir Path dir;

  private static final String MODEL =
      """
      bulwark: 1
      id: shop
      title: Shop
      zones:
        - id: internet
          trust: 0
        - id: dmz
          trust: 50
      actors:
        - id: customer
          kind: user
          zone: internet
      components:
        - id: web
          kind: web-app
          zone: dmz
          exposure: internet
        - id: db
          kind: database
          zone: dmz
      flows:
        - id: browse
          from: customer
          to: web
          protocol: PROTOCOL
          authentication: session
        - id: query
          from: web
          to: db
          protocol: jdbc
      """;

  @Test
  void theCoreTemplateJudgesABulwarkModelByItsFields() throws IOException {
    List<String> found = findings("https");
    // browse: actor (GE.EI) → web-app (GE.P) across zones (a generic border boundary)
    assertThat(found)
        .contains(
            "TMT-D3@browse", // target is 'GE.P' and (flow crosses 'GE.TB.L' or ... 'GE.TB.B')
            "TMT-D4@browse", // (flow crosses 'GE.TB.L' or flow crosses 'GE.TB.B')
            "TMT-E5@browse", // (source is 'GE.EI' or source is 'GE.P') and target is 'GE.P'
            "TMT-R6@browse", // target is 'GE.P' and (flow crosses ...)
            "TMT-S7-1@query", // target is 'GE.DS'
            "TMT-D2@query") // source is 'GE.P' and target is 'GE.DS'
        .doesNotContain(
            "TMT-S2@browse", // excluded: flow.authenticatesDestination is 'Yes' (https)
            "TMT-S3@browse", // excluded: flow.authenticatesSource is 'Yes' (a session)
            "TMT-T1@browse", // excluded: confidentiality and integrity (https)
            "TMT-I6@browse", // excluded: flow.providesConfidentiality is 'Yes'
            "TMT-S1@query", // needs a crossing; web and db share the dmz
            "TMT-SU@browse"); // source is 'ROOT': no element is the root
  }

  @Test
  void plainHttpLetsTheEncryptionThreatsIn() throws IOException {
    assertThat(findings("http")).contains("TMT-T1@browse", "TMT-I6@browse", "TMT-S2@browse");
  }

  private List<String> findings(String protocol) throws IOException {
    Path file = dir.resolve("shop.yaml");
    Files.writeString(file, MODEL.replace("PROTOCOL", protocol));
    LoadResult loaded = ModelLoader.load(file);
    assertThat(loaded.valid()).as(loaded.problems().toString()).isTrue();
    Model model = loaded.model().orElseThrow();
    ForeignPacks.Pack pack =
        TemplatePacks.pack(Samples.TEMPLATE, Samples.bytes(Samples.TEMPLATE), ParseLimits.DEFAULTS);
    return new Engine(RuleSet.of(pack.rules().stream().map(ForeignPacks.Entry::rule).toList()))
        .run(SystemView.of(model)).stream().map(Finding::fingerprint).toList();
  }
}
