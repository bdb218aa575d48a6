package dev.bulwark.interop.threagile;

import static dev.bulwark.interop.PeerFile.quote;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Position;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Threagile's {@code trust_boundaries} as zones. Threagile does not rate boundaries; a zone's trust
 * grows with its depth: 50 for a boundary in none, 10 more for each boundary around it, at most 90.
 * Each technical asset lands in the innermost boundary that lists it.
 */
final class Boundaries {
  static final int OUTER_TRUST = 50;
  static final int STEP = 10;
  static final int MAX_TRUST = 90;

  private final Context cx;
  private final PeerFile r;
  private final Map<String, Raw> byId = new LinkedHashMap<>();
  private final Map<String, String> parent = new LinkedHashMap<>();

  /** Technical asset id → Threagile id of the boundary it lands in. */
  private final Map<String, String> placement = new LinkedHashMap<>();

  private Boundaries(Context cx) {
    this.cx = cx;
    this.r = cx.file;
  }

  private record Raw(
      String threagileId, String id, Entry entry, Mapping body, Position idAt, String what) {}

  /** The zones, in file order, and where each technical asset is. */
  record Result(List<Zone> zones, Map<String, String> zoneOfAsset) {}

  static Result read(Context cx, Mapping root) {
    return new Boundaries(cx).run(root);
  }

  private Result run(Mapping root) {
    for (Entry entry :
        r.mapping(root, "trust_boundaries", "the model").map(r::entries).orElse(List.of())) {
      String what = "trust boundary " + quote(entry.key().value());
      r.body(entry.value(), what).ifPresent(body -> index(entry, body, what));
    }
    byId.values().forEach(this::nest);
    byId.values().forEach(this::place);
    List<Zone> zones = byId.values().stream().map(this::zone).toList();
    Map<String, String> zoneOfAsset = new LinkedHashMap<>();
    placement.forEach((asset, boundary) -> zoneOfAsset.put(asset, byId.get(boundary).id()));
    return new Result(zones, zoneOfAsset);
  }

  private void index(Entry entry, Mapping body, String what) {
    Optional<Text> threagileId = r.requiredText(body, "id", what);
    if (threagileId.isEmpty()) {
      return;
    }
    if (byId.containsKey(threagileId.get().value())) {
      r.error(
          ProblemType.DUPLICATE_ID,
          threagileId.get().position(),
          "trust boundary id " + quote(threagileId.get().value()) + " is used twice",
          "give each trust boundary its own id");
      return;
    }
    String id = cx.ids.claim(threagileId.get().value(), "boundary");
    cx.boundaries.put(threagileId.get().value(), id);
    byId.put(
        threagileId.get().value(),
        new Raw(threagileId.get().value(), id, entry, body, threagileId.get().position(), what));
  }

  private void nest(Raw outer) {
    for (Text inner : r.locatedTexts(outer.body(), "trust_boundaries_nested", outer.what())) {
      String name = inner.value();
      if (!byId.containsKey(name)) {
        r.error(
            ProblemType.DANGLING_REFERENCE,
            inner.position(),
            outer.what() + " nests " + quote(name) + ", which is no trust boundary",
            "trust boundaries: " + String.join(", ", byId.keySet()));
      } else if (name.equals(outer.threagileId())
          || ancestors(outer.threagileId()).contains(name)) {
        r.error(
            ProblemType.ZONE_CYCLE,
            inner.position(),
            outer.what() + " nests " + quote(name) + ", which already contains it",
            "a boundary cannot lie inside itself; remove one of the nestings");
      } else if (parent.containsKey(name)) {
        r.notMapped(
            inner.position(),
            outer.what()
                + " nests "
                + quote(name)
                + ", which "
                + quote(parent.get(name))
                + " nests already; a zone has one parent, so it stays in the first",
            "");
      } else {
        parent.put(name, outer.threagileId());
      }
    }
  }

  private List<String> ancestors(String boundary) {
    List<String> chain = new ArrayList<>();
    for (String up = parent.get(boundary); up != null && !chain.contains(up); up = parent.get(up)) {
      chain.add(up);
    }
    return chain;
  }

  private void place(Raw boundary) {
    for (Text asset : r.locatedTexts(boundary.body(), "technical_assets_inside", boundary.what())) {
      String name = asset.value();
      String before = placement.get(name);
      if (!cx.assets.containsKey(name)) {
        r.error(
            ProblemType.DANGLING_REFERENCE,
            asset.position(),
            boundary.what() + " holds " + quote(name) + ", which is no technical asset",
            "");
      } else if (boundary.threagileId().equals(before)) {
        continue; // listed twice in the same boundary: nothing changes
      } else if (before == null || ancestors(boundary.threagileId()).contains(before)) {
        placement.put(name, boundary.threagileId()); // the inner boundary wins
      } else if (!ancestors(before).contains(boundary.threagileId())) {
        r.notMapped(
            asset.position(),
            boundary.what()
                + " holds "
                + quote(name)
                + ", which "
                + quote(before)
                + " holds already; an element is in one zone, so it stays in the first",
            "");
      }
    }
  }

  private Zone zone(Raw raw) {
    Mapping body = raw.body();
    String what = raw.what();
    ZoneKind kind =
        r.located(body, "type", what)
            .flatMap(type -> r.oneOf(Terms.BOUNDARY, type, "'type' of " + what))
            .orElse(ZoneKind.NETWORK);
    int trust = Math.min(MAX_TRUST, OUTER_TRUST + STEP * ancestors(raw.threagileId()).size());
    r.leftovers(
        body,
        Set.of(
            "id",
            "description",
            "type",
            "tags",
            "technical_assets_inside",
            "trust_boundaries_nested"),
        what,
        raw.entry().key().position());
    return new Zone(
        raw.id(),
        trust,
        kind,
        Optional.ofNullable(parent.get(raw.threagileId())).map(up -> byId.get(up).id()),
        r.text(body, "description", what).or(() -> Optional.of(raw.entry().key().value())),
        r.texts(body, "tags", what).stream().distinct().toList(),
        Places.at(raw.entry().key().position())
            .field("id", raw.idAt())
            .field("kind", r.get(body, "type"))
            .positions());
  }
}
