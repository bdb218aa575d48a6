package dev.bulwark.analysis.cel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Model;
import dev.bulwark.model.Stride;
import dev.bulwark.model.load.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs in another tool's format, read by a {@link ForeignPacks} the caller supplies. */
class ForeignPacksTest {
  @TempDir Path temp;

  /** Reads "*.fake" files: one rule named after the file's content, or a problem for "bad". */
  private static final ForeignPacks FAKE =
      file -> {
        if (!file.toString().endsWith(".fake")) {
          return Optional.empty();
        }
        String content;
        try {
          content = Files.readString(file).strip();
        } catch (IOException e) {
          return Optional.of(
              new ForeignPacks.Pack(
                  List.of(), List.of(new PackProblem(file, 0, 0, "unreadable-file", "gone", ""))));
        }
        if (content.equals("bad")) {
          return Optional.of(
              new ForeignPacks.Pack(
                  List.of(new ForeignPacks.Entry(rule("FAKE-BAD-1"), 1, 1)),
                  List.of(new PackProblem(file, 3, 7, "syntax-error", "broken", ""))));
        }
        return Optional.of(
            new ForeignPacks.Pack(List.of(new ForeignPacks.Entry(rule(content), 2, 5)), List.of()));
      };

  @Test
  void anOrganisationPackInAForeignFormatAddsItsRules() throws IOException {
    Path model = model("");
    Path pack = write("org.fake", "FAKE-ORG-1");
    RuleLayers.Resolution resolution = resolve(model, FAKE, pack);
    assertThat(resolution.problems()).isEmpty();
    assertThat(resolution.rules().find("FAKE-ORG-1")).isPresent();
  }

  @Test
  void aLaterYamlPackCanDisableAForeignRule() throws IOException {
    Path model = model("");
    Path pack = write("org.fake", "FAKE-ORG-1");
    Path yaml =
        write(
            "off.yaml",
            """
            bulwark-rules: 1
            id: off
            disable:
              - rule: FAKE-ORG-1
                why: not for us
            """);
    RuleLayers.Resolution resolution = resolve(model, FAKE, pack, yaml);
    assertThat(resolution.problems()).isEmpty();
    assertThat(resolution.rules().find("FAKE-ORG-1")).isEmpty();
  }

  @Test
  void aForeignPackWithAProblemIsLeftOutWhole() throws IOException {
    Path model = model("");
    Path pack = write("bad.fake", "bad");
    RuleLayers.Resolution resolution = resolve(model, FAKE, pack);
    assertThat(resolution.rules().find("FAKE-BAD-1")).isEmpty();
    assertThat(resolution.problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.toString()).endsWith("bad.fake:3:7: error [syntax-error] broken"));
  }

  @Test
  void aModelNamesForeignPacksInItsRulesList() throws IOException {
    write("mine.fake", "FAKE-MINE-1");
    Path model = model("rules: [mine.fake]\n");
    RuleLayers.Resolution resolution = resolve(model, FAKE);
    assertThat(resolution.problems()).isEmpty();
    assertThat(resolution.rules().find("FAKE-MINE-1")).isPresent();
  }

  @Test
  void aForeignRuleWithABuiltInIdIsRefusedWithItsPlace() throws IOException {
    Path model = model("");
    Path pack = write("clash.fake", "BW-X-1");
    RuleLayers.Resolution resolution =
        RuleLayers.resolve(
            RuleSet.of(List.of(rule("BW-X-1"))), List.of(pack), load(model), model, temp, FAKE);
    assertThat(resolution.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.code()).isEqualTo("rule-exists");
          assertThat(p.line()).isEqualTo(2);
          assertThat(p.column()).isEqualTo(5);
        });
  }

  @Test
  void withoutAReaderAForeignFileIsReadAsYaml() throws IOException {
    Path model = model("");
    Path pack = write("org.fake", "FAKE-ORG-1");
    RuleLayers.Resolution resolution = resolve(model, ForeignPacks.NONE, pack);
    assertThat(resolution.hasProblems()).isTrue();
    assertThat(resolution.rules().find("FAKE-ORG-1")).isEmpty();
  }

  private RuleLayers.Resolution resolve(Path model, ForeignPacks reader, Path... packs) {
    return RuleLayers.resolve(
        RuleSet.of(List.of()), List.of(packs), load(model), model, temp, reader);
  }

  private static Model load(Path file) {
    return ModelLoader.load(file).model().orElseThrow();
  }

  private Path model(String rules) throws IOException {
    return write(
        "model.yaml",
        "bulwark: 1\nid: m\ntitle: M\n"
            + rules
            + "zones: [{ id: z, trust: 50 }]\n"
            + "components: [{ id: a, kind: service, zone: z }]\n");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text);
  }

  private static Rule rule(String id) {
    RuleMeta meta =
        RuleMeta.builder(id)
            .title("a foreign rule")
            .stride(Stride.TAMPERING)
            .goals(Goal.INTEGRITY)
            .rationale("for the test")
            .build();
    return new Rule() {
      @Override
      public RuleMeta meta() {
        return meta;
      }

      @Override
      public void check(SystemView system, Findings findings) {}
    };
  }
}
