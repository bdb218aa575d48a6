package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark convert sbom.json --into model.yaml --component ID}. The SBOM lists @angular/core,
 * rxjs (with tslib nested in it), lodash and tslib again: four packages, written sorted by name.
 */
class ConvertIntoTest {
  private static final String SBOM =
      "../interop/src/test/resources/samples/cyclonedx/storefront-1.4.cdx.json";

  private static final String MODEL =
      """
      # The storefront, kept by hand
      bulwark: 1
      id: storefront
      title: Storefront

      zones:
        - id: internet
          trust: 0

      components:
        - id: web   # the Angular app
          kind: web-app
          zone: internet

        # the API behind it
        - id: api
          kind: service
          zone: internet
      """;

  private static final String INVENTORY =
      """
          inventory:
            - name: '@angular/core'
              version: 15.1.4
              purl: pkg:npm/%40angular/core@15.1.4
              type: framework
              licenses:
                - MIT
            - name: lodash
              version: 4.17.20
              purl: pkg:npm/lodash@4.17.20
              type: library
              licenses:
                - MIT
            - name: rxjs
              version: 7.8.0
              purl: pkg:npm/rxjs@7.8.0
              type: library
              licenses:
                - Apache-2.0
            - name: tslib
              version: 2.5.0
              purl: pkg:npm/tslib@2.5.0
              type: library
              licenses:
                - 0BSD
      """;

  private static Path model(Path folder, String text) throws IOException {
    Path file = folder.resolve("bulwark.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void thePackagesBecomeTheInventoryAndEveryOtherByteStays(@TempDir Path folder)
      throws IOException {
    Path file = model(folder, MODEL);
    Cli result = Cli.run("convert", SBOM, "--into", file.toString(), "--component", "web");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
    String expected =
        MODEL.replace("    zone: internet\n\n", "    zone: internet\n" + INVENTORY + "\n");
    assertThat(expected).isNotEqualTo(MODEL);
    assertThat(Files.readString(file)).isEqualTo(expected);
    assertThat(result.err())
        .contains(SBOM + ":57:", "listed again")
        .contains(
            SBOM
                + " (CycloneDX SBOM) → inventory of 'web' in "
                + file
                + ": 4 packages (new"
                + " inventory)");
    assertThat(Cli.run("validate", file.toString()).exitCode()).isZero();
  }

  @Test
  void theSameSbomAgainLeavesTheFileAlone(@TempDir Path folder) throws IOException {
    Path file = model(folder, MODEL);
    Cli.run("convert", SBOM, "--into", file.toString(), "--component", "api");
    String once = Files.readString(file);
    FileTime time = FileTime.fromMillis(1_000_000_000L);
    Files.setLastModifiedTime(file, time);
    Cli again = Cli.run("convert", SBOM, "--into", file.toString(), "--component", "api");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("4 packages (unchanged, not rewritten)");
    assertThat(Files.readString(file)).isEqualTo(once);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(time);
  }

  @Test
  void aNewerSbomSaysWhatChanged(@TempDir Path folder) throws IOException {
    String old =
        MODEL.replace(
            "    kind: service\n",
            """
                kind: service
                inventory:
                  - name: lodash
                    version: 4.17.19
                  - name: left-pad
                    version: 1.3.0
            """);
    Path file = model(folder, old);
    Cli result = Cli.run("convert", SBOM, "--into", file.toString(), "--component", "api");
    assertThat(result.exitCode()).as(result.err()).isZero();
    // added @angular/core, rxjs, tslib; removed left-pad; lodash 4.17.19 → 4.17.20
    assertThat(result.err()).contains("4 packages (3 added, 1 removed, 1 with another version)");
    assertThat(Files.readString(file)).doesNotContain("left-pad").contains("4.17.20");
  }

  @Test
  void windowsLineEndingsAndAByteOrderMarkAreKept(@TempDir Path folder) throws IOException {
    Path file = model(folder, "\uFEFF" + MODEL.replace("\n", "\r\n"));
    Cli result = Cli.run("convert", SBOM, "--into", file.toString(), "--component", "web");
    assertThat(result.exitCode()).as(result.err()).isZero();
    String written = Files.readString(file);
    assertThat(written)
        .startsWith("\uFEFF# The storefront")
        .contains(INVENTORY.replace("\n", "\r\n"));
    assertThat(written.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void outputGoesToAnotherFileAndTheModelStays(@TempDir Path folder) throws IOException {
    Path file = model(folder, MODEL);
    Path copy = folder.resolve("with-inventory.yaml");
    Cli result =
        Cli.run(
            "convert",
            SBOM,
            "--into",
            file.toString(),
            "--component",
            "web",
            "-o",
            copy.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(file)).isEqualTo(MODEL);
    assertThat(Files.readString(copy)).contains(INVENTORY);
  }

  @Test
  void nothingIsWrittenWhenTheEditCannotBeMade(@TempDir Path folder) throws IOException {
    Path file = model(folder, MODEL);
    Cli unknown = Cli.run("convert", SBOM, "--into", file.toString(), "--component", "db");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(unknown.err())
        .contains(file + ":11:3: error [wrong-type] 'components' has no element with id 'db'")
        .contains("ids: web, api");
    Path invalid = folder.resolve("invalid.yaml");
    String broken = MODEL.replace("zone: internet\n\n", "zone: nowhere\n\n");
    Files.writeString(invalid, broken);
    Cli refused = Cli.run("convert", SBOM, "--into", invalid.toString(), "--component", "web");
    assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(refused.err()).contains("nowhere", "fix them before adding an inventory");
    Path flow = folder.resolve("flow.yaml");
    String flowStyle =
        "bulwark: 1\nid: s\ntitle: S\nzones: [{id: z, trust: 0}]\n"
            + "components: [{id: web, kind: web-app, zone: z}]\n";
    Files.writeString(flow, flowStyle);
    Cli inFlowStyle = Cli.run("convert", SBOM, "--into", flow.toString(), "--component", "web");
    assertThat(inFlowStyle.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(inFlowStyle.err()).contains(flow + ":5:13:", "flow style");
    assertThat(Files.readString(file)).isEqualTo(MODEL);
    assertThat(Files.readString(invalid)).isEqualTo(broken);
    assertThat(Files.readString(flow)).isEqualTo(flowStyle);
    assertThat(folder.toFile().list())
        .containsExactlyInAnyOrder("bulwark.yaml", "invalid.yaml", "flow.yaml");
  }

  @Test
  void wrongCombinationsOfOptionsAreUsageErrors(@TempDir Path folder) throws IOException {
    Path file = model(folder, MODEL);
    Cli noInto = Cli.run("convert", SBOM);
    assertThat(noInto.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(noInto.err()).contains("is a CycloneDX SBOM", "--into MODEL --component ID");
    assertThat(Cli.run("convert", SBOM, "--into", file.toString()).exitCode())
        .isEqualTo(ExitCode.USAGE);
    Cli notSbom =
        Cli.run("convert", file.toString(), "--into", file.toString(), "--component", "web");
    assertThat(notSbom.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(notSbom.err()).contains("--into takes a CycloneDX SBOM");
    Cli toOtm =
        Cli.run("convert", SBOM, "--into", file.toString(), "--component", "web", "--to", "otm");
    assertThat(toOtm.exitCode()).isEqualTo(ExitCode.USAGE);
    Path otm = folder.resolve("model.otm.json");
    Files.writeString(
        otm, "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"p\", \"id\": \"p\"}}");
    Cli intoOtm = Cli.run("convert", SBOM, "--into", otm.toString(), "--component", "web");
    assertThat(intoOtm.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(intoOtm.err()).contains("--into edits a Bulwark model file", "convert it first");
    assertThat(Files.readString(file)).isEqualTo(MODEL);
  }

  @Test
  void commandsGivenAnSbomAsAModelSayWhatToDoWithIt() {
    Cli validated = Cli.run("validate", SBOM);
    assertThat(validated.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(validated.out())
        .contains(SBOM + ":1:1: error [unknown-format] '" + SBOM + "' is a CycloneDX SBOM")
        .contains("bulwark convert " + SBOM + " --into MODEL --component ID")
        .contains("(1 error");
  }
}
