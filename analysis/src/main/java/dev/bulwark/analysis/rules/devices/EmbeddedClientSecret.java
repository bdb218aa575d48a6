package dev.bulwark.analysis.rules.devices;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.SPOOFING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.ComponentKind;

/**
 * A mobile or desktop app, or a device, that calls a component with a static API key: the key ships
 * inside every copy of the binary. For devices it replaces BW-DEV-002 on the same flow.
 */
public final class EmbeddedClientSecret implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-DEV-006")
          .title("API key embedded in a distributed app or device")
          .stride(SPOOFING, INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-798")
          .capec("CAPEC-191")
          .attack("T1552")
          .rationale(
              "Anything compiled into an app or firmware image can be pulled out with a"
                  + " decompiler or a proxy in an afternoon. A static key then works from any"
                  + " script, is shared by every install, and cannot be revoked without breaking"
                  + " all of them.")
          .mitigations("client-secret-elimination")
          .asvs("V2.10.4")
          .refines("BW-DEV-002", "BW-STRIDE-001")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction call : system.interactions()) {
      boolean client =
          call.source().is(ComponentKind.MOBILE_APP, ComponentKind.DESKTOP_APP)
              || Devices.isDevice(call.source());
      if (!client
          || !call.target().isComponent()
          || Devices.isDevice(call.target())
          || call.flow().authentication() != Authentication.API_KEY) {
        continue;
      }
      findings
          .on(call.id())
          .fact(call.source().describe() + " is distributed to users or the field")
          .fact(call.describe() + " authenticates with a static api-key")
          .cause(call.source().id())
          .report(
              "The API key "
                  + call.source().id()
                  + " sends to "
                  + call.target().id()
                  + " can be extracted from its binary and reused anywhere.");
    }
  }
}
