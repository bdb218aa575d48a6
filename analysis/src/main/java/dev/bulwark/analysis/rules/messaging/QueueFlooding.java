package dev.bulwark.analysis.rules.messaging;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Stride.DENIAL_OF_SERVICE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import java.util.List;

/**
 * A queue or broker that partners or the internet can publish to (see {@link Brokers#fromOutside})
 * with no rate limiting on the broker or on those flows.
 */
public final class QueueFlooding implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-MSG-003")
          .title("Queue flooding from less trusted producers")
          .stride(DENIAL_OF_SERVICE)
          .goals(AVAILABILITY)
          .cwe("CWE-770")
          .capec("CAPEC-125")
          .attack("T1499")
          .rationale(
              "A broker accepts messages far faster than consumers can work them off. A burst"
                  + " from outside fills partitions and disks, pushes real messages past their"
                  + " retention or time-to-live, and stalls every service that shares the broker.")
          .mitigations("broker-producer-quotas")
          .reducedBy(Control.IP_ALLOWLIST, Control.DDOS_PROTECTION, Control.MONITORING)
          .asvs("V11.1.4")
          .refines("BW-STRIDE-005")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node broker : system.nodes()) {
      if (!Brokers.isBroker(broker) || broker.has(Control.RATE_LIMITING)) {
        continue;
      }
      List<Interaction> open =
          system.into(broker.id()).stream()
              .filter(Brokers::fromOutside)
              .filter(in -> !in.flow().controls().contains(Control.RATE_LIMITING))
              .toList();
      if (open.isEmpty()) {
        continue;
      }
      findings
          .on(broker.id())
          .facts(open.stream().map(Brokers::whyLessTrusted).distinct().toList())
          .fact("no rate-limiting on " + broker.id() + " or on those flows")
          .report(
              "Producers outside "
                  + broker.id()
                  + "'s zone can fill it faster than its consumers drain it.");
    }
  }
}
