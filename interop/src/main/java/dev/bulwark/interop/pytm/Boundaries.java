package dev.bulwark.interop.pytm;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * pytm's boundaries as zones. pytm does not rate them: a boundary named like the internet gets
 * trust 0, others 50, 10 more for each boundary around them (at most 90), as for Threagile.
 */
final class Boundaries {
  private Boundaries() {}

  private record Raw(String name, String id, Mapping body, Optional<Text> parent, String what) {}

  static List<Zone> read(Context cx, List<Node> nodes) {
    PeerFile r = cx.file;
    List<Raw> raws = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String what = "boundary " + (i + 1);
      Optional<Mapping> body = r.body(nodes.get(i), what);
      Optional<String> name = body.flatMap(b -> r.required(b, "name", what));
      if (name.isEmpty()) {
        continue;
      }
      String named = "boundary " + PeerFile.quote(name.get());
      if (cx.zones.containsKey(name.get())) {
        r.error(
            ProblemType.DUPLICATE_ID,
            r.where(body.get(), "name"),
            "two boundaries are named " + PeerFile.quote(name.get()),
            "pytm refers to boundaries by name: give each its own");
        continue;
      }
      String id = cx.ids.named(name.get(), "boundary");
      cx.zones.put(name.get(), id);
      if (name.get().toLowerCase(Locale.ROOT).contains("internet")) {
        cx.internet.add(id);
      }
      raws.add(
          new Raw(name.get(), id, body.get(), r.located(body.get(), "inBoundary", named), named));
    }
    Map<String, String> parent = new LinkedHashMap<>();
    for (Raw raw : raws) {
      raw.parent()
          .ifPresent(up -> {
            String upId = cx.zones.get(up.value());
            if (upId == null) {
              r.error(
                  ProblemType.DANGLING_REFERENCE,
                  up.position(),
                  raw.what() + " lies in " + PeerFile.quote(up.value()) + ", which is no boundary",
                  "");
            } else if (upId.equals(raw.id()) || chain(parent, upId).contains(raw.id())) {
              r.error(
                  ProblemType.ZONE_CYCLE,
                  up.position(),
                  raw.what() + " lies in " + PeerFile.quote(up.value()) + ", which lies in it",
                  "a boundary cannot lie inside itself");
            } else {
              parent.put(raw.id(), upId);
            }
          });
    }
    List<Zone> zones = new ArrayList<>();
    for (Raw raw : raws) {
      r.leftovers(
          raw.body(),
          Set.of(
              "name",
              "inBoundary",
              "description",
              "findings",
              "levels",
              "severity",
              "maxClassification",
              "inScope"),
          raw.what(),
          raw.body().position(),
          Attributes::informative);
      int depth = chain(parent, raw.id()).size();
      zones.add(
          new Zone(
              raw.id(),
              cx.internet.contains(raw.id()) ? 0 : Math.min(90, 50 + 10 * depth),
              ZoneKind.NETWORK,
              Optional.ofNullable(parent.get(raw.id())),
              r.text(raw.body(), "description", raw.what()),
              List.of(),
              Places.at(raw.body().position())
                  .field("id", r.get(raw.body(), "name"))
                  .field("parent", r.get(raw.body(), "inBoundary"))
                  .positions()));
    }
    return zones;
  }

  private static List<String> chain(Map<String, String> parent, String zone) {
    List<String> up = new ArrayList<>();
    for (String at = parent.get(zone); at != null && !up.contains(at); at = parent.get(at)) {
      up.add(at);
    }
    return up;
  }
}
