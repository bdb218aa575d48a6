package dev.bulwark.interop.threagile;

import dev.bulwark.interop.Places;
import dev.bulwark.model.Position;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The zones for technical assets that no trust boundary holds, made when first needed: the internet
 * (trust 0) for those marked {@code internet: true}, and a zone of middling trust for the rest,
 * since a Bulwark element must be in some zone.
 */
final class OpenZones {
  static final int NO_BOUNDARY_TRUST = 25;

  private final Context cx;
  private final Position at;
  private final List<Zone> made = new ArrayList<>();
  private String internet;
  private String noBoundary;

  OpenZones(Context cx, Position at) {
    this.cx = cx;
    this.at = at;
  }

  String internet() {
    if (internet == null) {
      internet =
          make(
              "internet",
              0,
              "The internet: technical assets marked 'internet: true'"
                  + " that no Threagile trust boundary holds.");
    }
    return internet;
  }

  String noBoundary() {
    if (noBoundary == null) {
      noBoundary =
          make(
              "no-boundary",
              NO_BOUNDARY_TRUST,
              "Technical assets that no Threagile"
                  + " trust boundary holds and that are not on the internet.");
    }
    return noBoundary;
  }

  List<Zone> zones() {
    return List.copyOf(made);
  }

  private String make(String wanted, int trust, String description) {
    String id = cx.ids.claim(wanted, wanted);
    made.add(
        new Zone(
            id,
            trust,
            ZoneKind.NETWORK,
            Optional.empty(),
            Optional.of(description),
            List.of(),
            Places.of(at)));
    return id;
  }
}
