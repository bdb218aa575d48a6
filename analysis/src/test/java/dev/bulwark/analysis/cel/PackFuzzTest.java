package dev.bulwark.analysis.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a pack file holds, reading it yields a pack or problems, never an exception. */
class PackFuzzTest {
  private static final String VALID =
      read("acme-baseline.yaml")
          + read("disable-and-replace.yaml").replace("bulwark-rules: 1\nid: acme-overrides\n", "");
  private static final String ALPHABET =
      " \n\t-:#{}[],'\"|>&*!%@`?\\.0123456789abcdefghijklmnopqrstuvwxyzACEHPTW=<()+_é🙂";

  @Property(tries = 200)
  void arbitraryTextYieldsProblemsNotExceptions(@ForAll("text") String text) {
    assertReadsSafely(text);
  }

  @Property(tries = 200)
  void aMutatedPackYieldsProblemsNotExceptions(@ForAll("mutated") String text) {
    assertReadsSafely(text);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(300);
  }

  /** The valid packs with a few characters replaced, inserted or deleted. */
  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length() - 1);
    Arbitrary<String> insert =
        Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(4);
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 4);
    Arbitrary<String> once =
        Combinators.combine(at, insert, cut)
            .as((i, s, n) ->
                VALID.substring(0, i) + s + VALID.substring(Math.min(VALID.length(), i + n)));
    return once.list().ofMinSize(1).ofMaxSize(3).map(edits -> edits.get(edits.size() - 1));
  }

  private static void assertReadsSafely(String text) {
    List<PackProblem> problems = new ArrayList<>();
    Optional<PackParser.Pack> pack =
        PackParser.parse(
            Path.of("fuzz.yaml"),
            text.getBytes(StandardCharsets.UTF_8),
            new Evaluations(),
            problems);
    assertThat(pack.isPresent() || !problems.isEmpty())
        .as("a pack, or the problems that stopped it")
        .isTrue();
    assertThat(pack.isPresent() && !problems.isEmpty()).as("not both").isFalse();
    for (PackProblem problem : problems) {
      assertThat(problem.toString()).startsWith("fuzz.yaml");
    }
  }

  private static String read(String name) {
    try {
      return Files.readString(Path.of("src", "test", "resources", "packs", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
