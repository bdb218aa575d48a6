package dev.bulwark.report.diagram;

import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.Vertex;
import dev.bulwark.report.diagram.Placed.Point;
import dev.bulwark.report.diagram.Placed.Rect;
import dev.bulwark.report.diagram.Placed.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.NullElkProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a graph out with ELK Layered, left to right: zones become compound nodes and the whole
 * hierarchy is laid out in one pass ({@code INCLUDE_CHILDREN}) so that flows between zones are
 * routed too. ELK runs without Eclipse: its layered algorithm is registered with the meta-data
 * service once per JVM. A fixed random seed and the model order as a tie-breaker make the result
 * the same on every run.
 */
final class ElkLayout {
  private ElkLayout() {}

  private static final double MARGIN = 16;

  /** Registration is not thread-safe in ELK; the holder idiom runs it once, lazily. */
  private static final class Registered {
    static final boolean DONE = register();

    private static boolean register() {
      LayoutMetaDataService.getInstance()
          .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
      return true;
    }
  }

  static Placed layout(Graph graph) {
    if (!Registered.DONE) {
      throw new IllegalStateException("ELK layered is not registered");
    }
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(LayeredOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    root.setProperty(LayeredOptions.RANDOM_SEED, 1);
    root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(
        LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 12.0);
    root.setProperty(LayeredOptions.PADDING, new ElkPadding(MARGIN));
    // Bigger graphs get fewer crossing-minimisation rounds: the layout stays bounded in time.
    root.setProperty(LayeredOptions.THOROUGHNESS, graph.size() > 60 ? 3 : 7);

    Map<String, ElkNode> boxes = new HashMap<>();
    Map<String, Integer> children = new HashMap<>();
    graph.boxes().forEach(b -> b.parent().ifPresent(p -> children.merge(p, 1, Integer::sum)));
    graph.vertices().forEach(v -> v.box().ifPresent(p -> children.merge(p, 1, Integer::sum)));
    for (Box box : graph.boxes()) {
      ElkNode node = ElkGraphUtil.createNode(box.parent().map(boxes::get).orElse(root));
      node.setIdentifier(box.key());
      double minWidth = Sizes.boxMinWidth(box);
      double minHeight = Sizes.BOX_HEADER + Sizes.BOX_PAD;
      node.setProperty(
          LayeredOptions.PADDING,
          new ElkPadding(Sizes.BOX_HEADER + 4, Sizes.BOX_PAD, Sizes.BOX_PAD, Sizes.BOX_PAD));
      node.setProperty(
          LayeredOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
      node.setProperty(LayeredOptions.NODE_SIZE_MINIMUM, new KVector(minWidth, minHeight));
      if (!children.containsKey(box.key())) {
        node.setDimensions(minWidth, minHeight); // an empty zone is a plain node
      }
      boxes.put(box.key(), node);
    }
    Map<String, ElkNode> vertices = new HashMap<>();
    for (Vertex vertex : graph.vertices()) {
      ElkNode node = ElkGraphUtil.createNode(vertex.box().map(boxes::get).orElse(root));
      node.setIdentifier(vertex.key());
      node.setDimensions(Sizes.width(vertex), Sizes.height(vertex));
      vertices.put(vertex.key(), node);
    }
    Map<String, ElkEdge> edges = new LinkedHashMap<>();
    for (Link link : graph.links()) {
      ElkEdge edge =
          ElkGraphUtil.createSimpleEdge(vertices.get(link.from()), vertices.get(link.to()));
      ElkGraphUtil.updateContainment(edge);
      if (!link.label().isEmpty()) {
        ElkLabel label = ElkGraphUtil.createLabel(TextWidth.clip(link.label()), edge);
        label.setDimensions(Sizes.linkLabelWidth(link.label()), Sizes.linkLabelHeight());
        label.setProperty(LayeredOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      }
      edges.put(link.key(), edge);
    }

    new RecursiveGraphLayoutEngine().layout(root, new NullElkProgressMonitor());

    Map<String, Rect> boxRects = new LinkedHashMap<>();
    boxes.forEach((key, node) -> boxRects.put(key, absolute(node)));
    Map<String, Rect> vertexRects = new LinkedHashMap<>();
    vertices.forEach((key, node) -> vertexRects.put(key, absolute(node)));
    Map<String, Route> routes = new LinkedHashMap<>();
    edges.forEach((key, edge) -> routes.put(key, route(edge)));
    return new Placed(
        Math.ceil(root.getWidth()),
        Math.ceil(root.getHeight()),
        boxRects,
        vertexRects,
        routes,
        Diagram.Layout.ELK);
  }

  /** A node's rectangle in root coordinates: ELK gives each relative to its parent. */
  private static Rect absolute(ElkNode node) {
    Point origin = origin(node.getParent());
    return new Rect(
        origin.x() + node.getX(), origin.y() + node.getY(), node.getWidth(), node.getHeight());
  }

  /** Where a node's own coordinate system starts, in root coordinates. */
  private static Point origin(ElkNode node) {
    double x = 0;
    double y = 0;
    for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
      x += n.getX();
      y += n.getY();
    }
    return new Point(x, y);
  }

  /** Edge points and labels are relative to the node that contains the edge. */
  private static Route route(ElkEdge edge) {
    Point origin = origin(edge.getContainingNode());
    List<Point> points = new ArrayList<>();
    for (ElkEdgeSection section : edge.getSections()) {
      add(points, origin, section.getStartX(), section.getStartY());
      for (ElkBendPoint bend : section.getBendPoints()) {
        add(points, origin, bend.getX(), bend.getY());
      }
      add(points, origin, section.getEndX(), section.getEndY());
    }
    Optional<Rect> label =
        edge.getLabels().isEmpty()
            ? Optional.empty()
            : Optional.of(
                new Rect(
                    origin.x() + edge.getLabels().getFirst().getX(),
                    origin.y() + edge.getLabels().getFirst().getY(),
                    edge.getLabels().getFirst().getWidth(),
                    edge.getLabels().getFirst().getHeight()));
    return new Route(points, label);
  }

  private static void add(List<Point> points, Point origin, double x, double y) {
    Point p = new Point(origin.x() + x, origin.y() + y);
    if (points.isEmpty() || !points.getLast().equals(p)) {
      points.add(p);
    }
  }
}
