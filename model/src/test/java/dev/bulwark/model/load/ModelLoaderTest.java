package dev.bulwark.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.model.Component;
import dev.bulwark.model.Element;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.Zone;
import dev.bulwark.model.problem.Covers;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Composition: imports, prefixes, zones, and every way an import can go wrong. */
class ModelLoaderTest {
  @TempDir Path dir;

  /** The shop, which imports whatever {@code imports} says (lines 5 on). */
  private static final String SHOP =
      """
      bulwark: 1
      id: shop
      title: Shop
      business: { criticality: high }
      imports:
      %s
      zones:
        - { id: internet, trust: 0 }
        - { id: corp, trust: 70 }
      actors:
        - { id: customer, kind: user, zone: internet }
      components:
        - { id: web, kind: web-app, zone: corp }
      flows:
        - { id: browse, from: customer, to: web, protocol: https }
      %s
      """;

  /** A sub-model whose component 'api' lacks its kind (7:5), so it is dropped. */
  private static final String PAYMENTS_WITH_BROKEN_API =
      """
      bulwark: 1
      id: payments
      title: Payments
      zones:
        - { id: dc, trust: 80 }
      components:
        - { id: api, zone: dc }
      """;

  /** A payments sub-model with a nested zone, a component and a data asset. */
  private static final String PAYMENTS =
      """
      bulwark: 1
      id: payments
      title: Payments
      zones:
        - { id: dc, trust: 80 }
        - { id: vault, trust: 90, parent: dc }
      components:
        - { id: api, kind: service, zone: dc, processes: [card] }
        - { id: db, kind: database, zone: vault, stores: [card] }
      data:
        - { id: card, classification: restricted }
      flows:
        - { id: store, from: api, to: db, protocol: jdbc-tls, data: [card] }
      """;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path shop(String imports, String more) throws IOException {
    return write("shop.yaml", SHOP.formatted(imports, more));
  }

  private LoadResult load(Path file) {
    return ModelLoader.load(file, LoadOptions.DEFAULTS.withProjectRoot(dir));
  }

  private static List<String> ids(List<? extends Element> elements) {
    return elements.stream().map(Element::id).toList();
  }

  private static Optional<Zone> zone(Model model, String id) {
    return model.zones().stream().filter(zone -> zone.id().equals(id)).findFirst();
  }

  private static String where(Problem problem) {
    Position at = problem.position();
    return Path.of(at.file()).getFileName() + ":" + at.line() + ":" + at.column();
  }

  @Test
  void prefixesTheSubModelsIdsAndReferencesWithTheImportsId() throws IOException {
    write("payments.yaml", PAYMENTS);
    LoadResult result = load(shop("  - { model: payments.yaml, id: pay }", ""));

    assertThat(result.problems()).isEmpty();
    Model model = result.model().orElseThrow();
    assertThat(ids(model.zones())).containsExactly("internet", "corp", "pay/dc", "pay/vault");
    assertThat(ids(model.components())).containsExactly("web", "pay/api", "pay/db");
    assertThat(ids(model.data())).containsExactly("pay/card");
    Component db = model.components().get(2);
    assertThat(db.zone()).contains("pay/vault");
    assertThat(db.stores()).containsExactly("pay/card");
    Flow store = model.flows().get(1);
    assertThat(store.id()).isEqualTo("pay/store");
    assertThat(store.from()).isEqualTo("pay/api");
    assertThat(store.to()).isEqualTo("pay/db");
    assertThat(zone(model, "pay/vault").orElseThrow().parent()).contains("pay/dc");
  }

  @Test
  void theDefaultPrefixIsTheSubModelsId() throws IOException {
    write("sub/payments.yaml", PAYMENTS);
    LoadResult result = load(shop("  - model: sub/payments.yaml", ""));

    assertThat(result.problems()).isEmpty();
    assertThat(ids(result.model().orElseThrow().components()))
        .containsExactly("web", "payments/api", "payments/db");
    assertThat(result.files())
        .containsExactly(
            dir.resolve("shop.yaml").toString(), dir.resolve("sub/payments.yaml").toString());
  }

  @Test
  void flowsCrossingModelsResolve() throws IOException {
    write("payments.yaml", PAYMENTS);
    LoadResult result =
        load(
            shop(
                "  - model: payments.yaml",
                """
                  - { id: pay, from: web, to: payments/api, protocol: https, data: [payments/card] }
                """));

    assertThat(result.problems()).isEmpty();
    assertThat(result.valid()).isTrue();
    Flow pay = result.model().orElseThrow().flows().get(1);
    assertThat(pay.to()).isEqualTo("payments/api");
  }

  @Test
  void aReferenceToAMissingElementOfASubModelIsDanglingWithAHint() throws IOException {
    write("payments.yaml", PAYMENTS);
    // line 16 of shop.yaml; 'payments/apj' starts in column 31
    LoadResult result =
        load(
            shop(
                "  - model: payments.yaml",
                """
                  - { id: pay, from: web, to: payments/apj, protocol: https }
                """));

    assertThat(result.problems()).hasSize(1);
    Problem problem = result.problems().getFirst();
    assertThat(problem.type()).isEqualTo(ProblemType.DANGLING_REFERENCE);
    assertThat(where(problem)).isEqualTo("shop.yaml:16:31");
    assertThat(problem.hint()).isEqualTo("did you mean 'payments/api'?");
  }

  @Test
  void zoneOnAnImportNestsTheSubModelsTopLevelZones() throws IOException {
    write("payments.yaml", PAYMENTS);
    LoadResult result = load(shop("  - { model: payments.yaml, zone: corp }", ""));

    assertThat(result.problems()).isEmpty();
    Model model = result.model().orElseThrow();
    assertThat(zone(model, "payments/dc").orElseThrow().parent()).contains("corp");
    assertThat(zone(model, "payments/vault").orElseThrow().parent()).contains("payments/dc");
  }

  @Test
  void zoneOnAnImportMustNameAZoneOfTheImporter() throws IOException {
    write("payments.yaml", PAYMENTS);
    // line 6: "  - { model: payments.yaml, zone: crop }", 'crop' in column 35
    LoadResult result = load(shop("  - { model: payments.yaml, zone: crop }", ""));

    // Only at the import: the sub-model's zones stay where they were, and are not blamed.
    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("dangling-reference shop.yaml:6:35");
  }

  @Test
  void nestedImportsPrefixTwice() throws IOException {
    write(
        "a.yaml",
        """
        bulwark: 1
        id: a
        title: A
        business: { criticality: low }
        imports:
          - model: b/b.yaml
        """);
    write(
        "b/b.yaml",
        """
        bulwark: 1
        id: b
        title: B
        imports:
          - { model: c/c.yaml, zone: inner }
        zones:
          - { id: inner, trust: 50 }
        """);
    write(
        "b/c/c.yaml",
        """
        bulwark: 1
        id: c
        title: C
        zones:
          - { id: x, trust: 60 }
        """);
    LoadResult result = load(dir.resolve("a.yaml"));

    assertThat(result.problems()).isEmpty();
    Model model = result.model().orElseThrow();
    assertThat(ids(model.zones())).containsExactlyInAnyOrder("b/inner", "b/c/x");
    assertThat(zone(model, "b/c/x").orElseThrow().parent()).contains("b/inner");
    assertThat(model.imports()).extracting(i -> i.zone().orElse("")).contains("b/inner");
  }

  @Test
  void anImportCycleIsReportedWithTheChainAtTheImportsLine() throws IOException {
    write(
        "a.yaml",
        """
        bulwark: 1
        id: a
        title: A
        business: { criticality: low }
        imports:
          - model: b.yaml
        """);
    write(
        "b.yaml",
        """
        bulwark: 1
        id: b
        title: B
        imports:
          - model: a.yaml
        """);
    LoadResult result = load(dir.resolve("a.yaml"));

    assertThat(result.problems()).hasSize(1);
    Problem cycle = result.problems().getFirst();
    assertThat(cycle.type()).isEqualTo(ProblemType.IMPORT_CYCLE);
    assertThat(where(cycle)).isEqualTo("b.yaml:5:12");
    assertThat(cycle.position().file()).isEqualTo(dir.resolve("b.yaml").toString());
    assertThat(cycle.message()).contains("a.yaml → b.yaml → a.yaml");
  }

  @Test
  void aModelImportingItselfIsACycle() throws IOException {
    Path shop = shop("  - model: ./shop.yaml", "");
    LoadResult result = load(shop);

    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("import-cycle shop.yaml:6:12");
    assertThat(result.problems().getFirst().message()).contains("shop.yaml → shop.yaml");
  }

  @Test
  void anAbsolutePathIsRefusedEvenWhenTheFileExists() throws IOException {
    Path payments = write("payments.yaml", PAYMENTS);
    LoadResult result = load(shop("  - model: " + payments.toAbsolutePath(), ""));

    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("import-absolute-path shop.yaml:6:12");
    assertThat(ids(result.model().orElseThrow().components())).containsExactly("web");
  }

  @Test
  void dotDotCannotLeaveTheProjectRoot() throws IOException {
    Files.writeString(dir.resolve("payments.yaml"), PAYMENTS);
    Path project = dir.resolve("project");
    Files.createDirectories(project);
    Path shop = project.resolve("shop.yaml");
    Files.writeString(shop, SHOP.formatted("  - model: ../payments.yaml", ""));

    LoadResult result = ModelLoader.load(shop, LoadOptions.DEFAULTS.withProjectRoot(project));

    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("import-outside-project shop.yaml:6:12");
    assertThat(result.problems().getFirst().message()).contains(project.toString());
  }

  @Test
  void dotDotThatStaysInsideTheProjectIsFine() throws IOException {
    write("shared/payments.yaml", PAYMENTS);
    Path shop = write("models/shop.yaml", SHOP.formatted("  - model: ../shared/payments.yaml", ""));

    LoadResult result = load(shop);

    assertThat(result.problems()).isEmpty();
    assertThat(result.files()).last().isEqualTo(dir.resolve("shared/payments.yaml").toString());
  }

  @Test
  @Covers(ProblemType.IMPORT_OUTSIDE_PROJECT)
  void aSymbolicLinkCannotLeaveTheProjectRoot() throws IOException {
    Path outside = dir.resolve("outside/payments.yaml");
    Files.createDirectories(outside.getParent());
    Files.writeString(outside, PAYMENTS);
    Path project = dir.resolve("project");
    Files.createDirectories(project);
    try {
      Files.createSymbolicLink(project.resolve("payments.yaml"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not supported here: " + e);
    }
    Path shop = project.resolve("shop.yaml");
    Files.writeString(shop, SHOP.formatted("  - model: payments.yaml", ""));

    LoadResult result = ModelLoader.load(shop, LoadOptions.DEFAULTS.withProjectRoot(project));

    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("import-outside-project shop.yaml:6:12");
    assertThat(result.problems().getFirst().message()).contains("symbolic link");
  }

  @Test
  void aMissingFileIsReportedAtTheImport() throws IOException {
    LoadResult result = load(shop("  - model: payment.yaml", ""));

    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("import-missing shop.yaml:6:12");
    assertThat(result.problems().getFirst().message()).contains("payment.yaml");
  }

  @Test
  void aFolderIsNotAModelFile() throws IOException {
    Files.createDirectories(dir.resolve("payments.yaml"));
    LoadResult result = load(shop("  - model: payments.yaml", ""));

    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("import-missing shop.yaml:6:12");
  }

  @Test
  @Covers(ProblemType.FILE_UNREADABLE)
  void aMissingRootFileIsUnreadable() {
    LoadResult result = load(dir.resolve("nothing.yaml"));

    assertThat(result.model()).isEmpty();
    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("file-unreadable nothing.yaml:1:1");
  }

  @Test
  @Covers(ProblemType.FILE_UNREADABLE)
  void aFolderAsRootFileIsUnreadable() throws IOException {
    Files.createDirectories(dir.resolve("folder.yaml"));
    LoadResult result = load(dir.resolve("folder.yaml"));

    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("file-unreadable folder.yaml:1:1");
    assertThat(result.problems().getFirst().message()).contains("folder");
  }

  @Test
  void problemsOfASubModelNameItsFileAndLine() throws IOException {
    write(
        "payments.yaml",
        """
        bulwark: 1
        id: payments
        title: Payments
        zones:
          - { id: dc, trust: 80, colour: red }
        components:
          - { id: api, kind: service, zone: dcc }
        """);
    LoadResult result = load(shop("  - model: payments.yaml", ""));

    // 'colour' at 5:26; api (7:5) has no flow; 'dcc' at 7:37 (composed: payments/dcc)
    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly(
            "unknown-field payments.yaml:5:26",
            "unconnected payments.yaml:7:5",
            "dangling-reference payments.yaml:7:37");
    assertThat(result.problems())
        .allSatisfy(problem ->
            assertThat(problem.position().file())
                .isEqualTo(dir.resolve("payments.yaml").toString()));
    assertThat(result.problems().get(2).message()).contains("'payments/dcc'");
  }

  @Test
  void anElementDroppedInASubModelIsNotReportedAgainAsDangling() throws IOException {
    write("payments.yaml", PAYMENTS_WITH_BROKEN_API);
    LoadResult result =
        load(
            shop(
                "  - model: payments.yaml",
                "  - { id: pay, from: web, to: payments/api, protocol: https }"));

    // only the missing 'kind' of payments' api (7:5), not the flow naming it
    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("missing-field payments.yaml:7:5");
  }

  @Test
  void anElementDroppedInASubModelDoesNotHideADanglingReferenceOfTheImporter() throws IOException {
    write("payments.yaml", PAYMENTS_WITH_BROKEN_API);
    // the shop has no 'api' of its own: 'to: api' dangles (line 16, column 31)
    LoadResult result =
        load(
            shop(
                "  - model: payments.yaml",
                "  - { id: pay, from: web, to: api, protocol: https }"));

    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("missing-field payments.yaml:7:5", "dangling-reference shop.yaml:16:31");
  }

  @Test
  void theProjectRootIsTheNearestFolderWithGit() throws IOException {
    Files.createDirectories(dir.resolve("repo/.git"));
    write("repo/shared/payments.yaml", PAYMENTS);
    Path shop =
        write("repo/models/shop.yaml", SHOP.formatted("  - model: ../shared/payments.yaml", ""));

    LoadResult result = ModelLoader.load(shop);

    assertThat(result.problems()).isEmpty();
  }

  @Test
  void withoutGitTheProjectRootIsTheModelsFolder() throws IOException {
    write("shared/payments.yaml", PAYMENTS);
    Path shop = write("models/shop.yaml", SHOP.formatted("  - model: ../shared/payments.yaml", ""));

    LoadResult result = ModelLoader.load(shop);

    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("import-outside-project shop.yaml:6:12");
  }

  @Test
  void theFileLimitCountsTheRootFile() throws IOException {
    write("payments.yaml", PAYMENTS);
    LoadResult result =
        ModelLoader.load(
            shop("  - model: payments.yaml", ""),
            LoadOptions.DEFAULTS
                .withProjectRoot(dir)
                .withLimits(dev.bulwark.model.parse.ParseLimits.DEFAULTS.withMaxFiles(1)));

    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("too-many-files shop.yaml:6:12");
    assertThat(result.problems().getFirst().message()).contains("more than 1 files");
  }

  @Test
  void anEditOfTheRootFileIsLoadedWithTheFilesImportsBeforeItIsWritten() throws IOException {
    write("payments.yaml", PAYMENTS);
    Path file = shop("  - { model: payments.yaml, id: pay }", "");
    String onDisk = Files.readString(file);
    String edited =
        onDisk.replace("title: Shop", "title: Shop, edited").replace("zone: corp }", "zone: lan }");
    LoadResult result =
        ModelLoader.load(
            file,
            edited.getBytes(StandardCharsets.UTF_8),
            LoadOptions.DEFAULTS.withProjectRoot(dir));

    assertThat(result.model().orElseThrow().title()).isEqualTo("Shop, edited");
    assertThat(ids(result.model().orElseThrow().components())).contains("pay/api", "pay/db");
    assertThat(result.problems())
        .extracting(problem -> problem.type().code() + " " + where(problem))
        .containsExactly("dangling-reference shop.yaml:13:37");
    assertThat(Files.readString(file)).isEqualTo(onDisk);
    assertThat(load(file).problems()).isEmpty();
  }
}
