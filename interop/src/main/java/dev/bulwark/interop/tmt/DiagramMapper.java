package dev.bulwark.interop.tmt;

import dev.bulwark.interop.Ids;
import dev.bulwark.interop.Places;
import dev.bulwark.interop.tmt.Shape.Kind;
import dev.bulwark.model.Actor;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Component;
import dev.bulwark.model.Control;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Positions;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Maps the shapes of a model's diagrams to Bulwark elements. A border boundary becomes a zone that
 * holds the stencils whose centre lies inside it (the smallest one, when several do) and nests in
 * the smallest boundary that holds all of it; stencils outside every boundary go to a zone named
 * after their diagram, which then holds that diagram's top-level boundaries. A line boundary is no
 * zone: the flows that cross it are tagged {@code tmt.crosses}. Stencil types and properties are
 * kept as {@code tmt.*} tags ({@link TmtTags}).
 */
final class DiagramMapper {
  /** The tool's own "Out Of Scope" and "Reason For Out Of Scope" properties. */
  static final String OUT_OF_SCOPE = "71f3d9aa-b8ef-4e54-8126-607a1d903103";

  static final String OUT_OF_SCOPE_REASON = "752473b6-52d4-4776-9a24-202153f7d579";

  private final Ids ids;
  private final List<Problem> problems;
  private final Map<String, String> idsByGuid = new LinkedHashMap<>();
  private final Map<String, Zone> zonesById = new LinkedHashMap<>();
  private final Map<String, String> zoneByNodeId = new HashMap<>();
  private final List<Zone> zones = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final List<Component> components = new ArrayList<>();
  private final List<Flow> flows = new ArrayList<>();

  DiagramMapper(Ids ids, List<Problem> problems) {
    this.ids = ids;
    this.problems = problems;
  }

  Map<String, String> idsByGuid() {
    return idsByGuid;
  }

  List<Zone> zones() {
    return zones;
  }

  List<Actor> actors() {
    return actors;
  }

  List<Component> components() {
    return components;
  }

  List<Flow> flows() {
    return flows;
  }

  void map(List<Shape> shapes) {
    Map<String, List<Shape>> bySurface = new LinkedHashMap<>();
    shapes.forEach(s -> bySurface.computeIfAbsent(s.surface(), k -> new ArrayList<>()).add(s));
    Map<String, String> zoneOfNode = new HashMap<>();
    for (Map.Entry<String, List<Shape>> surface : bySurface.entrySet()) {
      zoneOfNode.putAll(zonesOf(surface.getKey(), surface.getValue()));
    }
    List<Shape> nodes = shapes.stream().filter(DiagramMapper::isNode).toList();
    for (Shape node : nodes) {
      String id = ids.named(node.label(), Ids.slug(node.kind().name()));
      idsByGuid.put(node.guid(), id);
      zoneByNodeId.put(id, zoneOfNode.get(node.guid()));
    }
    for (Map.Entry<String, List<Shape>> surface : bySurface.entrySet()) {
      List<Shape> lines = of(surface.getValue(), Kind.LINE);
      for (Shape flow : of(surface.getValue(), Kind.FLOW)) {
        flow(flow, lines).ifPresent(flows::add);
      }
      lines.forEach(this::lineNotice);
      for (Shape other : surface.getValue()) {
        if (other.kind() == Kind.ANNOTATION || other.kind() == Kind.OTHER) {
          problems.add(
              new Problem(
                  ProblemType.NOT_MAPPED,
                  other.at(),
                  (other.kind() == Kind.ANNOTATION ? "annotation '" : "shape '")
                      + other.label()
                      + "' ("
                      + other.typeId()
                      + ") has no place in a Bulwark model"));
        }
      }
    }
    for (Shape node : nodes) {
      node(node, Optional.ofNullable(zoneOfNode.get(node.guid())));
    }
  }

  /** Creates the zones of one diagram; returns the zone id of each of its stencils. */
  private Map<String, String> zonesOf(String surface, List<Shape> shapes) {
    List<Shape> borders = of(shapes, Kind.BORDER);
    List<Shape> nodes = shapes.stream().filter(DiagramMapper::isNode).toList();
    Map<String, Shape> holder = new HashMap<>();
    boolean outside = false;
    for (Shape node : nodes) {
      Optional<Shape> inner = node.rect().flatMap(r -> smallest(borders, b -> b.holdsCentreOf(r)));
      if (inner.isEmpty()) {
        outside = true;
        continue;
      }
      holder.put(node.guid(), inner.get());
      warnOverlap(node, inner.get(), borders);
    }
    Optional<String> surfaceZone = Optional.empty();
    if (outside) {
      String id = ids.named(surface, "diagram");
      surfaceZone = Optional.of(id);
      add(
          new Zone(
              id,
              50,
              ZoneKind.NETWORK,
              Optional.empty(),
              Optional.of("What lies outside every trust boundary of diagram '" + surface + "'"),
              List.of(TmtTags.TYPE + "DRAWINGSURFACE"),
              Places.of(shapes.get(0).at())));
    }
    Map<String, String> zoneIds = new LinkedHashMap<>();
    for (Shape border : borders) {
      zoneIds.put(border.guid(), ids.named(border.label(), "zone"));
    }
    Map<String, Optional<Shape>> parents = new LinkedHashMap<>();
    for (int i = 0; i < borders.size(); i++) {
      parents.put(borders.get(i).guid(), parent(borders, i));
    }
    Map<String, Integer> trust = new HashMap<>();
    for (Shape border : borders) {
      zone(border, zoneIds, parents, trust, surfaceZone);
    }
    Map<String, String> zoneOfNode = new HashMap<>();
    for (Shape node : nodes) {
      Shape inner = holder.get(node.guid());
      String zone = inner == null ? surfaceZone.orElseThrow() : zoneIds.get(inner.guid());
      zoneOfNode.put(node.guid(), zone);
    }
    return zoneOfNode;
  }

  /**
   * Adds a border's zone after its parent's; its trust is 0 for the internet, else nested +10.
   * Walks up the parents without recursion (boundaries may nest thousands deep), and stops where a
   * chain closes on itself (two boundaries drawn on one rectangle); the validator reports that
   * cycle.
   */
  private int zone(
      Shape border,
      Map<String, String> zoneIds,
      Map<String, Optional<Shape>> parents,
      Map<String, Integer> trust,
      Optional<String> surfaceZone) {
    Deque<Shape> chain = new ArrayDeque<>();
    Set<String> onChain = new HashSet<>();
    Shape at = border;
    while (at != null && !trust.containsKey(at.guid()) && onChain.add(at.guid())) {
      chain.push(at);
      at = parents.get(at.guid()).orElse(null);
    }
    while (!chain.isEmpty()) {
      place(chain.pop(), zoneIds, parents, trust, surfaceZone);
    }
    return trust.get(border.guid());
  }

  private void place(
      Shape border,
      Map<String, String> zoneIds,
      Map<String, Optional<Shape>> parents,
      Map<String, Integer> trust,
      Optional<String> surfaceZone) {
    Optional<Shape> parent = parents.get(border.guid());
    int parentTrust =
        parent.map(p -> trust.get(p.guid())).orElse(surfaceZone.isPresent() ? 50 : 40);
    int value = Kinds.internet(border) ? 0 : Math.min(100, parentTrust + 10);
    trust.put(border.guid(), value);
    if (border.rect().isEmpty()) {
      problems.add(
          new Problem(
              ProblemType.NOT_MAPPED,
              border.at(),
              "boundary '" + border.label() + "' has no place on the diagram; it holds nothing"));
    }
    add(
        new Zone(
            zoneIds.get(border.guid()),
            value,
            Kinds.zone(border),
            parent.map(p -> zoneIds.get(p.guid())).or(() -> surfaceZone),
            describe(border),
            tags(border),
            Places.of(border.at())));
  }

  private void add(Zone zone) {
    zones.add(zone);
    zonesById.put(zone.id(), zone);
  }

  /** The smallest other border that holds all of this one; of two equal ones, the earlier. */
  private static Optional<Shape> parent(List<Shape> borders, int index) {
    Shape border = borders.get(index);
    if (border.rect().isEmpty()) {
      return Optional.empty();
    }
    Geometry.Rect rect = border.rect().get();
    Shape best = null;
    for (int i = 0; i < borders.size(); i++) {
      Optional<Geometry.Rect> other = borders.get(i).rect();
      if (i == index || other.isEmpty() || !other.get().holdsAll(rect)) {
        continue;
      }
      if (rect.holdsAll(other.get()) && i > index) {
        continue; // the same rectangle: the earlier one holds the later
      }
      if (best == null || other.get().area() < best.rect().orElseThrow().area()) {
        best = borders.get(i);
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<Shape> smallest(List<Shape> borders, Predicate<Geometry.Rect> holds) {
    Shape best = null;
    for (Shape border : borders) {
      if (border.rect().isPresent()
          && holds.test(border.rect().get())
          && (best == null || border.rect().get().area() < best.rect().orElseThrow().area())) {
        best = border;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A warning when a stencil lies in two boundaries of which neither holds the other. */
  private void warnOverlap(Shape node, Shape inner, List<Shape> borders) {
    Geometry.Rect rect = node.rect().orElseThrow();
    Geometry.Rect innerRect = inner.rect().orElseThrow();
    for (Shape border : borders) {
      if (border == inner || border.rect().isEmpty()) {
        continue;
      }
      Geometry.Rect other = border.rect().get();
      if (other.holdsCentreOf(rect) && !other.holdsAll(innerRect)) {
        problems.add(
            new Problem(
                ProblemType.NOT_MAPPED,
                node.at(),
                "'"
                    + node.label()
                    + "' lies in boundaries '"
                    + inner.label()
                    + "' and '"
                    + border.label()
                    + "', which overlap; Bulwark zones nest, so it is placed in"
                    + " the smaller, '"
                    + inner.label()
                    + "'",
                "draw boundaries inside one another, or apart"));
      }
    }
  }

  private void node(Shape node, Optional<String> zone) {
    String id = idsByGuid.get(node.guid());
    Positions positions = Places.of(node.at());
    outOfScope(node);
    if (node.kind() == Kind.INTERACTOR) {
      actors.add(new Actor(id, Kinds.actor(node), zone, describe(node), tags(node), positions));
      return;
    }
    List<Control> controls = new ArrayList<>();
    if (yes(node, "hasInputSanitizers")) {
      controls.add(Control.INPUT_VALIDATION);
    }
    if (yes(node, "hasOutputSanitizers")) {
      controls.add(Control.OUTPUT_ENCODING);
    }
    boolean specific = !node.typeId().equals(node.genericId()) && !node.stencilName().isEmpty();
    components.add(
        new Component(
            id,
            node.kind() == Kind.STORE ? Kinds.store(node) : Kinds.process(node),
            describe(node),
            specific ? Optional.of(node.stencilName()) : Optional.empty(),
            zone,
            exposure(node),
            false,
            List.of(),
            List.of(),
            List.of(),
            yes(node, "Encrypted") ? EncryptionAtRest.PLATFORM : EncryptionAtRest.NONE,
            controls,
            Optional.empty(),
            tags(node),
            List.of(),
            positions));
  }

  /** Internet-facing when a flow into it comes from an element in a zone trusted below 30. */
  private Exposure exposure(Shape node) {
    String id = idsByGuid.get(node.guid());
    for (Flow flow : flows) {
      if (flow.to().equals(id) && trustOf(flow.from()) < 30) {
        return Exposure.INTERNET;
      }
    }
    return Exposure.INTERNAL;
  }

  private int trustOf(String nodeId) {
    return Optional.ofNullable(zoneByNodeId.get(nodeId))
        .map(zonesById::get)
        .map(Zone::trust)
        .orElse(50);
  }

  private Optional<Flow> flow(Shape flow, List<Shape> lines) {
    Optional<String> from = Optional.ofNullable(idsByGuid.get(flow.source()));
    Optional<String> to = Optional.ofNullable(idsByGuid.get(flow.target()));
    if (from.isEmpty() || to.isEmpty()) {
      problems.add(
          new Problem(
              ProblemType.NOT_MAPPED,
              flow.at(),
              "flow '"
                  + flow.label()
                  + "' is not connected at both ends (source '"
                  + flow.source()
                  + "', target '"
                  + flow.target()
                  + "'); it is left out",
              "connect both ends of the flow in the tool"));
      return Optional.empty();
    }
    if (from.equals(to)) {
      problems.add(
          new Problem(
              ProblemType.NOT_MAPPED,
              flow.at(),
              "flow '"
                  + flow.label()
                  + "' goes from '"
                  + from.get()
                  + "' to itself, which a Bulwark"
                  + " flow cannot; it is left out"));
      return Optional.empty();
    }
    String id = ids.named(flow.label(), "flow");
    idsByGuid.put(flow.guid(), id);
    Optional<Protocol> protocol = Kinds.protocol(flow);
    if (protocol.isEmpty() && yes(flow, "providesConfidentiality")) {
      protocol = Optional.of(Protocol.TLS);
    }
    if (protocol.isEmpty()) {
      problems.add(
          new Problem(
              ProblemType.NOT_MAPPED,
              flow.at(),
              "flow '"
                  + flow.label()
                  + "' ("
                  + flow.stencilName()
                  + ") does not say how it travels;"
                  + " Bulwark assumes tcp, unencrypted",
              "set the flow's protocol in the imported model"));
    }
    List<String> tags = new ArrayList<>(tags(flow));
    for (Shape line : lines) {
      if (flow.curve().isPresent()
          && line.curve().isPresent()
          && Geometry.cross(flow.curve().get(), line.curve().get())) {
        tags.add(TmtTags.CROSSES + line.typeId());
        if (!line.genericId().equals(line.typeId()) && !line.genericId().isEmpty()) {
          tags.add(TmtTags.CROSSES + line.genericId());
        }
      }
    }
    outOfScope(flow);
    return Optional.of(
        new Flow(
            id,
            from.get(),
            to.get(),
            protocol.orElse(Protocol.TCP),
            yes(flow, "authenticatesSource") ? Authentication.TOKEN : Authentication.NONE,
            Authorization.NONE,
            List.of(),
            List.of(),
            describe(flow),
            tags.stream().distinct().toList(),
            Places.of(flow.at())));
  }

  /** Says what became of a line boundary, which is not a zone. */
  private void lineNotice(Shape line) {
    long crossing =
        flows.stream().filter(f -> f.tags().contains(TmtTags.CROSSES + line.typeId())).count();
    problems.add(
        new Problem(
            ProblemType.NOT_MAPPED,
            line.at(),
            "line boundary '"
                + line.label()
                + "' is not a zone; "
                + (line.curve().isEmpty()
                    ? "it has no place on the diagram, so no flow is known to cross it"
                    : crossing
                        + " flow(s) crossing it are tagged "
                        + TmtTags.CROSSES
                        + line.typeId()),
            "draw a border boundary around what it separates to make a zone"));
  }

  private void outOfScope(Shape shape) {
    if (shape.property(OUT_OF_SCOPE).filter("true"::equalsIgnoreCase).isPresent()) {
      problems.add(
          new Problem(
              ProblemType.NOT_MAPPED,
              shape.at(),
              "'"
                  + shape.label()
                  + "' is out of scope in the tool"
                  + shape
                      .property(OUT_OF_SCOPE_REASON)
                      .filter(r -> !r.isBlank())
                      .map(r -> " (" + r + ")")
                      .orElse("")
                  + "; Bulwark analyses it, tagged "
                  + TmtTags.property(OUT_OF_SCOPE, "true"),
              "suppress the rules that do not apply to it"));
    }
  }

  /** The stencil type, generic type and properties as tags; a false "Out Of Scope" is left out. */
  private static List<String> tags(Shape shape) {
    List<String> tags = new ArrayList<>();
    tags.add(TmtTags.TYPE + shape.typeId());
    if (!shape.genericId().isEmpty() && !shape.genericId().equals(shape.typeId())) {
      tags.add(TmtTags.GENERIC + shape.genericId());
    }
    tags.add(TmtTags.GUID + shape.guid());
    boolean inScope = shape.property(OUT_OF_SCOPE).filter("true"::equalsIgnoreCase).isEmpty();
    for (Shape.Property property : shape.properties()) {
      boolean scope =
          property.name().equals(OUT_OF_SCOPE) || property.name().equals(OUT_OF_SCOPE_REASON);
      if ((scope && inScope) || property.value().isBlank()) {
        continue;
      }
      tags.add(TmtTags.property(property.name(), property.value().strip()));
    }
    return tags.stream().distinct().toList();
  }

  private static Optional<String> describe(Shape shape) {
    String name = shape.label();
    if (!shape.stencilName().isEmpty() && !shape.stencilName().equals(name)) {
      name = name + " (" + shape.stencilName() + ")";
    }
    return Optional.of(name);
  }

  private static boolean yes(Shape shape, String property) {
    return shape.property(property).filter("yes"::equalsIgnoreCase).isPresent();
  }

  private static boolean isNode(Shape shape) {
    return shape.kind() == Kind.PROCESS
        || shape.kind() == Kind.INTERACTOR
        || shape.kind() == Kind.STORE;
  }

  private static List<Shape> of(List<Shape> shapes, Kind kind) {
    return shapes.stream().filter(s -> s.kind() == kind).toList();
  }
}
