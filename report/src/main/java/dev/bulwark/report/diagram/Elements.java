package dev.bulwark.report.diagram;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.report.diagram.Graph.Box;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.LinkStyle;
import dev.bulwark.report.diagram.Graph.Shape;
import dev.bulwark.report.diagram.Graph.Vertex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How model elements look in every diagram: the shape of each kind, labels, hover text, and the
 * zones in drawing order. Shared by the SVG diagrams and the DOT and Mermaid renderers so that all
 * formats say the same thing.
 */
final class Elements {
  private Elements() {}

  /** Component kinds drawn as data stores: they keep data rather than compute on it. */
  static final Set<ComponentKind> STORES =
      EnumSet.of(
          ComponentKind.DATABASE,
          ComponentKind.CACHE,
          ComponentKind.SEARCH_INDEX,
          ComponentKind.QUEUE,
          ComponentKind.MESSAGE_BROKER,
          ComponentKind.STORAGE,
          ComponentKind.FILE_SHARE,
          ComponentKind.SECRET_STORE,
          ComponentKind.VECTOR_STORE,
          ComponentKind.REPOSITORY,
          ComponentKind.ARTIFACT_REGISTRY,
          ComponentKind.DIRECTORY);

  /** Longest description quoted in hover text. */
  private static final int DESCRIPTION_CHARS = 280;

  static String nodeKey(String id) {
    return "n:" + id;
  }

  static String boxKey(String zoneId) {
    return "z:" + zoneId;
  }

  static Shape shape(Node node) {
    if (node.isActor()) {
      return Shape.ACTOR;
    }
    ComponentKind kind = node.component().orElseThrow().kind();
    if (kind == ComponentKind.EXTERNAL_SERVICE) {
      return Shape.EXTERNAL;
    }
    return STORES.contains(kind) ? Shape.STORE : Shape.PROCESS;
  }

  /** Actor kind, or the component's technology (its kind when none is given). */
  static String kindOrTechnology(Node node) {
    return node.actor()
        .map(a -> Wire.name(a.kind()))
        .orElseGet(() -> {
          var c = node.component().orElseThrow();
          return c.technology().orElse(Wire.name(c.kind()));
        });
  }

  /**
   * An element as a vertex.
   *
   * @param brief hover text without descriptions, for diagrams of large models, where the text is
   *     most of the output
   */
  static Vertex vertex(SystemView view, Node node, Map<String, Severity> severity, boolean brief) {
    Optional<Severity> worst = Optional.ofNullable(severity.get(node.id()));
    // The technology is cut first, so that the severity word is never the part that is lost.
    String detail =
        TextWidth.clip(kindOrTechnology(node), 28)
            + worst.map(s -> " · " + Wire.name(s)).orElse("");
    return new Vertex(
        nodeKey(node.id()),
        node.zoneId().map(Elements::boxKey),
        shape(node),
        view.outsider(node),
        node.id(),
        Optional.of(detail),
        Palette.severity(worst),
        brief ? brief(node, worst) : tooltip(view, node, worst));
  }

  private static String brief(Node node, Optional<Severity> worst) {
    return node.describe() + worst.map(w -> "; highest open severity: " + Wire.name(w)).orElse("");
  }

  static String tooltip(SystemView view, Node node, Optional<Severity> worst) {
    StringBuilder t = new StringBuilder(node.describe());
    node.component().flatMap(c -> c.technology()).ifPresent(tech -> t.append(", ").append(tech));
    node.zoneId().ifPresent(z -> t.append("; zone ").append(z));
    if (view.outsider(node)) {
      t.append("; another party");
    }
    worst.ifPresent(w -> t.append("; highest open severity: ").append(Wire.name(w)));
    node.actor()
        .flatMap(a -> a.description())
        .or(() -> node.component().flatMap(c -> c.description()))
        .ifPresent(d -> t.append(". ").append(shorten(d)));
    return t.toString();
  }

  static String linkLabel(Interaction i) {
    return i.id() + " · " + Wire.name(i.flow().protocol());
  }

  static Link link(
      Interaction i, String from, String to, Map<String, Severity> severity, boolean brief) {
    return new Link(
        "f:" + i.id(),
        from,
        to,
        linkLabel(i),
        i.crossesBoundary() ? LinkStyle.CROSSING : LinkStyle.FLOW,
        brief ? brief(i) : tooltip(i, severity));
  }

  private static String brief(Interaction i) {
    return "flow "
        + i.id()
        + " ("
        + Wire.name(i.flow().protocol())
        + ") from "
        + i.source().id()
        + " to "
        + i.target().id();
  }

  static String tooltip(Interaction i, Map<String, Severity> severity) {
    // ASCII words rather than an arrow: one character beyond Latin-1 doubles the memory of a
    // large diagram's text.
    StringBuilder t = new StringBuilder("flow ").append(i.id());
    t.append(" from ").append(i.source().id()).append(" to ").append(i.target().id());
    t.append(" (").append(Wire.name(i.flow().protocol())).append(')');
    if (i.crossesBoundary()) {
      t.append("; crosses a trust boundary");
      if (!i.left().isEmpty()) {
        t.append(", leaves ").append(ids(i.left()));
      }
      if (!i.entered().isEmpty()) {
        t.append(", enters ").append(ids(i.entered()));
      }
    }
    if (!i.flow().data().isEmpty()) {
      t.append("; carries ").append(String.join(", ", i.flow().data()));
    }
    Optional.ofNullable(severity.get(i.id()))
        .ifPresent(w -> t.append("; highest open severity: ").append(Wire.name(w)));
    i.flow().description().ifPresent(d -> t.append(". ").append(shorten(d)));
    return t.toString();
  }

  /** The zones outermost first, each before the zones inside it, siblings in model order. */
  static List<Zone> zonesInOrder(SystemView view) {
    Map<String, List<Zone>> children = new LinkedHashMap<>();
    List<Zone> roots = new ArrayList<>();
    for (Zone z : view.zones()) {
      if (z.parent().flatMap(view::zone).isPresent()) {
        children.computeIfAbsent(z.parent().get(), k -> new ArrayList<>()).add(z);
      } else {
        roots.add(z);
      }
    }
    List<Zone> ordered = new ArrayList<>();
    List<Zone> stack = new ArrayList<>(roots.reversed());
    while (!stack.isEmpty() && ordered.size() <= view.zones().size()) {
      Zone zone = stack.removeLast();
      ordered.add(zone);
      List<Zone> kids = children.getOrDefault(zone.id(), List.of());
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.add(kids.get(i));
      }
    }
    return ordered;
  }

  static Box box(SystemView view, Zone zone, Optional<String> parent) {
    return new Box(boxKey(zone.id()), parent, boxLabel(zone), zoneTooltip(view, zone));
  }

  static String boxLabel(Zone zone) {
    return zone.id() + " · " + Wire.name(zone.kind()) + ", trust " + zone.trust();
  }

  static String zoneTooltip(SystemView view, Zone zone) {
    StringBuilder t = new StringBuilder("zone ").append(zone.id());
    t.append(" (").append(Wire.name(zone.kind())).append("), trust ").append(zone.trust());
    if (otherParty(view, zone)) {
      t.append("; another party");
    }
    zone.description().ifPresent(d -> t.append(". ").append(shorten(d)));
    return t.toString();
  }

  /** Whether the zone is another organisation's, or lies inside one. */
  static boolean otherParty(SystemView view, Zone zone) {
    return view.zoneChain(zone.id()).stream().anyMatch(z -> z.kind() == ZoneKind.ORGANIZATION);
  }

  private static String ids(List<Zone> zones) {
    return String.join(", ", zones.stream().map(Zone::id).toList());
  }

  static String shorten(String text) {
    String flat = text.strip().replace('\n', ' ').replace('\r', ' ');
    if (flat.codePointCount(0, flat.length()) <= DESCRIPTION_CHARS) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, DESCRIPTION_CHARS - 1)) + "…";
  }
}
