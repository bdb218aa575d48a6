package dev.bulwark.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.bulwark.model.Golden;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.ReportInput;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Markdown report: golden files, caps for large models, and hostile text rendered inert. */
class MarkdownReportTest {
  private static final Map<String, Digest> DIGESTS = new ConcurrentHashMap<>();
  private static final MarkdownReport MD = new MarkdownReport();

  /** The start of a threat described in detail: "- **High** · title · `fingerprint`". */
  private static final Pattern DETAIL =
      Pattern.compile("(?m)^- \\*\\*(Critical|High|Elevated|Medium|Low)\\*\\* · .* · `([^`]+)`");

  static Digest digest(String name) {
    return DIGESTS.computeIfAbsent(
        name,
        n -> Digest.of(n.equals("hostile") ? ReportFixtures.hostile() : ReportFixtures.example(n)));
  }

  static Stream<String> models() {
    return Stream.concat(ReportFixtures.EXAMPLES.stream(), Stream.of("hostile"));
  }

  @ParameterizedTest
  @MethodSource("models")
  void matchesGolden(String name) {
    Golden.assertMatches("md/" + name + ".md", MD.renderToString(digest(name)));
  }

  @ParameterizedTest
  @MethodSource("models")
  void tableRowsHaveAsManyCellsAsTheirHeader(String name) {
    int expected = -1;
    for (String line : MD.renderToString(digest(name)).split("\n", -1)) {
      if (!line.startsWith("|")) {
        expected = -1;
        continue;
      }
      int pipes = unescapedPipes(line);
      if (expected < 0) {
        expected = pipes;
      }
      assertThat(pipes).as(line).isEqualTo(expected);
    }
  }

  @Test
  void hostileTextIsInert() {
    String whole = MD.renderToString(digest("hostile"));
    // The Mermaid block is code to every renderer but Mermaid's, which reads <br> as a line break.
    String mermaid =
        whole.substring(
            whole.indexOf("```mermaid\n"),
            whole.indexOf("```\n", whole.indexOf("```mermaid\n") + 3) + 4);
    assertThat(mermaid.replace("<br>", "")).doesNotContain("<", "click ", "javascript:");
    String md = whole.replace(mermaid, "");
    assertThat(md.toLowerCase(Locale.ROOT))
        .doesNotContain("<script", "<img", "<svg", "<iframe", "<marquee", "<u>", "<a ", "<b ");
    assertThat(Pattern.compile("<[A-Za-z/!?]").matcher(md).find()).as("an HTML tag").isFalse();
    assertThat(Pattern.compile("(?<!\\\\)\\]\\(javascript:").matcher(md).find()).isFalse();
    // Every link that opens is one of ours: a MITRE reference.
    Matcher open = Pattern.compile("(?<!\\\\)\\[").matcher(md);
    while (open.find()) {
      assertThat(md.substring(open.start())).matches("(?s)\\[(CWE-|CAPEC-|ATT&CK ).*");
    }
    // The hostile text is printed, escaped: the model's description, a technology, a threat.
    assertThat(md)
        .contains("&lt;img src=x onerror=alert(1)&gt; \\[click\\](javascript:alert(1))")
        .contains("\\]\\] {{")
        .contains("&lt;script&gt;alert('threat')&lt;/script&gt;");
    assertThat(md).contains("\\| pipe");
    assertThat(md).doesNotContain("```");
  }

  @Test
  void pipesAndLineBreaksInModelTextKeepTableRowsWhole(@TempDir Path dir) throws IOException {
    // Hand-written threats put their title in the top-risks, accepted and decided tables.
    Path file = dir.resolve("bulwark.yaml");
    Files.writeString(
        file,
        """
        bulwark: 1
        id: pipes
        title: "Pipes | everywhere"
        owner: team
        zones:
          - id: dmz
            trust: 40
        components:
          - id: web
            kind: web-app
            zone: dmz
            exposure: internet
        threats:
          - id: open-one
            title: "first | second\\nthird\\r\\nfourth"
            affects: [web]
            severity: high
          - id: accepted-one
            title: "a|b|c"
            affects: [web]
            severity: medium
        triage:
          - threat: accepted-one
            status: accepted
            why: "because | reasons\\nmore"
            by: "x | y"
            until: 2027-01-01
        """);
    String md = MD.renderToString(Digest.of(ReportFixtures.analyse(file)));
    assertThat(md)
        .contains("| first \\| second third fourth |")
        .contains(
            "| a\\|b\\|c | `accepted-one` | x \\| y | 2027-01-01 | because \\| reasons more |");
    int header = -1;
    for (String line : md.split("\n", -1)) {
      header = !line.startsWith("|") ? -1 : header < 0 ? unescapedPipes(line) : header;
      if (line.startsWith("|")) {
        assertThat(unescapedPipes(line)).as(line).isEqualTo(header);
      }
    }
  }

  @Test
  void theOnlineShopSummaryNamesItsAcceptanceAndDecisions() {
    String md = MD.renderToString(digest("online-shop"));
    // As written in examples/online-shop/bulwark.yaml.
    assertThat(md)
        .contains("# Threat model: Online shop")
        .containsPattern("\\| `BW-PRIV-007@session-cache` \\| maria\\.keller \\| 2027-06-30 \\|");
    for (AssessedThreat t : digest("online-shop").input().assessment().threats()) {
      if (!t.isOpen()) {
        assertThat(md).contains("| `" + t.fingerprint() + "` |");
      }
    }
    assertThat(md).doesNotContain("**expired**").contains("## Data-flow diagram\n\n```mermaid\n");
  }

  @Test
  void anExpiredAcceptanceIsFlagged() {
    ReportInput input = ReportFixtures.example("online-shop");
    LocalDate later = LocalDate.of(2027, 7, 1); // the acceptance runs until 2027-06-30
    Assessment reassessed =
        new Assessor(input.rules(), RiskMatrix.DEFAULT, later).assess(input.model(), input.view());
    ReportInput expired =
        new ReportInput(
            input.model(),
            input.view(),
            reassessed,
            input.rules(),
            input.catalogue(),
            input.kb(),
            input.warnings(),
            input.modelFile(),
            input.sourceRoot(),
            later,
            input.generatedAt());
    String md = new MarkdownReport(500).renderToString(Digest.of(expired));
    assertThat(md)
        .contains("**1 acceptance has expired:**")
        .contains("| 2027-06-30 **expired** |")
        .contains("The acceptance expired on 2027-06-30: decide again.");
  }

  @Test
  void everyOpenThreatIsDetailedOnceWhenThereIsRoom() {
    Digest digest = digest("online-shop");
    String md = new MarkdownReport(1_000).renderToString(digest);
    List<String> detailed = detailed(md);
    assertThat(detailed)
        .containsExactlyInAnyOrderElementsOf(
            digest.open().stream().map(AssessedThreat::fingerprint).toList());
    assertThat(md).doesNotContain("more open threat", "highest-risk of");
  }

  @Test
  void largeModelsAreCappedAndTheRestCounted() {
    Digest digest = digest("online-shop");
    int open = digest.open().size();
    String md = new MarkdownReport(5).renderToString(digest);
    assertThat(detailed(md))
        .containsExactlyInAnyOrderElementsOf(
            digest.open().stream().limit(5).map(AssessedThreat::fingerprint).toList());
    assertThat(md).contains("The 5 highest-risk of " + open + " open threats are described here");
    int counted = 0;
    Matcher more = Pattern.compile("(\\d+) more open threats?").matcher(md);
    while (more.find()) {
      counted += Integer.parseInt(more.group(1));
    }
    assertThat(counted).isEqualTo(open - 5);
    assertThat(md).contains("The HTML report and the JSON analysis");
    assertThat(MD.renderToString(digest)).hasSizeLessThan(65_536); // a pull-request comment
  }

  @Test
  void renderingTwiceGivesTheSameText() {
    assertThat(MD.renderToString(Digest.of(ReportFixtures.example("iot-fleet"))))
        .isEqualTo(MD.renderToString(digest("iot-fleet")));
    assertThat(MD.format()).isEqualTo(ReportFormat.MD);
    assertThat(MD.diagram(digest("iot-fleet")))
        .get(STRING)
        .startsWith("```mermaid\n")
        .contains("\nflowchart LR\n")
        .endsWith("```\n");
  }

  private static List<String> detailed(String md) {
    List<String> fingerprints = new ArrayList<>();
    Matcher m = DETAIL.matcher(md);
    while (m.find()) {
      fingerprints.add(m.group(2));
    }
    return fingerprints;
  }

  /** Pipes that split cells: those not preceded by an odd run of backslashes. */
  private static int unescapedPipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '|') {
        int slashes = 0;
        for (int j = i - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
          slashes++;
        }
        count += slashes % 2 == 0 ? 1 : 0;
      }
    }
    return count;
  }
}
