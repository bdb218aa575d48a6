package dev.bulwark.interop.pytm;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Position;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.problem.ProblemType;
import java.util.List;
import java.util.Optional;

/**
 * The zone of each element: its boundary's, else one zone for the elements pytm puts in no boundary
 * (trust 25, as for Threagile), made when first needed.
 */
final class Zones {
  static final int NO_BOUNDARY_TRUST = 25;

  private final Context cx;
  private final Position at;
  private Zone noBoundary;

  Zones(Context cx, Position at) {
    this.cx = cx;
    this.at = at;
  }

  String of(Mapping body, String what) {
    PeerFile r = cx.file;
    Optional<Text> boundary = r.located(body, "inBoundary", what);
    if (boundary.isEmpty()) {
      return noBoundary();
    }
    String zone = cx.zones.get(boundary.get().value());
    if (zone == null) {
      r.error(
          ProblemType.DANGLING_REFERENCE,
          boundary.get().position(),
          what + " lies in " + PeerFile.quote(boundary.get().value()) + ", which is no boundary",
          "boundaries: " + String.join(", ", cx.zones.keySet()));
      return noBoundary();
    }
    return zone;
  }

  boolean internet(String zone) {
    return cx.internet.contains(zone);
  }

  List<Zone> made() {
    return noBoundary == null ? List.of() : List.of(noBoundary);
  }

  private String noBoundary() {
    if (noBoundary == null) {
      noBoundary =
          new Zone(
              cx.ids.claim("no-boundary", "no-boundary"),
              NO_BOUNDARY_TRUST,
              ZoneKind.NETWORK,
              Optional.empty(),
              Optional.of("Elements that pytm puts in no boundary."),
              List.of(),
              Places.of(at));
    }
    return noBoundary.id();
  }
}
