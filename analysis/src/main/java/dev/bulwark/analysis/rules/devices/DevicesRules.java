package dev.bulwark.analysis.rules.devices;

import dev.bulwark.analysis.Rule;
import java.util.List;

/** Rules BW-DEV-NNN, mobile apps and IoT devices. One line per rule. */
public final class DevicesRules {
  private DevicesRules() {}

  public static final List<Rule> ALL =
      List.of(
          new UnsignedFirmwareUpdate(),
          new WeakDeviceIdentity(),
          new InsecureDeviceLink(),
          new MobileDataUnencrypted(),
          new PhysicalTampering(),
          new EmbeddedClientSecret());
}
