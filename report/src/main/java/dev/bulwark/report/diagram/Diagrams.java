package dev.bulwark.report.diagram;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.analysis.paths.AttackPath;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Zone;
import dev.bulwark.report.Digest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Data-flow and data-asset diagrams of a model as SVG.
 *
 * <p>A model with up to {@link DiagramOptions#splitAbove()} actors and components is one diagram. A
 * larger one is an overview of its trust zones plus one diagram for each zone that holds elements
 * (and one for the elements in no zone), in the order the zones are nested in the model. Diagrams
 * within {@link DiagramOptions ELK's limits} are laid out by ELK Layered, the rest as a grid; zone
 * diagrams are laid out on {@link DiagramOptions#parallelism()} threads. The result never depends
 * on the number of threads or on timing.
 */
public final class Diagrams {
  private Diagrams() {}

  /** The data-flow diagrams of the digest's model, coloured by its open threats. */
  public static List<Diagram> dataFlow(Digest digest, DiagramOptions options) {
    return dataFlow(digest.input().view(), digest.elementSeverity(), options);
  }

  /**
   * The data-flow diagrams of a model.
   *
   * @param severity the highest open severity by element or flow id ({@link
   *     Digest#elementSeverity()}); elements not in it have no open threat
   */
  public static List<Diagram> dataFlow(
      SystemView view, Map<String, Severity> severity, DiagramOptions options) {
    boolean elk = elkAllowed(view, options);
    String prefix = options.idPrefix();
    if (view.nodes().size() <= options.splitAbove()) {
      return List.of(
          draw(prefix, Diagram.Kind.DATA_FLOW, FlowGraphs.whole(view, severity), elk, options));
    }
    List<Supplier<Diagram>> tasks = new ArrayList<>();
    tasks.add(() ->
        draw(
            prefix + "-overview",
            Diagram.Kind.OVERVIEW,
            FlowGraphs.overview(view, severity, options.overviewMaxLinks()),
            elk,
            options));
    FlowGraphs.Index index = FlowGraphs.Index.of(view);
    for (Zone zone : Elements.zonesInOrder(view)) {
      if (index.direct().containsKey(zone.id())) {
        tasks.add(() ->
            draw(
                prefix + "-zone-" + Anchors.encode(zone.id()),
                Diagram.Kind.ZONE,
                FlowGraphs.zone(view, index, Optional.of(zone), severity, !elk),
                elk,
                options));
      }
    }
    if (index.direct().containsKey(FlowGraphs.NO_ZONE)) {
      tasks.add(() ->
          draw(
              prefix + "-unzoned",
              Diagram.Kind.ZONE,
              FlowGraphs.zone(view, index, Optional.empty(), severity, !elk),
              elk,
              options));
    }
    return run(tasks, options.parallelism());
  }

  /**
   * One diagram per attack path, in the order given, with ids {@code <idPrefix>-path-N}: the path's
   * steps numbered and drawn over the zones, elements and flows the path crosses.
   *
   * <p>For a model drawn whole, each path's SVG is a view of the data-flow diagram cropped to the
   * region the path crosses: it does not copy that diagram but shows it by reference ({@code <use
   * xlink:href="#<idPrefix>-graph">}), faded. Give the same {@code options} as to {@link
   * #dataFlow(SystemView, Map, DiagramOptions)} and put both on one page; such an SVG is not a
   * standalone file. A larger model gets, per path, a small standalone diagram of its own.
   */
  public static List<Diagram> attackPaths(
      SystemView view,
      Map<String, Severity> severity,
      List<AttackPath> paths,
      DiagramOptions options) {
    return PathDiagrams.draw(view, severity, paths, options);
  }

  /**
   * Which elements store, process or carry which data assets: a graph, or for a model beyond {@link
   * DiagramOptions#dataMaxVertices()} / {@link DiagramOptions#dataMaxLinks()} a matrix of the most
   * sensitive assets against the zones that hold them.
   */
  public static Diagram dataAssets(SystemView view, DiagramOptions options) {
    String id = options.idPrefix() + "-data";
    Map<String, Map<String, DataGraphs.Use>> uses = DataGraphs.uses(view);
    int vertices = uses.size() + view.data().size();
    int links = uses.values().stream().mapToInt(Map::size).sum();
    if (vertices <= options.dataMaxVertices() && links <= options.dataMaxLinks()) {
      return draw(id, Diagram.Kind.DATA_ASSETS, DataGraphs.graph(view, uses), true, options);
    }
    return DataMatrix.draw(id, view, uses, options.matrixMaxRows(), options.matrixMaxColumns());
  }

  /** The data-asset diagram of the digest's model. */
  public static Diagram dataAssets(Digest digest, DiagramOptions options) {
    return dataAssets(digest.input().view(), options);
  }

  private static Diagram draw(
      String id, Diagram.Kind kind, Graph graph, boolean elkAllowed, DiagramOptions options) {
    Laid laid = lay(graph, elkAllowed, options);
    SvgDiagram.Drawing drawing = SvgDiagram.write(id, laid.graph(), laid.placed());
    return new Diagram(
        id,
        laid.graph().title(),
        kind,
        laid.placed().engine(),
        drawing.width(),
        drawing.height(),
        drawing.svg(),
        laid.graph().notes());
  }

  /** A graph as drawn (with a note when it was laid out as a grid) and where everything goes. */
  record Laid(Graph graph, Placed placed) {}

  /**
   * Lays a graph out with ELK when it is allowed and within ELK's limits, otherwise as a grid with
   * a note saying so. Attack-path views lay the whole data-flow graph out through here too, so that
   * their overlays fall on the diagram they refer to.
   */
  static Laid lay(Graph graph, boolean elkAllowed, DiagramOptions options) {
    boolean elk =
        elkAllowed
            && graph.size() <= options.elkMaxVertices()
            && graph.links().size() <= options.elkMaxLinks();
    if (elk) {
      return new Laid(graph, ElkLayout.layout(graph));
    }
    List<String> notes = new ArrayList<>(graph.notes());
    notes.add(
        elkAllowed
            ? "Laid out as a grid: "
                + FlowGraphs.count(graph.size(), "shape")
                + " and "
                + FlowGraphs.count(graph.links().size(), "link")
                + " are beyond the automatic layout's limits; hover over a link for its flows."
            : "Laid out as a grid: the model's elements are beyond the automatic layout's limits;"
                + " hover over a link for its flows.");
    Graph drawn =
        new Graph(
            graph.title(), graph.legend(), graph.boxes(), graph.vertices(), graph.links(), notes);
    return new Laid(drawn, GridLayout.layout(drawn));
  }

  /** Whether the whole-model data-flow diagram may be laid out by ELK. */
  static boolean elkAllowed(SystemView view, DiagramOptions options) {
    return view.nodes().size() <= options.elkMaxElements();
  }

  /** Runs the tasks on up to {@code threads} threads; results come back in task order. */
  private static List<Diagram> run(List<Supplier<Diagram>> tasks, int threads) {
    if (threads == 1 || tasks.size() == 1) {
      return tasks.stream().map(Supplier::get).toList();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, tasks.size()),
            r -> {
              Thread t = new Thread(r, "bulwark-diagram");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Diagram>> futures = new ArrayList<>();
      for (Supplier<Diagram> task : tasks) {
        futures.add(pool.submit(task::get));
      }
      List<Diagram> diagrams = new ArrayList<>(futures.size());
      for (Future<Diagram> f : futures) {
        diagrams.add(f.get());
      }
      return List.copyOf(diagrams);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while laying out diagrams", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
