package dev.bulwark.analysis.rules.stride;

import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Control;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Wire;

/**
 * Baseline tampering: requests cross into more trusted ground on a plain network protocol and land
 * in custom code. Sensitive data on such a flow is BW-NET-001's finding, so this rule covers the
 * rest: ordinary requests an on-path attacker can rewrite before the in-house code acts on them.
 */
public final class TamperingAcrossBoundary implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-STRIDE-002")
          .title("Requests to custom code can be altered in transit")
          .stride(TAMPERING)
          .goals(INTEGRITY)
          .cwe("CWE-924")
          .capec("CAPEC-94")
          .attack("T1557")
          .rationale(
              "A plain-text protocol lets anyone on the path between the zones rewrite a request"
                  + " before the in-house code receives it, so the code acts on values its caller"
                  + " never sent. The data may not be secret, yet what the code does with it can"
                  + " still matter.")
          .mitigations("transport-integrity-protection", "encrypt-transport")
          .reducedBy(Control.INPUT_VALIDATION)
          .asvs("V9.1.1", "V9.2.2")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : Crossings.inward(system)) {
      boolean protectedChannel =
          i.encrypted()
              || !i.flow().protocol().network()
              || i.flow().authentication() == Authentication.MTLS
              || i.flow().controls().contains(Control.VPN);
      if (protectedChannel
          || i.carriesSensitive() // BW-NET-001 reports it
          || !i.target().customCode()
          || i.data().stream().allMatch(d -> d.integrity() == Rating.LOW)) {
        continue;
      }
      findings
          .on(i.id(), i.target().id())
          .fact(Crossings.crossing(i))
          .fact("protocol " + Wire.name(i.flow().protocol()) + " has no encryption or integrity")
          .fact("flow " + i.id() + " declares no vpn")
          .fact(i.target().describe() + " is custom code")
          .report(
              "Someone on the network path can change what "
                  + i.source().id()
                  + " sends to "
                  + i.target().id()
                  + " on flow "
                  + i.id()
                  + ".");
    }
  }
}
