package dev.bulwark.analysis.rules.messaging;

import dev.bulwark.analysis.Rule;
import java.util.List;

/** Rules BW-MSG-NNN, queues and message brokers. One line per rule. */
public final class MessagingRules {
  private MessagingRules() {}

  public static final List<Rule> ALL =
      List.of(
          new UnauthenticatedProducers(),
          new PoisonedMessages(),
          new QueueFlooding(),
          new MessageReplay());
}
