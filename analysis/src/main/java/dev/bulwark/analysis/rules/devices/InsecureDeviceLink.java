package dev.bulwark.analysis.rules.devices;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Goal.SAFETY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Wire;
import java.util.Set;

/**
 * Plain Bluetooth, CoAP or MQTT to or from a device (or a phone app, for Bluetooth) carrying
 * sensitive data or commands: data for a device, or data named or tagged as commands. A VPN on the
 * flow counts as encryption. A device-specific case of BW-NET-001.
 */
public final class InsecureDeviceLink implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-DEV-003")
          .title("Device link without encryption (Bluetooth, CoAP, MQTT)")
          .stride(INFORMATION_DISCLOSURE, TAMPERING)
          .goals(CONFIDENTIALITY, INTEGRITY, SAFETY)
          .cwe("CWE-319")
          .capec("CAPEC-157")
          .attack("T1040", "T1557")
          .rationale(
              "Radio reaches past the walls and IoT protocols often run without their secure"
                  + " variant: anyone in range or on the path can read readings and credentials,"
                  + " and inject or replay commands that make a device unlock, heat or stop.")
          .mitigations("secure-device-link", "encrypt-transport")
          .refines("BW-NET-001")
          .build();

  private static final Set<Protocol> PLAIN =
      Set.of(Protocol.BLUETOOTH, Protocol.COAP, Protocol.MQTT);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction link : system.interactions()) {
      Protocol protocol = link.flow().protocol();
      boolean device = Devices.isDevice(link.source()) || Devices.isDevice(link.target());
      boolean phone =
          protocol == Protocol.BLUETOOTH
              && (link.source().is(ComponentKind.MOBILE_APP)
                  || link.target().is(ComponentKind.MOBILE_APP));
      boolean commands =
          (Devices.isDevice(link.target()) && !link.data().isEmpty())
              || link.data().stream()
                  .anyMatch(d -> d.id().contains("command") || d.tags().contains("commands"));
      if (!PLAIN.contains(protocol)
          || !(device || phone)
          || link.flow().controls().contains(Control.VPN)
          || !(commands || link.carriesSensitive())) {
        continue;
      }
      findings
          .on(link.id())
          .fact(link.describe() + " uses " + Wire.name(protocol) + " without encryption")
          .fact(commands ? "it carries commands to a device" : "it carries sensitive data")
          .report(
              "Anyone in range of or on the path of "
                  + link.id()
                  + " can read it and inject commands or data.");
    }
  }
}
