package dev.bulwark.analysis.rules.devices;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Goal.SAFETY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.Optional;

/**
 * A device or IoT gateway in a physical zone (a home, a field site, a customer's hands), or exposed
 * to the internet, that does not declare secure boot.
 */
public final class PhysicalTampering implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-DEV-005")
          .title("Device in others' hands boots unverified firmware")
          .stride(TAMPERING, ELEVATION_OF_PRIVILEGE)
          .goals(INTEGRITY, CONFIDENTIALITY, SAFETY)
          .cwe("CWE-1326")
          .capec("CAPEC-401")
          .attack("T1542")
          .rationale(
              "Someone with the device on their desk can open it, attach to a debug port or"
                  + " reflash its storage. Without a boot chain anchored in hardware, the modified"
                  + " firmware runs with the device's keys and trust, and it can then attack the"
                  + " back end as a legitimate unit.")
          .mitigations("device-secure-boot", "device-debug-lockdown")
          .reducedBy(Control.HARDENING)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node device : system.nodes()) {
      if (!device.is(ComponentKind.DEVICE, ComponentKind.IOT_GATEWAY)
          || device.has(Control.SECURE_BOOT)) {
        continue;
      }
      Optional<Zone> physical =
          device.zoneId().stream()
              .flatMap(z -> system.zoneChain(z).stream())
              .filter(z -> z.kind() == ZoneKind.PHYSICAL)
              .findFirst();
      if (physical.isEmpty() && device.exposure() != Exposure.INTERNET) {
        continue;
      }
      findings
          .on(device.id())
          .fact(
              physical
                  .map(z -> device.describe() + " sits in physical zone " + z.id())
                  .orElse(device.describe() + " has exposure internet"))
          .fact(device.id() + " declares no secure-boot")
          .report("Firmware altered on " + device.id() + " by someone holding it runs unchecked.");
    }
  }
}
