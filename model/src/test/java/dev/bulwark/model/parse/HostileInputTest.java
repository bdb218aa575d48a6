package dev.bulwark.model.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Covers;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input written to hurt: each gives one problem with the right code, place and limit, never an
 * exception, a hang or a stack overflow. The time-outs only guard against hangs; they are not a
 * speed check.
 */
class HostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);
  private static final String FILE = "hostile.yaml";

  private static ParseResult parse(byte[] bytes, ParseLimits limits) {
    return assertTimeoutPreemptively(
        HANG_GUARD, () -> ModelParser.parse(FILE, bytes, limits), "parsing hung");
  }

  private static ParseResult parse(String text, ParseLimits limits) {
    return parse(text.getBytes(StandardCharsets.UTF_8), limits);
  }

  private static ParseResult parse(String text) {
    return parse(text, ParseLimits.DEFAULTS);
  }

  /** The one problem of a result, as {@code code line:col}; fails when there is not exactly one. */
  private static Problem only(ParseResult result) {
    assertThat(result.problems()).as("problems").hasSize(1);
    return result.problems().getFirst();
  }

  private static String codeAt(Problem problem) {
    assertThat(problem.position().file()).isEqualTo(FILE);
    return problem.type().code()
        + " "
        + problem.position().line()
        + ":"
        + problem.position().column();
  }

  private static String repeat(String text, int times) {
    return String.join("", Collections.nCopies(times, text));
  }

  /** The classic bomb: 9 levels of 10 aliases each; 80 aliases, 10^9 nodes expanded. */
  private static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("a: &a [" + repeat("lol, ", 9) + "lol]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      char previous = (char) (level - 1);
      yaml.append(level)
          .append(": &")
          .append(level)
          .append(" [")
          .append(repeat("*" + previous + ", ", 9))
          .append('*')
          .append(previous)
          .append("]\n");
    }
    return yaml.toString();
  }

  @Test
  void billionLaughsStopsAtTheNodeLimitOnTheAliasThatCrossesIt() {
    // Expanded sizes: a 11, b 111, ..., f 1,111,111 nodes; with the keys a–g, 1,234,573 nodes
    // come before g's list, and its 4th alias (*f in column 20 of line 7) passes 5,000,000.
    Problem problem = only(parse(billionLaughs()));

    assertThat(codeAt(problem)).isEqualTo("document-too-large 7:20");
    assertThat(problem.message()).contains("5000000");
  }

  @Test
  void aBombWithFewAliasesStillHitsTheNodeLimit() {
    String bomb = billionLaughs();
    assertThat(bomb.chars().filter(c -> c == '*').count()).isEqualTo(80L).isLessThan(100L);
    // with a node limit of 1,000: a's key, 10 items and list are 12 nodes; b's key 13; b's 10
    // aliases of 11 nodes and its list end at 124; c's key is 125, and each *b adds 111:
    // 125 + 8 × 111 = 1,013 passes 1,000 at c's 8th alias.
    Problem problem = only(parse(bomb, ParseLimits.DEFAULTS.withMaxNodes(1_000)));

    // "c: &c [" is 7 characters; the 8th "*b, " starts at 8 + 7 × 4 = 36
    assertThat(codeAt(problem)).isEqualTo("document-too-large 3:36");
    assertThat(problem.message()).contains("1000 nodes").contains("node limit");
    assertThat(problem.hint()).contains("--max-nodes");
  }

  @Test
  void tooManyAliasesStopAtTheFirstOneOverTheLimit() {
    // 101 aliases on line 2; "b: [" is 4 characters, each "*a, " 4 more: the 101st is at 405
    String yaml = "a: &a x\nb: [" + repeat("*a, ", 100) + "*a]\n";
    Problem problem = only(parse(yaml));

    assertThat(codeAt(problem)).isEqualTo("too-many-aliases 2:405");
    assertThat(problem.message()).contains("100 aliases").contains("alias limit");
    assertThat(problem.hint()).contains("--max-aliases");
  }

  @Test
  void aRecursiveAliasIsRefused() {
    assertThat(codeAt(only(parse("&a [*a]\n")))).isEqualTo("recursive-alias 1:5");
    assertThat(codeAt(only(parse("a: &a {b: *a}\n")))).isEqualTo("recursive-alias 1:11");
    assertThat(codeAt(only(parse("a: &a\n  - x\n  - [y, *a]\n")))).isEqualTo("recursive-alias 3:9");
  }

  @Test
  void anAliasToAnUndefinedAnchorIsASyntaxError() {
    Problem problem = only(parse("a: *nope\n"));
    assertThat(codeAt(problem)).isEqualTo("syntax-error 1:4");
    assertThat(problem.message()).contains("*nope");
  }

  @Test
  void aHundredThousandOpenBracketsStopAtTheNestingLimit() {
    String deep = repeat("[", 100_000) + repeat("]", 100_000);
    Problem problem = only(parse(deep));

    // the root is the 1st bracket; the 65th is one level too many
    assertThat(codeAt(problem)).isEqualTo("nesting-too-deep 1:65");
    assertThat(problem.message()).contains("64 levels").contains("nesting limit");
    assertThat(problem.hint()).contains("--max-nesting");
  }

  @Test
  void deepFlowMappingsStopAtTheNestingLimit() {
    String deep = repeat("{a: ", 100_000) + "x" + repeat("}", 100_000);
    // each "{a: " is 4 characters: the 65th '{' is in column 4 × 64 + 1 = 257
    assertThat(codeAt(only(parse(deep)))).isEqualTo("nesting-too-deep 1:257");
  }

  @Test
  void deepBlockMappingsStopAtTheNestingLimit() {
    StringBuilder yaml = new StringBuilder();
    for (int level = 0; level < 1_000; level++) {
      yaml.append("  ".repeat(level)).append("a:\n");
    }
    // the mapping of level k starts on line k, column 2k - 1: level 65 is at 65:129
    assertThat(codeAt(only(parse(yaml.toString())))).isEqualTo("nesting-too-deep 65:129");
  }

  @Test
  void deepBlockSequencesStopAtTheNestingLimit() {
    String yaml = repeat("- ", 1_000) + "x\n";
    assertThat(codeAt(only(parse(yaml)))).isEqualTo("nesting-too-deep 1:129");
  }

  @Test
  void theNestingLimitCanBeRaised() {
    String deep = repeat("[", 100) + repeat("]", 100);
    ParseResult result = parse(deep, ParseLimits.DEFAULTS.withMaxNesting(100));
    // read to the end; only the root's type is wrong
    assertThat(codeAt(only(result))).isEqualTo("wrong-type 1:1");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeReading() {
    byte[] bytes = ("title: " + "x".repeat(994)).getBytes(StandardCharsets.UTF_8);
    assertThat(bytes).hasSize(1_001);
    Problem problem = only(parse(bytes, ParseLimits.DEFAULTS.withMaxFileBytes(1_000)));

    assertThat(codeAt(problem)).isEqualTo("file-too-large 1:1");
    assertThat(problem.message()).contains("1001 bytes").contains("limit of 1000");
    assertThat(problem.hint()).contains("--max-file-size");
  }

  @Test
  void aFileExactlyAtTheSizeLimitIsRead() {
    byte[] bytes = ("title: " + "x".repeat(993)).getBytes(StandardCharsets.UTF_8);
    ParseResult result = parse(bytes, ParseLimits.DEFAULTS.withMaxFileBytes(1_000));
    assertThat(result.problems()).noneMatch(p -> p.type() == ProblemType.FILE_TOO_LARGE);
  }

  @Test
  void theLoaderChecksTheSizeBeforeReadingTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, "title: " + "x".repeat(2_000));
    LoadResult result =
        ModelLoader.load(
            file,
            LoadOptions.DEFAULTS
                .withProjectRoot(dir)
                .withLimits(ParseLimits.DEFAULTS.withMaxFileBytes(1_024)));

    assertThat(result.problems()).hasSize(1);
    Problem problem = result.problems().getFirst();
    assertThat(problem.type()).isEqualTo(ProblemType.FILE_TOO_LARGE);
    assertThat(problem.position().toString()).isEqualTo(file + ":1:1");
    assertThat(problem.message()).contains("2007 bytes").contains("limit of 1024");
  }

  @Test
  void aDuplicateKeyIsReportedAtTheSecondKeyNamingTheFirstLine() {
    Problem problem = only(parse("bulwark: 1\nid: a\ntitle: A\nid: b\n"));

    assertThat(codeAt(problem)).isEqualTo("duplicate-key 4:1");
    assertThat(problem.message()).contains("'id'").contains("first at line 2");
  }

  @Test
  void aDuplicateKeyInAFlowMappingIsFoundToo() {
    Problem problem =
        only(
            parse(
                "bulwark: 1\nid: a\ntitle: A\nbusiness: {criticality: low, criticality: high}\n"));

    // "business: {criticality: low, " is 29 characters
    assertThat(codeAt(problem)).isEqualTo("duplicate-key 4:30");
    assertThat(problem.message()).contains("first at line 4");
  }

  @Test
  @Covers(ProblemType.INVALID_ENCODING)
  void aByteThatIsNotUtf8IsReportedWhereItIs() {
    byte[] bytes = bytes("title: caf", 0xE9, "\n");
    Problem problem = only(parse(bytes, ParseLimits.DEFAULTS));

    assertThat(codeAt(problem)).isEqualTo("invalid-encoding 1:11");
    assertThat(problem.message()).contains("0xE9").contains("offset 10");
  }

  @Test
  @Covers(ProblemType.INVALID_ENCODING)
  void theColumnOfABadByteCountsCharactersNotBytes() {
    // line 2: "title: é😀 caf" then 0xE9: é is 2 bytes and 😀 4 bytes, but one character each
    byte[] bytes = bytes("id: x\ntitle: é\uD83D\uDE00 caf", 0xE9, "\n");
    Problem problem = only(parse(bytes, ParseLimits.DEFAULTS));

    assertThat(codeAt(problem)).isEqualTo("invalid-encoding 2:14");
    assertThat(problem.message()).contains("offset 23");
  }

  @Test
  @Covers(ProblemType.INVALID_ENCODING)
  void aTruncatedOrOverlongSequenceIsInvalid() {
    assertThat(codeAt(only(parse(bytes("a: b", 0xC3), ParseLimits.DEFAULTS))))
        .isEqualTo("invalid-encoding 1:5");
    assertThat(codeAt(only(parse(bytes("a: ", 0xC0, 0xAF, "\n"), ParseLimits.DEFAULTS))))
        .isEqualTo("invalid-encoding 1:4");
  }

  @Test
  @Covers(ProblemType.NUL_BYTE)
  void aNulByteMarksABinaryFile() {
    Problem problem = only(parse(bytes("bulwark: 1\nid: a", 0x00, "b\n"), ParseLimits.DEFAULTS));

    assertThat(codeAt(problem)).isEqualTo("nul-byte 2:6");
    assertThat(problem.message()).contains("NUL");
  }

  @Test
  @Covers(ProblemType.INVALID_ENCODING)
  void utf16IsRefusedByItsByteOrderMark() {
    byte[] bigEndian = withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, "bulwark: 1", "UTF-16BE");
    byte[] littleEndian =
        withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, "bulwark: 1", "UTF-16LE");

    for (byte[] bytes : new byte[][] {bigEndian, littleEndian}) {
      Problem problem = only(parse(bytes, ParseLimits.DEFAULTS));
      assertThat(codeAt(problem)).isEqualTo("invalid-encoding 1:1");
      assertThat(problem.message()).contains("UTF-16");
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsAcceptedAndTakesNoColumn() {
    byte[] bytes =
        withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bulwark: 2\n", "UTF-8");
    assertThat(codeAt(only(parse(bytes, ParseLimits.DEFAULTS))))
        .isEqualTo("unsupported-version 1:10");
  }

  @Test
  void aCustomTagIsRefused() {
    Problem problem = only(parse("bulwark: 1\nid: a\ntitle: !foo x\n"));
    assertThat(codeAt(problem)).isEqualTo("unsupported-tag 3:8");
    assertThat(problem.message()).contains("!foo");

    assertThat(codeAt(only(parse("zones: !foo []\n")))).isEqualTo("unsupported-tag 1:8");
    assertThat(only(parse("title: !!binary aGk=\n")).message())
        .contains("tag:yaml.org,2002:binary");
  }

  @Test
  void standardTagsAreAccepted() {
    ParseResult result =
        parse("bulwark: !!int 1\nid: !!str a\ntitle: A\nbusiness: !!map {criticality: low}\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.model()).isPresent();
  }

  @Test
  void aSecondDocumentIsRefused() {
    Problem problem = only(parse("bulwark: 1\n---\nid: b\n"));
    assertThat(codeAt(problem)).isEqualTo("multiple-documents 2:1");

    assertThat(codeAt(only(parse("---\nbulwark: 1\n...\n---\nid: b\n"))))
        .isEqualTo("multiple-documents 4:1");
  }

  @Test
  void anEmptyFileIsNotAModel() {
    for (String empty : new String[] {"", "\n\n", "# only a comment\n"}) {
      Problem problem = only(parse(empty));
      assertThat(codeAt(problem)).as(empty).isEqualTo("wrong-type 1:1");
      assertThat(problem.message()).contains("nothing");
    }
    // after an explicit '---' the empty value stands after the marker, at the next line
    assertThat(codeAt(only(parse("---\n")))).isEqualTo("wrong-type 2:1");
  }

  @Test
  void aScalarOrAListIsNotAModel() {
    assertThat(only(parse("hello\n")).message()).contains("found text");
    assertThat(codeAt(only(parse("\n\n  hello\n")))).isEqualTo("wrong-type 3:3");
    assertThat(only(parse("- a\n- b\n")).message()).contains("found a list");
    assertThat(only(parse("42")).message()).contains("found a number");
  }

  @Test
  void aControlCharacterIsASyntaxError() {
    Problem problem = only(parse("bulwark: 1\ntitle: a\u0007b\n"));

    assertThat(codeAt(problem)).isEqualTo("syntax-error 2:9");
    assertThat(problem.message()).contains("U+0007");
  }

  @Test
  void theColumnOfAControlCharacterCountsCharactersNotUtf16Units() {
    // "title: 😀" is 8 characters (the emoji is two Java chars): the BEL is in column 9
    assertThat(codeAt(only(parse("title: \uD83D\uDE00\u0007\n")))).isEqualTo("syntax-error 1:9");
  }

  @Test
  void aKeyThatIsACollectionIsRefusedWhereItIsWritten() {
    assertThat(codeAt(only(parse("? [a]\n: b\n")))).isEqualTo("wrong-type 1:3");
    // an alias used as a key is reported at the alias, not at its anchor
    assertThat(codeAt(only(parse("x: &k [1]\n*k : 2\n")))).isEqualTo("wrong-type 2:1");
  }

  @Test
  void limitsNameTheirValueInTheMessage() {
    ParseLimits small = new ParseLimits(50, 3, 1, 20, 1);
    assertThat(only(parse("title: " + "x".repeat(60), small)).message()).contains("50");
    assertThat(only(parse("a: [[[x]]]", small)).message()).contains("3 levels");
    assertThat(only(parse("a: &a x\nb: [*a, *a]", small)).message()).contains("1 aliases");
    assertThat(
            only(parse("a: [" + repeat("1, ", 30) + "1]", small.withMaxFileBytes(1_000))).message())
        .contains("20 nodes");
  }

  @Test
  void noInputThrows() {
    String[] nasty = {
      "{",
      "[",
      "]",
      "}",
      ":",
      "- - -",
      "&",
      "*",
      "!",
      "%YAML 1.1\n---\na: 1",
      "%TAG ! tag:x,2000:\n---\n!a b",
      "a: |\n  x\n y",
      "'unterminated",
      "\"\\u12\"",
      "a: b: c",
      "\t- x",
      "? ? ?",
      "a:\n\t- b",
      "\uFEFF\uFEFF",
      "a: \uD800",
      "<<: *x",
      "a: &a b\n<<: *a"
    };
    for (String text : nasty) {
      ParseResult result = parse(text);
      assertThat(result.problems()).as(text).isNotEmpty();
    }
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  private static byte[] withPrefix(byte[] prefix, String text, String charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix);
    out.writeBytes(text.getBytes(java.nio.charset.Charset.forName(charset)));
    return out.toByteArray();
  }
}
