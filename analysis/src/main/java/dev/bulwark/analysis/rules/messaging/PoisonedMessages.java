package dev.bulwark.analysis.rules.messaging;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.ELEVATION_OF_PRIVILEGE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import java.util.stream.Stream;

/**
 * Custom code connected to a queue or broker that parties less trusted than it, from outside the
 * internal ground (see {@link Brokers#outside}), publish to, without input validation. Producers
 * and consumers both start their flows to the broker, so every custom-code peer counts as a
 * consumer.
 */
public final class PoisonedMessages implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-MSG-002")
          .title("Consumer trusts messages from less trusted producers")
          .stride(TAMPERING, ELEVATION_OF_PRIVILEGE)
          .goals(INTEGRITY, AVAILABILITY)
          .cwe("CWE-20")
          .rationale(
              "A queue hides where a message came from: the consumer sits deep inside, yet parses"
                  + " what a partner, a device or a public front end chose to publish. A malformed"
                  + " or hostile message can crash it in a loop, abuse its parser or make it act"
                  + " with its own rights.")
          .mitigations("input-validation", "message-schema-enforcement")
          .reducedBy(Control.SANDBOXING)
          .asvs("V5.1.3")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node broker : system.nodes()) {
      if (!Brokers.isBroker(broker)) {
        continue;
      }
      Stream.concat(system.into(broker.id()).stream(), system.from(broker.id()).stream())
          .filter(link -> !link.flow().controls().contains(Control.INPUT_VALIDATION))
          .map(link -> link.source().id().equals(broker.id()) ? link.target() : link.source())
          .filter(c -> c.component().map(x -> x.customCode()).orElse(false))
          .filter(c -> !c.has(Control.INPUT_VALIDATION))
          .distinct()
          .forEach(consumer ->
              Brokers.lessTrustedProducer(system, broker, consumer)
                  .ifPresent(why ->
                      findings
                          .on(consumer.id(), broker.id())
                          .fact(consumer.describe() + " is custom code reading " + broker.id())
                          .fact(why)
                          .fact("no input-validation on " + consumer.id())
                          .cause(consumer.id())
                          .report(
                              consumer.id()
                                  + " processes messages from "
                                  + broker.id()
                                  + " that less trusted producers can shape.")));
    }
  }
}
