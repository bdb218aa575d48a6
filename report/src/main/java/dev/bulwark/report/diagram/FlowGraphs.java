package dev.bulwark.report.diagram;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Legend;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.LinkStyle;
import dev.bulwark.report.diagram.Graph.Shape;
import dev.bulwark.report.diagram.Graph.Vertex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data-flow graphs: the whole model, and for large models an overview of the zones and one
 * graph per zone. Everything is iterated in model order, so the graphs (and their drawings) do not
 * depend on hash order.
 */
final class FlowGraphs {
  private FlowGraphs() {}

  /** The key of the vertex standing for elements in no zone, in the overview and as a stub. */
  static final String NO_ZONE = "(no zone)";

  /** Every zone, element and flow of the model. */
  static Graph whole(SystemView view, Map<String, Severity> severity) {
    List<Box> boxes = new ArrayList<>();
    for (Zone z : Elements.zonesInOrder(view)) {
      boxes.add(box(view, z));
    }
    List<Vertex> vertices = new ArrayList<>();
    for (Node n : view.nodes()) {
      vertices.add(Elements.vertex(view, n, severity, false));
    }
    List<Link> links = new ArrayList<>();
    for (Interaction i : view.interactions()) {
      links.add(link(i, severity));
    }
    return new Graph(
        "Data-flow diagram of " + view.model().title(),
        Legend.DATA_FLOW,
        boxes,
        vertices,
        links,
        List.of());
  }

  /** A zone of the whole data-flow graph, inside its parent's box. */
  static Box box(SystemView view, Zone z) {
    return Elements.box(
        view, z, z.parent().filter(p -> view.zone(p).isPresent()).map(Elements::boxKey));
  }

  /** A flow of the whole data-flow graph, between its ends' vertices. */
  static Link link(Interaction i, Map<String, Severity> severity) {
    return Elements.link(
        i, Elements.nodeKey(i.source().id()), Elements.nodeKey(i.target().id()), severity, false);
  }

  /**
   * The zones as vertices (a zone that holds other zones becomes a box around them, with a vertex
   * for its own elements), and one link per pair of zones that flows connect, with their count.
   * Only the {@code maxLinks} busiest pairs are drawn; a note says how many were left out.
   */
  static Graph overview(SystemView view, Map<String, Severity> severity, int maxLinks) {
    Map<String, List<Node>> direct = directMembers(view);
    Map<String, Boolean> hasChildren = new HashMap<>();
    view.zones().forEach(z -> z.parent().ifPresent(p -> hasChildren.put(p, true)));
    List<Box> boxes = new ArrayList<>();
    List<Vertex> vertices = new ArrayList<>();
    for (Zone z : Elements.zonesInOrder(view)) {
      Optional<String> parent =
          z.parent().filter(p -> view.zone(p).isPresent()).map(Elements::boxKey);
      List<Node> own = direct.getOrDefault(z.id(), List.of());
      if (hasChildren.getOrDefault(z.id(), false)) {
        boxes.add(Elements.box(view, z, parent));
        if (!own.isEmpty()) {
          vertices.add(zoneVertex(view, z, own, Optional.of(Elements.boxKey(z.id())), severity));
        }
      } else {
        vertices.add(zoneVertex(view, z, own, parent, severity));
      }
    }
    List<Node> unzoned = direct.getOrDefault(NO_ZONE, List.of());
    if (!unzoned.isEmpty()) {
      Optional<Severity> worst = worst(unzoned, view, severity);
      vertices.add(
          new Vertex(
              zoneVertexKey(NO_ZONE),
              Optional.empty(),
              Shape.ZONE,
              false,
              NO_ZONE,
              Optional.of(count(unzoned.size(), "element") + worstText(worst)),
              Palette.severity(worst),
              unzoned.size() + " elements in no trust zone"));
    }
    Map<String, Aggregate> pairs = new LinkedHashMap<>();
    for (Interaction i : view.interactions()) {
      String from = zoneOf(i.source());
      String to = zoneOf(i.target());
      if (!from.equals(to)) {
        pairs
            .computeIfAbsent(
                zoneVertexKey(from) + ">" + zoneVertexKey(to), k -> new Aggregate(from, to))
            .add(i, severity);
      }
    }
    List<Aggregate> busiest = new ArrayList<>(pairs.values());
    List<String> notes = new ArrayList<>();
    if (busiest.size() > maxLinks) {
      // Keep the busiest pairs, then restore model order so that the drawing stays stable.
      List<Aggregate> kept =
          busiest.stream()
              .sorted(Comparator.comparingInt((Aggregate a) -> -a.flows.size()))
              .limit(maxLinks)
              .toList();
      notes.add(
          maxLinks
              + " of "
              + busiest.size()
              + " zone-to-zone links drawn (the ones with the most flows); each zone's own diagram"
              + " shows all of its flows.");
      Set<Aggregate> keep = new HashSet<>(kept);
      busiest = busiest.stream().filter(keep::contains).toList();
    }
    List<Link> links = new ArrayList<>();
    for (Aggregate a : busiest) {
      links.add(
          new Link(
              "o:" + a.from + ">" + a.to,
              zoneVertexKey(a.from),
              zoneVertexKey(a.to),
              count(a.flows.size(), "flow"),
              LinkStyle.CROSSING,
              a.tooltip("zone " + a.from, "zone " + a.to)));
    }
    return new Graph(
        "Trust zones of " + view.model().title() + ": overview",
        Legend.OVERVIEW,
        boxes,
        vertices,
        links,
        notes);
  }

  /**
   * Where each zone's elements and flows are, worked out once for all zone diagrams: without it
   * every zone diagram would scan the whole model.
   */
  record Index(
      Map<String, List<Node>> direct,
      Map<String, List<Interaction>> touching,
      Map<String, List<Zone>> children) {

    static Index of(SystemView view) {
      Map<String, List<Interaction>> touching = new HashMap<>();
      for (Interaction i : view.interactions()) {
        String from = zoneOf(i.source());
        String to = zoneOf(i.target());
        touching.computeIfAbsent(from, k -> new ArrayList<>()).add(i);
        if (!to.equals(from)) {
          touching.computeIfAbsent(to, k -> new ArrayList<>()).add(i);
        }
      }
      Map<String, List<Zone>> children = new HashMap<>();
      for (Zone z : view.zones()) {
        z.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(z));
      }
      return new Index(directMembers(view), touching, children);
    }
  }

  /**
   * One zone's own elements and the flows between them; zones nested in it are single vertices
   * inside its box, and the other zones its flows reach are stubs outside it, one per {@link
   * #boundary boundary} crossed. Flows to one nested zone or stub from the same element are drawn
   * as one link with their count.
   *
   * @param zone the zone, or empty for the elements in no zone
   * @param brief hover text without descriptions (see {@link Elements#vertex})
   */
  static Graph zone(
      SystemView view,
      Index index,
      Optional<Zone> zone,
      Map<String, Severity> severity,
      boolean brief) {
    String zoneId = zone.map(Zone::id).orElse(NO_ZONE);
    List<Box> boxes = new ArrayList<>();
    Optional<String> inside = zone.map(z -> Elements.boxKey(z.id()));
    zone.ifPresent(z -> boxes.add(Elements.box(view, z, Optional.empty())));
    List<Vertex> vertices = new ArrayList<>();
    Map<String, String> childOf = new HashMap<>(); // element id → nested zone it lies in
    for (Zone child :
        zone.isPresent() ? index.children().getOrDefault(zoneId, List.of()) : List.<Zone>of()) {
      List<Node> members = view.nodesIn(child.id());
      members.forEach(n -> childOf.put(n.id(), child.id()));
      Optional<Severity> worst = worst(members, view, severity);
      vertices.add(
          new Vertex(
              zoneVertexKey(child.id()),
              inside,
              Shape.ZONE,
              Elements.otherParty(view, child),
              child.id(),
              Optional.of(count(members.size(), "element") + " inside" + worstText(worst)),
              Palette.severity(worst),
              Elements.zoneTooltip(view, child) + "; " + count(members.size(), "element")));
    }
    for (Node n : index.direct().getOrDefault(zoneId, List.of())) {
      Vertex v = Elements.vertex(view, n, severity, brief);
      vertices.add(
          new Vertex(
              v.key(),
              inside,
              v.shape(),
              v.outsider(),
              v.label(),
              v.detail(),
              v.paint(),
              v.tooltip()));
    }
    List<Link> links = new ArrayList<>();
    Map<String, Aggregate> grouped = new LinkedHashMap<>();
    Map<String, Vertex> stubs = new LinkedHashMap<>();
    for (Interaction i : index.touching().getOrDefault(zoneId, List.of())) {
      boolean fromHere = zoneOf(i.source()).equals(zoneId);
      boolean toHere = zoneOf(i.target()).equals(zoneId);
      if (fromHere && toHere) {
        links.add(
            Elements.link(
                i,
                Elements.nodeKey(i.source().id()),
                Elements.nodeKey(i.target().id()),
                severity,
                brief));
      } else {
        Node other = fromHere ? i.target() : i.source();
        String otherKey =
            childOf.containsKey(other.id())
                ? zoneVertexKey(childOf.get(other.id()))
                : stub(view, boundary(view, zone, other), stubs, brief);
        String from = fromHere ? Elements.nodeKey(i.source().id()) : otherKey;
        String to = fromHere ? otherKey : Elements.nodeKey(i.target().id());
        grouped.computeIfAbsent(from + ">" + to, k -> new Aggregate(from, to)).add(i, severity);
      }
    }
    vertices.addAll(stubs.values());
    for (Aggregate a : grouped.values()) {
      if (a.flows.size() == 1) {
        links.add(Elements.link(a.flows.getFirst(), a.from, a.to, severity, brief));
      } else {
        links.add(
            new Link(
                "a:" + a.from + ">" + a.to,
                a.from,
                a.to,
                count(a.flows.size(), "flow"),
                LinkStyle.CROSSING,
                a.tooltip(label(a.from), label(a.to))));
      }
    }
    String title =
        zone.map(z -> "Zone " + z.id() + " (" + Wire.name(z.kind()) + ", trust " + z.trust() + ")")
            .orElse("Elements in no zone");
    return new Graph(title, Legend.DATA_FLOW, boxes, vertices, links, List.of());
  }

  /**
   * The zone a stub stands for: the outermost zone around {@code other} that is not around this
   * zone, where the flow crosses the boundary that matters (the other account rather than a subnet
   * deep inside it), or the zone around both when {@code other} sits directly in an enclosing zone.
   */
  static String boundary(SystemView view, Optional<Zone> zone, Node other) {
    if (other.zoneId().isEmpty()) {
      return NO_ZONE;
    }
    List<Zone> here = zone.map(z -> view.zoneChain(z.id())).orElse(List.of());
    List<Zone> there = view.zoneChain(other.zoneId().get());
    int common = 0;
    while (common < here.size()
        && common < there.size()
        && here.get(common).id().equals(there.get(common).id())) {
      common++;
    }
    return (common < there.size() ? there.get(common) : there.getLast()).id();
  }

  /** Actors and components by the zone they sit in directly; {@link #NO_ZONE} for none. */
  static Map<String, List<Node>> directMembers(SystemView view) {
    Map<String, List<Node>> direct = new LinkedHashMap<>();
    for (Node n : view.nodes()) {
      direct.computeIfAbsent(zoneOf(n), k -> new ArrayList<>()).add(n);
    }
    return direct;
  }

  static String zoneOf(Node node) {
    return node.zoneId().orElse(NO_ZONE);
  }

  private static String zoneVertexKey(String zoneId) {
    return "zv:" + zoneId;
  }

  private static String stub(
      SystemView view, String zoneId, Map<String, Vertex> stubs, boolean brief) {
    String key = "s:" + zoneId;
    stubs.computeIfAbsent(
        key,
        k ->
            new Vertex(
                key,
                Optional.empty(),
                Shape.STUB,
                false,
                zoneId,
                Optional.of("other zone"),
                Palette.NONE,
                view.zone(zoneId)
                    .map(z -> brief ? "zone " + z.id() : Elements.zoneTooltip(view, z))
                    .orElse("elements in no trust zone")));
    return key;
  }

  private static String label(String key) {
    int colon = key.indexOf(':');
    return key.substring(colon + 1);
  }

  private static Vertex zoneVertex(
      SystemView view,
      Zone zone,
      List<Node> own,
      Optional<String> box,
      Map<String, Severity> severity) {
    Optional<Severity> worst = worst(own, view, severity);
    return new Vertex(
        zoneVertexKey(zone.id()),
        box,
        Shape.ZONE,
        Elements.otherParty(view, zone),
        zone.id(),
        Optional.of(count(own.size(), "element") + worstText(worst)),
        Palette.severity(worst),
        Elements.zoneTooltip(view, zone) + "; " + count(own.size(), "element"));
  }

  /** The highest open severity on these elements and on the flows into them. */
  static Optional<Severity> worst(
      List<Node> nodes, SystemView view, Map<String, Severity> severity) {
    Severity worst = null;
    for (Node n : nodes) {
      worst = max(worst, severity.get(n.id()));
      for (Interaction i : view.into(n.id())) {
        worst = max(worst, severity.get(i.id()));
      }
    }
    return Optional.ofNullable(worst);
  }

  private static Severity max(Severity a, Severity b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }

  private static String worstText(Optional<Severity> worst) {
    return worst.map(s -> " · " + Wire.name(s)).orElse("");
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Flows that one link stands for. */
  private static final class Aggregate {
    private static final int LISTED = 12;
    final String from;
    final String to;
    final List<Interaction> flows = new ArrayList<>();
    Severity worst;

    Aggregate(String from, String to) {
      this.from = from;
      this.to = to;
    }

    void add(Interaction i, Map<String, Severity> severity) {
      flows.add(i);
      worst = max(worst, severity.get(i.id()));
    }

    String tooltip(String fromName, String toName) {
      StringBuilder t = new StringBuilder();
      t.append(count(flows.size(), "flow")).append(" from ").append(fromName);
      t.append(" to ").append(toName).append(": ");
      t.append(
          String.join(
              ", ",
              flows.stream()
                  .limit(LISTED)
                  .map(i ->
                      i.id()
                          + " ("
                          + Wire.name(i.flow().protocol())
                          + ", "
                          + i.source().id()
                          + " to "
                          + i.target().id()
                          + ")")
                  .toList()));
      if (flows.size() > LISTED) {
        t.append(" and ").append(flows.size() - LISTED).append(" more");
      }
      if (worst != null) {
        t.append("; highest open severity: ").append(Wire.name(worst));
      }
      return t.toString();
    }
  }
}
