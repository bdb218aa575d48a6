package dev.bulwark.interop;

import dev.bulwark.interop.otm.OtmWriter;
import dev.bulwark.interop.threatdragon.ThreatDragonWriter;
import java.util.List;
import java.util.Optional;

/** Every exporter Bulwark has. */
public final class Exporters {
  private static final List<Exporter> ALL = List.of(new OtmWriter(), new ThreatDragonWriter());

  private Exporters() {}

  public static List<Exporter> all() {
    return ALL;
  }

  /** The exporter of that {@code --to} name. */
  public static Optional<Exporter> named(String name) {
    return ALL.stream().filter(exporter -> exporter.name().equals(name)).findFirst();
  }
}
