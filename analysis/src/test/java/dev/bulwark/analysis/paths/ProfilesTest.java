package dev.bulwark.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bulwark.model.ActorKind;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Exposure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The built-in profiles and the reading of profiles files, with every error at its place. */
class ProfilesTest {
  private static final Path FILES = Path.of("src/test/resources/paths/profiles");

  @Test
  void theBuiltInProfilesAreTheFiveOfTheIssue() {
    List<AttackerProfile> profiles = Profiles.builtIn();
    assertThat(profiles)
        .extracting(AttackerProfile::id)
        .containsExactly("anonymous", "customer", "partner", "insider", "compromised-ci");
    AttackerProfile ci = profiles.get(4);
    assertThat(ci.skill()).isEqualTo(Skill.EXPERT);
    assertThat(ci.startsAt().get(0).componentKinds())
        .containsExactly(
            ComponentKind.BUILD_PIPELINE,
            ComponentKind.REPOSITORY,
            ComponentKind.ARTIFACT_REGISTRY);
    assertThat(profiles.get(0).credentials()).as("anonymous holds nothing").isEmpty();
    assertThat(profiles.get(1).credentials().get(0).actorKinds()).containsExactly(ActorKind.USER);
    assertThat(profiles.get(3).startsAt().get(0).actorKinds())
        .containsExactly(ActorKind.STAFF, ActorKind.ADMIN);
  }

  @Test
  void aUsersFileIsReadWithEveryKindOfSelector() {
    List<AttackerProfile> profiles = Profiles.read(FILES.resolve("rogue-dba.yaml"));
    AttackerProfile dba = profiles.get(0);
    assertThat(dba)
        .isEqualTo(
            new AttackerProfile(
                "rogue-dba",
                "Rogue database administrator",
                "Has the database passwords and a shell on the admin network.",
                "admin-network",
                80,
                List.of(
                    selector(
                        List.of(),
                        List.of(ActorKind.ADMIN),
                        List.of(),
                        List.of(),
                        List.of("ops"),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        Optional.empty(),
                        Optional.empty())),
                List.of(
                    selector(
                        List.of(),
                        List.of(),
                        List.of(ComponentKind.DATABASE, ComponentKind.CACHE),
                        List.of(),
                        List.of(),
                        OptionalInt.empty(),
                        OptionalInt.of(60),
                        Optional.empty(),
                        Optional.empty())),
                List.of(
                    selector(
                        List.of(),
                        List.of(ActorKind.ADMIN),
                        List.of(),
                        List.of(),
                        List.of(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        Optional.empty(),
                        Optional.empty()),
                    selector(
                        List.of("backup-job"),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        Optional.empty(),
                        Optional.empty())),
                Skill.EXPERT));
    Selector office = profiles.get(1).reaches().get(0);
    assertThat(office.element()).contains(Selector.Element.COMPONENT);
    assertThat(office.exposure()).containsExactly(Exposure.INTERNAL);
    assertThat(office.trustBelow()).hasValue(70);
    assertThat(office.outsider()).contains(false);
    assertThat(profiles.get(1).origin()).as("the default origin").isEqualTo("internet");
    assertThat(profiles.get(1).skill()).isEqualTo(Skill.INTERMEDIATE);
  }

  @Test
  void everyProblemIsReportedWhereItWasWritten() {
    Path file = FILES.resolve("broken.yaml");
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> Profiles.read(file));
    String at = file.toString();
    assertThat(e.problems())
        .containsExactly(
            at + ":3:5: a profile needs 'starts-at' or 'reaches': somewhere to begin",
            at
                + ":3:9: profile id 'Rogue DBA' must be lower-case letters, digits and '-' (at most"
                + " 64)",
            at
                + ":5:5: unknown key 'start-at' in a profile; did you mean 'starts-at'? allowed:"
                + " id, title, description, origin, origin-trust, starts-at, reaches, credentials,"
                + " skill",
            at
                + ":7:12: 'guru' is not allowed for 'skill'; allowed: novice, intermediate,"
                + " expert",
            at + ":8:19: 'origin-trust' must be a whole number from 0 to 100",
            at
                + ":12:31: unknown key 'colour' in a selector; allowed: is, ids, actor-kinds,"
                + " component-kinds, exposure, zones, trust-below, trust-at-least, outsider",
            at
                + ":13:9: expected a selector: a mapping with at least one of is, ids,"
                + " actor-kinds, component-kinds, exposure, zones, trust-below, trust-at-least,"
                + " outsider",
            at + ":14:9: a second profile with id 'fine'",
            at + ":15:12: 'title' must not be empty",
            at + ":16:16: 'starts-at' must be a list of at least one selector");
    assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems()));
  }

  @Test
  void aMisspeltKindSuggestsTheRightOne() {
    ProfileException e =
        parseFails(
            """
            bulwark-profiles: 1
            profiles:
              - id: x
                title: X
                starts-at:
                  - { actor-kinds: [admn], component-kinds: build-pipline }
            """);
    assertThat(e.problems())
        .containsExactly(
            "p.yaml:6:25: 'admn' is not allowed for 'actor-kinds'; did you mean 'admin'? allowed:"
                + " user, staff, admin, system, device, attacker",
            "p.yaml:6:49: 'build-pipline' is not allowed for 'component-kinds'; did you mean"
                + " 'build-pipeline'? allowed: "
                + String.join(
                    ", ",
                    java.util.Arrays.stream(ComponentKind.values())
                        .map(dev.bulwark.model.Wire::name)
                        .toList()));
  }

  @Test
  void aFileThatIsNotYamlSaysWhere() {
    assertThat(parseFails("bulwark-profiles: 1\nprofiles: [\n").problems())
        .singleElement()
        .asString()
        .startsWith("p.yaml:3:1: not YAML: ");
    assertThat(parseFails("a: b\n---\nc: d\n").problems())
        .singleElement()
        .asString()
        .startsWith("p.yaml:")
        .contains("not YAML");
  }

  @Test
  void theFormatLineIsRequiredAndChecked() {
    assertThat(
            parseFails("profiles:\n  - { id: x, title: X, starts-at: [{ ids: [a] }] }\n")
                .problems())
        .containsExactly("p.yaml:1:1: 'bulwark-profiles: 1' is missing (the format version)");
    assertThat(
            parseFails(
                    "bulwark-profiles: 2\nprofiles:\n  - { id: x, title: X, starts-at: [{ ids: [a] }] }\n")
                .problems())
        .containsExactly("p.yaml:1:19: this build reads bulwark-profiles 1 only");
  }

  @Test
  void emptyBinaryAndOversizedFilesAreRefused() {
    assertThat(parseFails("").problems())
        .containsExactly(
            "p.yaml:1:1: expected a mapping with 'bulwark-profiles: 1' and 'profiles'");
    assertThat(parseFails("- a\n").problems())
        .containsExactly(
            "p.yaml:1:1: expected a mapping with 'bulwark-profiles: 1' and 'profiles'");
    assertThatThrownBy(() -> Profiles.parse("p.yaml", new byte[] {'a', ':', (byte) 0xC3, 0x28}))
        .isInstanceOf(ProfileException.class)
        .hasMessage("p.yaml:1:1: the file is not UTF-8 text");
    assertThatThrownBy(() -> Profiles.parse("p.yaml", "a: \0\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("p.yaml:1:1: the file contains a NUL byte, so it is not YAML text");
    assertThatThrownBy(() -> Profiles.parse("p.yaml", new byte[(1 << 20) + 1]))
        .hasMessage("p.yaml:1:1: the file is larger than 1 MiB; a profiles file is small");
  }

  @Test
  void aFileHoldsAtMostTwentyProfiles() {
    StringBuilder text = new StringBuilder("bulwark-profiles: 1\nprofiles:\n");
    IntStream.range(0, 21)
        .forEach(i ->
            text.append("  - { id: p").append(i).append(", title: P, reaches: [{ ids: [a] }] }\n"));
    assertThat(parseFails(text.toString()).problems())
        .containsExactly("p.yaml:23:5: at most 20 profiles in a file");
  }

  @Test
  void aKeyGivenTwiceIsAnError() {
    assertThat(
            parseFails(
                    """
                    bulwark-profiles: 1
                    profiles:
                      - id: x
                        id: y
                        title: X
                        reaches: [{ ids: [a] }]
                    """)
                .problems())
        .containsExactly("p.yaml:4:5: 'id' is given twice");
  }

  @Test
  void aUserProfileWithABuiltInIdTakesItsPlace() {
    List<AttackerProfile> own = Profiles.read(FILES.resolve("rogue-dba.yaml"));
    List<AttackerProfile> merged = Profiles.merge(Profiles.builtIn(), own);
    assertThat(merged)
        .extracting(AttackerProfile::id)
        .containsExactly(
            "anonymous", "customer", "partner", "insider", "compromised-ci", "rogue-dba");
    assertThat(merged.get(3).title()).isEqualTo("Insider on the office network");
  }

  private static ProfileException parseFails(String text) {
    return catchThrowableOfType(
        ProfileException.class,
        () -> Profiles.parse("p.yaml", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Selector selector(
      List<String> ids,
      List<ActorKind> actorKinds,
      List<ComponentKind> componentKinds,
      List<Exposure> exposure,
      List<String> zones,
      OptionalInt below,
      OptionalInt atLeast,
      Optional<Boolean> outsider,
      Optional<Selector.Element> element) {
    return new Selector(
        ids, actorKinds, componentKinds, exposure, zones, below, atLeast, outsider, element);
  }
}
