package dev.bulwark.analysis.rules.devices;

import static dev.bulwark.model.Goal.ACCOUNTABILITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.SPOOFING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Wire;
import java.util.Set;

/**
 * A device (actor of kind device, or a device or IoT gateway component) that calls a back-end
 * component over a network with no authentication or with a shared secret (password, API key)
 * instead of a key of its own such as a client certificate. Links between devices (BW-DEV-003's
 * ground), downloads from a CDN and flows that only fetch updates (BW-DEV-001's) are left out.
 */
public final class WeakDeviceIdentity implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-DEV-002")
          .title("Device proves its identity with a shared secret or not at all")
          .stride(SPOOFING)
          .goals(INTEGRITY, ACCOUNTABILITY)
          .cwe("CWE-1390", "CWE-306")
          .rationale(
              "Devices sit in strangers' hands: a password or key read out of one unit's flash, or"
                  + " no credential at all, lets anyone pose as that device or as the whole fleet,"
                  + " feed false readings and receive its commands. A per-device key that never"
                  + " leaves secure storage limits a teardown to one device.")
          .mitigations("device-certificate-identity")
          .refines("BW-STRIDE-001", "BW-MSG-001")
          .build();

  private static final Set<Authentication> WEAK =
      Set.of(Authentication.NONE, Authentication.PASSWORD, Authentication.API_KEY);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction call : system.interactions()) {
      Authentication auth = call.flow().authentication();
      if (!Devices.isDevice(call.source())
          || !call.target().isComponent()
          || Devices.isDevice(call.target())
          || call.target().is(ComponentKind.CDN)
          || (!call.data().isEmpty() && call.data().stream().allMatch(Devices::isUpdate))
          || !call.flow().protocol().network()
          || !WEAK.contains(auth)) {
        continue;
      }
      findings
          .on(call.id())
          .fact(call.source().describe() + " is a device")
          .fact(call.describe() + " uses authentication " + Wire.name(auth))
          .cause(call.source().id())
          .report(
              "Anyone holding "
                  + (auth == Authentication.NONE ? "nothing" : "the shared " + Wire.name(auth))
                  + " can act as "
                  + call.source().id()
                  + " towards "
                  + call.target().id()
                  + ".");
    }
  }
}
