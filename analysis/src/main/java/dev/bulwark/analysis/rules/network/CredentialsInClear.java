package dev.bulwark.analysis.rules.network;

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
import dev.bulwark.model.Control;
import dev.bulwark.model.Wire;
import java.util.List;

/**
 * A password, API key, bearer token or session cookie sent over an unencrypted network protocol
 * without a VPN. Unlike BW-NET-001 it fires whatever the data: the credential is the prize.
 */
public final class CredentialsInClear implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-NET-007")
          .title("Credentials sent unencrypted")
          .stride(SPOOFING, INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-523")
          .capec("CAPEC-157", "CAPEC-102")
          .attack("T1040", "T1557")
          .rationale(
              "A credential read off the wire can be replayed for as long as it stays valid, often"
                  + " months for keys and passwords. The listener then acts as the caller, far"
                  + " beyond the one exchange it happened to see.")
          .mitigations("encrypt-transport")
          .asvs("V9.1.1", "V9.2.2")
          .build();

  /** Credentials that travel with the requests, readable on an unencrypted wire. */
  static final List<Authentication> SENT =
      List.of(
          Authentication.PASSWORD,
          Authentication.API_KEY,
          Authentication.TOKEN,
          Authentication.SESSION);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction flow : system.interactions()) {
      if (flow.encrypted()
          || !flow.flow().protocol().network()
          || flow.flow().controls().contains(Control.VPN)
          || !SENT.contains(flow.flow().authentication())) {
        continue;
      }
      String credential = Wire.name(flow.flow().authentication());
      findings
          .on(flow.id())
          .fact(flow.describe() + " uses a protocol without encryption and no vpn")
          .fact("it authenticates with " + credential + ", sent along with the requests")
          .data(system.dataOf(List.of(flow.id(), flow.target().id())))
          .cause(flow.target().id())
          .report(
              "The "
                  + credential
                  + " on flow "
                  + flow.id()
                  + " can be captured on the network and reused to act as "
                  + flow.source().id()
                  + ".");
    }
  }
}
