package dev.bulwark.report.diagram;

import dev.bulwark.report.Digest;
import dev.bulwark.report.Escape;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.TextRenderer;
import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.Vertex;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The data-flow diagram as Graphviz DOT ({@code dot -Tsvg report.dot}): zones as nested clusters,
 * one node per actor and component, one edge per flow. Always the whole model in one graph, large
 * or not: Graphviz lays out thousands of nodes, only slowly. Every string is double-quoted with
 * backslashes and quotes escaped, so model text cannot end a string or start an HTML label.
 */
public final class DotReport implements TextRenderer {
  @Override
  public ReportFormat format() {
    return ReportFormat.DOT;
  }

  @Override
  public void render(Digest digest, Writer out) throws IOException {
    write(FlowGraphs.whole(digest.input().view(), digest.elementSeverity()), out);
  }

  /** Writes a data-flow graph; the renderer's work once the digest is a graph. */
  static void write(Graph graph, Writer out) throws IOException {
    Nesting nesting = Nesting.of(graph);
    out.write("digraph \"data-flow\" {\n");
    out.write("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, labelloc=t, label=");
    out.write(Escape.dotQuoted(graph.title()));
    out.write("];\n");
    out.write("  node [fontname=\"Helvetica\", fontsize=11, style=filled];\n");
    out.write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (Box b : nesting.topBoxes()) {
      cluster(out, b, 1, nesting);
    }
    for (Vertex v : nesting.topVertices()) {
      node(out, v, 1);
    }
    for (Link link : graph.links()) {
      edge(out, link);
    }
    out.write("}\n");
  }

  private static void cluster(Writer out, Box box, int depth, Nesting nesting) throws IOException {
    String indent = "  ".repeat(depth);
    out.write(indent + "subgraph " + Escape.dotQuoted("cluster_" + name(box.key())) + " {\n");
    out.write(indent + "  label=" + Escape.dotQuoted(box.label()) + ";\n");
    out.write(indent + "  tooltip=" + Escape.dotQuoted(box.tooltip()) + ";\n");
    out.write(
        indent
            + "  style=\"dashed,rounded,filled\"; color=\""
            + Palette.ZONE_STROKE
            + "\"; fillcolor=\""
            + Palette.zoneFill(depth - 1)
            + "\";\n");
    for (Box b : nesting.boxesIn(box)) {
      cluster(out, b, depth + 1, nesting);
    }
    for (Vertex v : nesting.verticesIn(box)) {
      node(out, v, depth + 1);
    }
    out.write(indent + "}\n");
  }

  private static void node(Writer out, Vertex v, int depth) throws IOException {
    String shape =
        switch (v.shape()) {
          case ACTOR, EXTERNAL, ZONE, STUB -> "shape=box";
          case PROCESS -> "shape=box, style=\"rounded,filled\"";
          case STORE -> "shape=cylinder";
          case DATA -> "shape=note";
        };
    List<String> lines = new ArrayList<>();
    lines.add(v.label());
    v.detail().ifPresent(lines::add);
    out.write("  ".repeat(depth));
    out.write(Escape.dotQuoted(name(v.key())));
    out.write(" [label=" + label(lines) + ", " + shape);
    if (v.outsider() || v.shape() == Graph.Shape.EXTERNAL) {
      out.write(", peripheries=2");
    }
    out.write(", fillcolor=\"" + v.paint().fill() + "\", color=\"" + v.paint().stroke() + "\"");
    out.write(", penwidth=" + SvgOut.fmt(v.paint().strokeWidth()));
    out.write(", tooltip=" + Escape.dotQuoted(v.tooltip()) + "];\n");
  }

  private static void edge(Writer out, Link link) throws IOException {
    out.write(
        "  " + Escape.dotQuoted(name(link.from())) + " -> " + Escape.dotQuoted(name(link.to())));
    out.write(" [label=" + Escape.dotQuoted(link.label()));
    if (SvgDiagram.crossing(link.style())) {
      out.write(
          ", style=dashed, color=\""
              + Palette.CROSSING
              + "\", fontcolor=\""
              + Palette.CROSSING
              + "\", penwidth=1.6");
    } else {
      out.write(", color=\"" + Palette.FLOW + "\"");
    }
    out.write(", tooltip=" + Escape.dotQuoted(link.tooltip()) + "];\n");
  }

  /** A graph key without its kind prefix: the model id itself. */
  private static String name(String key) {
    return key.substring(key.indexOf(':') + 1);
  }

  private static String label(List<String> lines) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.append("\\n");
      }
      out.append(Escape.dot(lines.get(i)));
    }
    return out.append('"').toString();
  }
}
