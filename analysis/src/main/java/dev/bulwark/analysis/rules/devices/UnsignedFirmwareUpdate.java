package dev.bulwark.analysis.rules.devices;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Goal.SAFETY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import java.util.List;

/**
 * A device or gateway that receives updates (from a firmware-update service, or on a flow carrying
 * firmware) where neither it, the flow nor the other end declares signed updates. Where no device
 * with an update channel is modelled, the firmware-update service itself is reported instead.
 */
public final class UnsignedFirmwareUpdate implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-DEV-001")
          .title("Firmware updates installed without a signature check")
          .stride(TAMPERING, ELEVATION_OF_PRIVILEGE)
          .goals(INTEGRITY, AVAILABILITY, SAFETY)
          .cwe("CWE-494", "CWE-345")
          .capec("CAPEC-186")
          .attack("T1195.002")
          .rationale(
              "Whoever can get an image onto the update path, through the update server, a"
                  + " mirror or the network, owns every device that installs it, and can brick the"
                  + " fleet at once. Only a signature the device itself checks against a key it"
                  + " holds separates a real update from a forged one.")
          .mitigations("signed-firmware-updates")
          .reducedBy(Control.SECURE_BOOT)
          .asvs("V10.3.1")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    boolean anyChannel = false;
    for (Node device : system.nodes()) {
      if (!device.is(ComponentKind.DEVICE, ComponentKind.IOT_GATEWAY)) {
        continue;
      }
      List<Interaction> channels = Devices.updateChannels(system, device);
      anyChannel |= !channels.isEmpty();
      List<Interaction> unsigned =
          channels.stream().filter(c -> !Devices.signedUpdates(c, device)).toList();
      if (unsigned.isEmpty()) {
        continue;
      }
      findings
          .on(device.id())
          .facts(unsigned.stream().map(c -> c.describe() + " delivers updates").toList())
          .fact("no signed-updates on " + device.id() + ", those flows or their other ends")
          .report(device.id() + " installs whatever image reaches it on the update path.");
    }
    for (Node service : system.nodes()) {
      if (!anyChannel
          && service.is(ComponentKind.FIRMWARE_UPDATE)
          && !service.has(Control.SIGNED_UPDATES)) {
        findings
            .on(service.id())
            .fact(service.describe() + " delivers updates and declares no signed-updates")
            .report("Updates from " + service.id() + " carry no signature devices can check.");
      }
    }
  }
}
