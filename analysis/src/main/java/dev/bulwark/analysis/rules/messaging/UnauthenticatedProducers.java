package dev.bulwark.analysis.rules.messaging;

import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.SPOOFING;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;

/**
 * A flow into a queue or broker without authentication, from a less trusted zone or to a broker
 * exposed to the internet: anyone who can connect can publish as any producer.
 */
public final class UnauthenticatedProducers implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-MSG-001")
          .title("Unauthenticated producers on a queue or broker")
          .stride(SPOOFING, TAMPERING)
          .goals(INTEGRITY)
          .cwe("CWE-306")
          .rationale(
              "Consumers act on a message because of where it appears, not who wrote it. A broker"
                  + " that lets anyone connect and publish lets an outsider inject orders, commands"
                  + " or events that downstream services trust as if their own producers sent them.")
          .mitigations("broker-client-authentication")
          .reducedBy(Control.NETWORK_POLICY, Control.IP_ALLOWLIST)
          .asvs("V1.2.2")
          .refines("BW-STRIDE-001")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction in : system.interactions()) {
      if (!Brokers.isBroker(in.target())
          || in.authenticated()
          || !in.flow().protocol().network()
          || !Brokers.fromLessTrusted(in)) {
        continue;
      }
      findings
          .on(in.id())
          .fact(in.describe() + " reaches " + in.target().describe() + " with authentication none")
          .fact(Brokers.whyLessTrusted(in))
          .cause(in.target().id())
          .report(
              "Anyone who can reach "
                  + in.target().id()
                  + " can publish on flow "
                  + in.id()
                  + " as if they were "
                  + in.source().id()
                  + ".");
    }
  }
}
