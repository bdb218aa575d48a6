package dev.bulwark.report.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOT and Mermaid output is well-formed for its reader: every line is one of the statements the
 * renderers write, strings and labels are closed, blocks balance, identifiers are safe. Checked on
 * the examples and on random models whose text tries to break out.
 */
class TextFormatsTest {
  static List<String> examples() {
    return ReportFixtures.EXAMPLES;
  }

  @Test
  void renderersNameTheirFormats() {
    assertThat(new DotReport().format()).isEqualTo(ReportFormat.DOT);
    assertThat(new MermaidReport().format()).isEqualTo(ReportFormat.MERMAID);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void examplesAreWellFormed(String name) {
    Digest digest = Digests.example(name);
    SystemView view = digest.input().view();
    String dot = new DotReport().renderToString(digest);
    String mermaid = new MermaidReport().renderToString(digest);
    assertDotStructure(dot);
    assertMermaidStructure(mermaid);
    // one node per element, one edge per flow, one cluster / subgraph per zone
    assertThat(count(dot, "(?m)^\\s*\"[^\"]*\" \\[label=")).isEqualTo(view.nodes().size());
    assertThat(count(dot, "(?m)^\\s*\"[^\"]*\" -> ")).isEqualTo(view.interactions().size());
    assertThat(count(dot, "(?m)^\\s*subgraph \"cluster_")).isEqualTo(view.zones().size());
    assertThat(count(mermaid, "(?m)^\\s*n\\d+[\\[(]")).isEqualTo(view.nodes().size());
    assertThat(count(mermaid, "(?m)^\\s*n\\d+ -\\.?->\\|")).isEqualTo(view.interactions().size());
    assertThat(count(mermaid, "(?m)^\\s*subgraph z\\d+\\[")).isEqualTo(view.zones().size());
    long crossing = view.interactions().stream().filter(i -> i.crossesBoundary()).count();
    assertThat(count(mermaid, " -\\.->\\|")).isEqualTo(crossing);
    assertThat(count(dot, "style=dashed, color=\"#c92a2a\"")).isEqualTo(crossing);
  }

  @Property(tries = 80)
  void randomModelsWithHostileTextAreWellFormed(
      @ForAll @IntRange(min = 0, max = 6) int zones,
      @ForAll @IntRange(min = 0, max = 4) int actors,
      @ForAll @IntRange(min = 0, max = 12) int components,
      @ForAll @IntRange(min = 0, max = 25) int flows,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Model model = TestModels.random(new TestModels.Spec(zones, actors, components, flows, 2, seed));
    SystemView view = SystemView.of(model);
    Graph graph = FlowGraphs.whole(view, TestModels.severities(model, seed));
    StringWriter dot = new StringWriter();
    StringWriter mermaid = new StringWriter();
    try {
      DotReport.write(graph, dot);
      MermaidReport.write(graph, mermaid);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertDotStructure(dot.toString());
    assertMermaidStructure(mermaid.toString());
    assertThat(mermaid.toString()).doesNotContain("<script", "%%{");
    assertThat(mermaid.toString()).doesNotContainPattern("(?m)^\\s*click");
  }

  private static final Pattern DOT_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern DOT_ATTRS =
      Pattern.compile("\\[(?:[a-z]+=(?:S|[0-9.]+|[A-Za-z]+)(?:, )?)*\\]");
  private static final List<Pattern> DOT_LINES =
      List.of(
          Pattern.compile("digraph S \\{"),
          Pattern.compile("(graph|node|edge) A;"),
          Pattern.compile("subgraph S \\{"),
          Pattern.compile("\\}"),
          Pattern.compile("(label|tooltip)=S;"),
          Pattern.compile("style=S; color=S; fillcolor=S;"),
          Pattern.compile("S A;"),
          Pattern.compile("S -> S A;"));

  /**
   * Every line of DOT is a statement the renderer writes, with each string closed: strings are
   * replaced by S and attribute lists by A before matching. Braces balance.
   */
  static void assertDotStructure(String dot) {
    int depth = 0;
    for (String line : dot.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      String shape = DOT_STRING.matcher(line.strip()).replaceAll("S");
      assertThat(shape).as("strings close on line %s", line).doesNotContain("\"");
      shape = DOT_ATTRS.matcher(shape).replaceAll("A");
      String statement = shape;
      assertThat(DOT_LINES.stream().anyMatch(p -> p.matcher(statement).matches()))
          .as("a known DOT statement: %s (from %s)", statement, line)
          .isTrue();
      depth += statement.endsWith("{") ? 1 : statement.equals("}") ? -1 : 0;
      assertThat(depth).isNotNegative();
    }
    assertThat(depth).as("braces balance").isZero();
    assertThat(dot).endsWith("}\n");
  }

  private static final String ID = "[A-Za-z][A-Za-z0-9_]*";
  private static final String LABEL = "\"([^\"]*)\"";
  private static final List<Pattern> MERMAID_LINES =
      List.of(
          Pattern.compile("flowchart LR"),
          Pattern.compile("subgraph (" + ID + ")\\[" + LABEL + "\\]"),
          Pattern.compile("end"),
          Pattern.compile(
              "("
                  + ID
                  + ")(?:\\[|\\(|\\[\\(|\\[\\[|\\[/|\\[\\\\)"
                  + LABEL
                  + "(?:\\]|\\)|\\)\\]|\\]\\]|/\\]|\\\\\\])"),
          Pattern.compile("(" + ID + ") -\\.?->\\|" + LABEL + "\\| (" + ID + ")"),
          Pattern.compile("classDef (" + ID + ") [a-z-]+:[^,;\"]+(?:,[a-z-]+:[^,;\"]+)*"),
          Pattern.compile("class (" + ID + "(?:," + ID + ")*) (" + ID + ")"),
          Pattern.compile("linkStyle \\d+(?:,\\d+)* stroke:#[0-9a-f]{6},stroke-width:[0-9.]+px"));
  private static final Pattern ENTITY = Pattern.compile("#(?:[a-z]+|\\d+);");

  /**
   * Every line of Mermaid is a statement the renderer writes; identifiers are safe; labels are
   * closed and hold no quote, angle bracket (but the renderer's own line break), pipe or bare '#';
   * subgraphs close; the only comment is the renderer's own.
   */
  static void assertMermaidStructure(String mermaid) {
    Deque<String> open = new ArrayDeque<>();
    Set<String> nodes = new HashSet<>();
    boolean header = false;
    for (String raw : mermaid.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("%%")) {
        assertThat(line).isEqualTo("%% Data-flow diagram written by Bulwark");
        continue;
      }
      Matcher matched = null;
      for (Pattern p : MERMAID_LINES) {
        Matcher m = p.matcher(line);
        if (m.matches()) {
          matched = m;
          break;
        }
      }
      assertThat(matched).as("a known Mermaid statement: %s", line).isNotNull();
      if (line.equals("flowchart LR")) {
        assertThat(header).as("one header").isFalse();
        header = true;
        continue;
      }
      assertThat(header).as("the header comes first").isTrue();
      if (line.startsWith("subgraph ")) {
        open.push(matched.group(1));
        label(matched.group(2));
      } else if (line.equals("end")) {
        assertThat(open).as("an 'end' closes a subgraph").isNotEmpty();
        open.pop();
      } else if (line.contains("->|")) {
        label(matched.group(2));
        assertThat(nodes).contains(matched.group(1), matched.group(3));
      } else if (!line.startsWith("class") && !line.startsWith("linkStyle")) {
        nodes.add(matched.group(1));
        label(matched.group(2));
      }
    }
    assertThat(open).as("every subgraph ends").isEmpty();
    assertThat(header).isTrue();
  }

  private static void label(String text) {
    String plain = text.replace("<br>", "");
    assertThat(plain).doesNotContain("<", ">", "\"", "|", "`", "\n");
    String withoutEntities = ENTITY.matcher(plain).replaceAll("");
    assertThat(withoutEntities)
        .as("every '#' starts an entity code in %s", text)
        .doesNotContain("#");
    assertThat(withoutEntities).doesNotContain(";");
  }

  private static long count(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().count();
  }
}
