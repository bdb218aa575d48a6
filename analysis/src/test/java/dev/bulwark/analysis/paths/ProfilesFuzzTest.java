package dev.bulwark.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a profiles file holds, reading it yields profiles or a {@link ProfileException} whose
 * every problem names the file and a place, never another exception. {@link #readsSafely} is the
 * fuzz target; jqwik drives it here with random bytes, random YAML-ish text and mutations of valid
 * files.
 */
class ProfilesFuzzTest {
  private static final String VALID =
      read("../../../main/resources/dev/bulwark/analysis/paths/profiles.yaml")
          + read("profiles/rogue-dba.yaml").replace("bulwark-profiles: 1\nprofiles:\n", "");
  private static final String ALPHABET =
      " \n\t-:#{}[],'\"|>&*!%@`?\\.0123456789abcdefghijklmnopqrstuvwxyzAEIP_=<()+é🙂";

  @Property(tries = 300)
  void arbitraryBytesYieldProfilesOrProblems(@ForAll byte[] input) {
    readsSafely(input);
  }

  @Property(tries = 300)
  void arbitraryTextYieldsProfilesOrProblems(@ForAll("text") String text) {
    readsSafely(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 500)
  void aMutatedFileYieldsProfilesOrProblems(@ForAll("mutated") String text) {
    readsSafely(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The fuzz target: any input gives profiles, or problems that each say where. */
  static void readsSafely(byte[] input) {
    try {
      List<AttackerProfile> profiles = Profiles.parse("fuzz.yaml", input);
      assertThat(profiles).isNotEmpty().doesNotContainNull();
    } catch (ProfileException e) {
      assertThat(e.problems()).isNotEmpty();
      for (String problem : e.problems()) {
        assertThat(problem).matches("(?s)fuzz\\.yaml:[0-9]+:[0-9]+: .+");
      }
    }
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(300);
  }

  /** The valid files with a few characters replaced, inserted or deleted. */
  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length() - 1);
    Arbitrary<String> insert =
        Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(4);
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 6);
    return Combinators.combine(at, insert, cut)
        .as((i, s, n) ->
            VALID.substring(0, i) + s + VALID.substring(Math.min(VALID.length(), i + n)));
  }

  private static String read(String name) {
    try {
      return Files.readString(Path.of("src", "test", "resources", "paths").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
