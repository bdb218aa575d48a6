package dev.bulwark.interop.threatdragon;

import dev.bulwark.interop.Guess;
import dev.bulwark.interop.threatdragon.TdCell.Kind;
import dev.bulwark.interop.threatdragon.TdGeometry.Point;
import dev.bulwark.model.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trust zones for one Threat Dragon diagram, which has boundaries but no zones. A boundary box is a
 * zone holding the shapes whose centre lies inside it (the innermost box wins; a box inside another
 * is a nested zone). A boundary curve separates: the shapes outside every box are split into
 * regions that flows join without crossing a curve, and each region is a zone, so that a flow
 * crossing a curve runs between two zones. Zones have no trust level in Threat Dragon; see {@link
 * #trust}.
 */
final class TdZones {
  /** Trust of an ordinary zone; nested boxes add {@link #NESTED_STEP} per level. */
  static final int DEFAULT_TRUST = 50;

  static final int NESTED_STEP = 10;

  private TdZones() {}

  /** A flow with its ends resolved to cells and its path through the diagram. */
  record Link(TdCell flow, TdCell from, TdCell to, List<Point> path) {}

  /**
   * A zone found in the diagram.
   *
   * @param key unique within the import: the box cell, or the region's number
   * @param name what the zone's id is made from
   * @param box the boundary box it comes from, if any
   */
  record Zone(
      String key,
      String name,
      Optional<String> parent,
      int trust,
      Position at,
      Optional<TdCell> box,
      String description) {}

  /**
   * The zones of a diagram, where each shape lies, and which curves each flow crosses.
   *
   * @param zoneOf shape cell → zone key
   * @param crossings flow cell → curves it crosses
   * @param looseCrossings flows that cross a curve but whose ends share a zone (other flows join
   *     them without crossing it)
   */
  record Result(
      List<Zone> zones,
      Map<TdCell, String> zoneOf,
      Map<TdCell, List<TdCell>> crossings,
      List<Link> looseCrossings) {}

  static Result of(String diagram, List<TdCell> cells, List<Link> links) {
    List<TdCell> boxes =
        cells.stream().filter(c -> c.kind() == Kind.BOX && c.rect().isPresent()).toList();
    List<TdCell> curves = cells.stream().filter(c -> c.kind() == Kind.CURVE).toList();
    List<TdCell> shapes = cells.stream().filter(c -> c.kind().element()).toList();
    List<Zone> zones = new ArrayList<>();
    Map<TdCell, String> zoneOf = new LinkedHashMap<>();
    for (TdCell box : boxes) {
      Optional<TdCell> parent = innermost(boxes, box.rect().orElseThrow().center(), box);
      int depth = depth(boxes, box);
      zones.add(
          new Zone(
              "box:" + box.peerId() + "@" + box.position(),
              box.name().isBlank() ? "trust boundary" : box.name(),
              parent.map(p -> "box:" + p.peerId() + "@" + p.position()),
              trust(box.name(), Math.min(100 - NESTED_STEP, DEFAULT_TRUST + NESTED_STEP * depth)),
              box.position(),
              Optional.of(box),
              "Threat Dragon trust boundary box in diagram '" + diagram + "'."));
    }
    List<TdCell> outside = new ArrayList<>();
    for (TdCell shape : shapes) {
      Optional<TdCell> box = shape.rect().flatMap(rect -> innermost(boxes, rect.center(), shape));
      if (box.isPresent()) {
        zoneOf.put(shape, "box:" + box.get().peerId() + "@" + box.get().position());
      } else {
        outside.add(shape);
      }
    }
    Map<TdCell, List<TdCell>> crossings = new LinkedHashMap<>();
    for (Link link : links) {
      List<TdCell> crossed =
          curves.stream().filter(curve -> TdGeometry.crosses(link.path(), path(curve))).toList();
      if (!crossed.isEmpty()) {
        crossings.put(link.flow(), crossed);
      }
    }
    List<Link> loose = regions(diagram, outside, links, crossings, zones, zoneOf);
    return new Result(zones, zoneOf, crossings, loose);
  }

  /** The smallest box other than {@code self} whose rectangle holds the point. */
  private static Optional<TdCell> innermost(List<TdCell> boxes, Point point, TdCell self) {
    return boxes.stream()
        .filter(box -> box != self && box.rect().orElseThrow().contains(point))
        .filter(box ->
            self.rect().isEmpty()
                || self.kind() != Kind.BOX
                || box.rect().orElseThrow().area() > self.rect().orElseThrow().area())
        .min(Comparator.comparingDouble(box -> box.rect().orElseThrow().area()));
  }

  private static int depth(List<TdCell> boxes, TdCell box) {
    int depth = 0;
    Optional<TdCell> parent = innermost(boxes, box.rect().orElseThrow().center(), box);
    while (parent.isPresent() && depth < boxes.size()) {
      depth++;
      parent = innermost(boxes, parent.get().rect().orElseThrow().center(), parent.get());
    }
    return depth;
  }

  /** Zero for boundaries named like the open internet; otherwise the given level. */
  static int trust(String name, int otherwise) {
    List<String> words = Guess.words(name);
    return words.contains("internet") || words.contains("untrusted") || words.contains("external")
        ? 0
        : otherwise;
  }

  /** A curve's path: its ends and its vertices in order. */
  static List<Point> path(TdCell curve) {
    List<Point> points = new ArrayList<>();
    curve.source().flatMap(TdCell.End::point).ifPresent(points::add);
    points.addAll(curve.vertices());
    curve.target().flatMap(TdCell.End::point).ifPresent(points::add);
    return points;
  }

  /**
   * Splits the shapes outside every box into regions that flows join without crossing a curve;
   * shapes without such flows join the largest region. Returns the crossing flows whose ends ended
   * up in one region all the same.
   */
  private static List<Link> regions(
      String diagram,
      List<TdCell> outside,
      List<Link> links,
      Map<TdCell, List<TdCell>> crossings,
      List<Zone> zones,
      Map<TdCell, String> zoneOf) {
    if (outside.isEmpty()) {
      return List.of();
    }
    Map<TdCell, TdCell> root = new HashMap<>();
    outside.forEach(shape -> root.put(shape, shape));
    Map<TdCell, Integer> degree = new HashMap<>();
    for (Link link : links) {
      degree.merge(link.from(), 1, Integer::sum);
      degree.merge(link.to(), 1, Integer::sum);
      if (root.containsKey(link.from())
          && root.containsKey(link.to())
          && !crossings.containsKey(link.flow())) {
        root.put(find(root, link.from()), find(root, link.to()));
      }
    }
    Map<TdCell, List<TdCell>> groups = new LinkedHashMap<>();
    for (TdCell shape : outside) {
      groups.computeIfAbsent(find(root, shape), key -> new ArrayList<>()).add(shape);
    }
    // a shape no flow reaches lies on no known side of a curve: it joins the largest region
    List<List<TdCell>> regions = new ArrayList<>();
    List<TdCell> strays = new ArrayList<>();
    for (List<TdCell> group : groups.values()) {
      if (group.size() == 1 && !degree.containsKey(group.getFirst())) {
        strays.add(group.getFirst());
      } else {
        regions.add(group);
      }
    }
    if (regions.isEmpty()) {
      regions.add(new ArrayList<>());
    }
    regions.stream().max(Comparator.comparingInt(List::size)).orElseThrow().addAll(strays);
    for (int i = 0; i < regions.size(); i++) {
      List<TdCell> members = regions.get(i);
      String key = "region:" + diagram + "#" + i;
      members.forEach(shape -> zoneOf.put(shape, key));
      boolean actorsOnly = members.stream().allMatch(shape -> shape.kind() == Kind.ACTOR);
      String name =
          regions.size() == 1
              ? diagram
              : hub(members, degree).name().replace('\n', ' ') + " region";
      zones.add(
          new Zone(
              key,
              name,
              Optional.empty(),
              actorsOnly ? 0 : trust(name, DEFAULT_TRUST),
              members.getFirst().position(),
              Optional.empty(),
              regions.size() == 1
                  ? "The shapes of Threat Dragon diagram '"
                      + diagram
                      + "' outside every boundary box."
                  : "A part of Threat Dragon diagram '"
                      + diagram
                      + "' that trust boundary curves separate from the rest."));
    }
    return links.stream()
        .filter(link -> crossings.containsKey(link.flow()))
        .filter(link -> root.containsKey(link.from()) && root.containsKey(link.to()))
        .filter(link -> zoneOf.get(link.from()).equals(zoneOf.get(link.to())))
        .toList();
  }

  /** The shape with the most flows, the first in file order on a tie. */
  private static TdCell hub(List<TdCell> members, Map<TdCell, Integer> degree) {
    TdCell best = members.getFirst();
    for (TdCell shape : members) {
      if (degree.getOrDefault(shape, 0) > degree.getOrDefault(best, 0)) {
        best = shape;
      }
    }
    return best;
  }

  private static TdCell find(Map<TdCell, TdCell> root, TdCell cell) {
    TdCell current = cell;
    while (root.get(current) != current) {
      current = root.get(current);
    }
    return current;
  }
}
