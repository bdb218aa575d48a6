package dev.bulwark.model.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.parse.ParseLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code docs/problems.md} documents every problem code, and only those, and the limits. */
class ProblemsDocTest {
  private static final Path DOC = Path.of("../docs/problems.md");
  private static final Pattern HEADING = Pattern.compile("^### ([a-z-]+)(?: \\(warning\\))?$");

  private static List<String> lines() throws IOException {
    return Files.readAllLines(DOC, StandardCharsets.UTF_8);
  }

  private static List<String> headings() throws IOException {
    return lines().stream()
        .map(HEADING::matcher)
        .filter(Matcher::matches)
        .map(matcher -> matcher.group(1))
        .toList();
  }

  @Test
  void everyCodeHasAHeadingAndEveryHeadingIsACode() throws IOException {
    List<String> codes = Arrays.stream(ProblemType.values()).map(ProblemType::code).toList();
    assertThat(headings()).containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void warningsAreMarkedAsWarnings() throws IOException {
    List<String> marked =
        lines().stream()
            .filter(line -> line.startsWith("### ") && line.endsWith(" (warning)"))
            .map(line -> line.substring(4, line.length() - " (warning)".length()))
            .toList();
    List<String> warnings =
        Arrays.stream(ProblemType.values())
            .filter(type -> type.level() == Level.WARNING)
            .map(ProblemType::code)
            .toList();
    assertThat(marked).containsExactlyInAnyOrderElementsOf(warnings);
  }

  @Test
  void everyCodeHasAnExampleMessageWithItsCode() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (ProblemType type : ProblemType.values()) {
      String level = type.level() == Level.ERROR ? "error" : "warning";
      assertThat(doc).as(type.code()).contains(": " + level + " [" + type.code() + "] ");
    }
  }

  @Test
  void theLimitsAndTheirOptionsAreDocumented() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    ParseLimits defaults = ParseLimits.DEFAULTS;
    assertThat(defaults.maxFileBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(doc)
        .contains("| 64 MiB (67,108,864 bytes) | `--max-file-size`")
        .contains("| " + defaults.maxNesting() + " levels | `--max-nesting`")
        .contains("| " + defaults.maxAliases() + " | `--max-aliases`")
        .contains("| 5,000,000 | `--max-nodes`")
        .contains("| 1,000 | `--max-files`")
        .contains("`--project-root`");
    assertThat(defaults.maxNodes()).isEqualTo(5_000_000L);
    assertThat(defaults.maxFiles()).isEqualTo(1_000);
  }
}
