package dev.bulwark.analysis.rules.network;

import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.SPOOFING;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Wire;
import java.util.List;

/**
 * A legacy plain-text file or directory protocol (FTP, SMB, NFS, LDAP) crossing a trust boundary
 * without a VPN. It covers what BW-NET-001 and BW-NET-007 leave: data that is not sensitive, and a
 * flow that declares no password, key, token or session. Such protocols still move files and
 * directory answers that can be changed in transit, and identify the client weakly or not at all.
 */
public final class LegacyPlainProtocol implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-NET-008")
          .title("Legacy plain-text protocol across a trust boundary")
          .stride(TAMPERING, SPOOFING)
          .goals(INTEGRITY)
          .cwe("CWE-924", "CWE-319")
          .capec("CAPEC-94")
          .attack("T1557")
          .rationale(
              "File and directory protocols designed for a closed office network trust the wire."
                  + " Across a boundary, someone in the middle can swap a file or a directory"
                  + " answer, or pose as a client the server identifies only by address or user"
                  + " number, and what is changed is later used as if it were genuine.")
          .mitigations("replace-legacy-plaintext-protocols", "encrypt-transport")
          .reducedBy(Control.IP_ALLOWLIST, Control.NETWORK_POLICY)
          .build();

  private static final List<Protocol> LEGACY =
      List.of(Protocol.FTP, Protocol.SMB, Protocol.NFS, Protocol.LDAP);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction flow : system.interactions()) {
      if (!LEGACY.contains(flow.flow().protocol())
          || !flow.crossesBoundary()
          || flow.flow().controls().contains(Control.VPN)
          || flow.carriesSensitive()
          || CredentialsInClear.SENT.contains(flow.flow().authentication())) {
        continue;
      }
      String protocol = Wire.name(flow.flow().protocol());
      findings
          .on(flow.id())
          .fact(flow.describe() + " crosses a trust boundary in plain " + protocol + ", no vpn")
          .fact(
              "it declares authentication: %s and carries no sensitive data"
                  .formatted(Wire.name(flow.flow().authentication())))
          .report(
              "What goes over %s on flow %s can be altered, and the client impersonated."
                  .formatted(protocol, flow.id()));
    }
  }
}
