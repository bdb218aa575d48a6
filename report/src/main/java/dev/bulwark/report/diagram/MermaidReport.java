package dev.bulwark.report.diagram;

import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.TextRenderer;
import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.Paint;
import dev.bulwark.report.diagram.Graph.Vertex;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-flow diagram as a Mermaid flowchart: zones as nested subgraphs, a shape per kind, flows
 * as labelled arrows (dotted and red where they cross a trust boundary), severity as classes.
 * Always the whole model in one chart (Mermaid's default limits, about 500 edges and 50,000
 * characters, must be raised for large models; docs/diagrams.md says how).
 *
 * <p>Model ids never reach the output as identifiers: nodes are {@code n1, n2, …} and subgraphs
 * {@code z1, z2, …} in model order. All model text is inside double quotes with every character
 * Mermaid or the HTML it renders to could read as syntax replaced by an entity code ({@code
 * #quot;}, {@code #lt;}, {@code #35;}, …), so that text can neither close the label, start a
 * Markdown string, nor add a directive.
 */
public final class MermaidReport implements TextRenderer {
  @Override
  public ReportFormat format() {
    return ReportFormat.MERMAID;
  }

  @Override
  public void render(Digest digest, Writer out) throws IOException {
    write(FlowGraphs.whole(digest.input().view(), digest.elementSeverity()), out);
  }

  /** Writes a data-flow graph; the renderer's work once the digest is a graph. */
  static void write(Graph graph, Writer out) throws IOException {
    Map<String, String> ids = new HashMap<>();
    int z = 0;
    for (Box b : graph.boxes()) {
      ids.put(b.key(), "z" + ++z);
    }
    int n = 0;
    for (Vertex v : graph.vertices()) {
      ids.put(v.key(), "n" + ++n);
    }
    Nesting nesting = Nesting.of(graph);
    out.write("%% Data-flow diagram written by Bulwark\n");
    out.write("flowchart LR\n");
    for (Box b : nesting.topBoxes()) {
      subgraph(out, b, 1, ids, nesting);
    }
    for (Vertex v : nesting.topVertices()) {
      node(out, v, 1, ids);
    }
    List<Integer> crossing = new ArrayList<>();
    int index = 0;
    for (Link link : graph.links()) {
      boolean cross = SvgDiagram.crossing(link.style());
      out.write("  " + ids.get(link.from()) + (cross ? " -.->|" : " -->|"));
      out.write("\"" + escape(link.label()) + "\"| " + ids.get(link.to()) + "\n");
      if (cross) {
        crossing.add(index);
      }
      index++;
    }
    classes(out, graph, ids);
    if (!crossing.isEmpty()) {
      out.write("  linkStyle ");
      out.write(String.join(",", crossing.stream().map(String::valueOf).toList()));
      out.write(" stroke:" + Palette.CROSSING + ",stroke-width:1.6px\n");
    }
  }

  private static void subgraph(
      Writer out, Box box, int depth, Map<String, String> ids, Nesting nesting) throws IOException {
    String indent = "  ".repeat(depth);
    out.write(indent + "subgraph " + ids.get(box.key()) + "[\"" + escape(box.label()) + "\"]\n");
    for (Box b : nesting.boxesIn(box)) {
      subgraph(out, b, depth + 1, ids, nesting);
    }
    for (Vertex v : nesting.verticesIn(box)) {
      node(out, v, depth + 1, ids);
    }
    out.write(indent + "end\n");
  }

  private static void node(Writer out, Vertex v, int depth, Map<String, String> ids)
      throws IOException {
    String text = escape(v.label()) + v.detail().map(d -> "<br>" + escape(d)).orElse("");
    String[] brackets =
        switch (v.shape()) {
          case ACTOR -> new String[] {"[\"", "\"]"};
          case PROCESS -> new String[] {"(\"", "\")"};
          case STORE -> new String[] {"[(\"", "\")]"};
          case EXTERNAL -> new String[] {"[[\"", "\"]]"};
          case ZONE, STUB -> new String[] {"[/\"", "\"/]"};
          case DATA -> new String[] {"[\\\"", "\"\\]"};
        };
    out.write("  ".repeat(depth) + ids.get(v.key()) + brackets[0] + text + brackets[1] + "\n");
  }

  /** One class per severity (and one for another party's elements), then who has which. */
  private static void classes(Writer out, Graph graph, Map<String, String> ids) throws IOException {
    out.write("  classDef none " + style(Palette.NONE) + "\n");
    for (Severity s : Severity.values()) {
      out.write("  classDef " + Wire.name(s) + " " + style(Palette.severity(s)) + "\n");
    }
    out.write("  classDef outsider stroke-dasharray:5 3\n");
    Map<String, List<String>> members = new LinkedHashMap<>();
    members.put("none", new ArrayList<>());
    for (Severity s : Severity.values()) {
      members.put(Wire.name(s), new ArrayList<>());
    }
    members.put("outsider", new ArrayList<>());
    for (Vertex v : graph.vertices()) {
      members.get(severityClass(v.paint())).add(ids.get(v.key()));
      if (v.outsider()) {
        members.get("outsider").add(ids.get(v.key()));
      }
    }
    for (Map.Entry<String, List<String>> e : members.entrySet()) {
      if (!e.getValue().isEmpty()) {
        out.write("  class " + String.join(",", e.getValue()) + " " + e.getKey() + "\n");
      }
    }
  }

  private static String severityClass(Paint paint) {
    for (Severity s : Severity.values()) {
      if (Palette.severity(s).equals(paint)) {
        return Wire.name(s);
      }
    }
    return "none";
  }

  private static String style(Paint p) {
    return "fill:"
        + p.fill()
        + ",stroke:"
        + p.stroke()
        + ",stroke-width:"
        + SvgOut.fmt(p.strokeWidth())
        + "px,color:"
        + Palette.TEXT;
  }

  /**
   * Text for the inside of a double-quoted Mermaid label. Letters, digits, spaces and a few safe
   * punctuation marks stay; quotes, angle brackets, ampersands and Mermaid's own metacharacters
   * become entity codes; line breaks and other control characters become spaces.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '#', '`', '|', ';', '%', '{', '}', '[', ']', '(', ')', '\\' ->
            out.append('#').append((int) c).append(';');
        default -> out.append(c < 0x20 || c == 0x7f ? ' ' : c);
      }
    }
    return out.toString();
  }
}
