package dev.bulwark.analysis.rules.messaging;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Exposure;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Package-private helpers of the messaging rules. */
final class Brokers {
  private Brokers() {}

  static boolean isBroker(Node node) {
    return node.is(ComponentKind.QUEUE, ComponentKind.MESSAGE_BROKER);
  }

  /**
   * Whether a flow into a broker comes from ground trusted less than the broker's: across a
   * boundary into a more trusted zone, or to a broker that anyone on the internet can reach.
   */
  static boolean fromLessTrusted(Interaction in) {
    return in.entersMoreTrusted() || in.target().exposure() == Exposure.INTERNET;
  }

  /**
   * Whether a flow into a broker comes from outside the organisation's internal ground: across a
   * boundary from a zone trusted below 60 (partners, the internet) or from a component others can
   * call from there, or to a broker exposed to the internet.
   */
  static boolean fromOutside(Interaction in) {
    return (in.entersMoreTrusted() && outside(in.source()))
        || in.target().exposure() == Exposure.INTERNET;
  }

  /** In a zone trusted below 60 (partners, the internet), or callable from there. */
  static boolean outside(Node node) {
    return node.trust() < 60 || node.exposure() != Exposure.INTERNAL;
  }

  /** Why {@link #fromLessTrusted} or {@link #fromOutside} holds, for a fact. */
  static String whyLessTrusted(Interaction in) {
    if (in.target().exposure() == Exposure.INTERNET) {
      return in.target().describe() + " has exposure internet";
    }
    return in.describe()
        + " enters a zone of trust "
        + in.target().trust()
        + " from one of trust "
        + in.source().trust();
  }

  /**
   * A producer from outside the internal ground, less trusted than the consumer, whose messages the
   * consumer may read (they share a data asset, where both flows name data).
   */
  static Optional<String> lessTrustedProducer(SystemView system, Node broker, Node consumer) {
    Set<String> read = new HashSet<>();
    Stream.concat(system.into(broker.id()).stream(), system.from(broker.id()).stream())
        .filter(l -> l.source().id().equals(consumer.id()) || l.target().id().equals(consumer.id()))
        .forEach(l -> read.addAll(l.flow().data()));
    return system.into(broker.id()).stream()
        .filter(in -> in.source().trust() < consumer.trust() && outside(in.source()))
        .filter(in -> read.isEmpty() || in.flow().data().isEmpty() || overlaps(in, read))
        .findFirst()
        .map(in ->
            in.source().describe()
                + " (trust "
                + in.source().trust()
                + ") publishes on "
                + in.id()
                + ", below "
                + consumer.id()
                + " ("
                + consumer.trust()
                + ")");
  }

  private static boolean overlaps(Interaction in, Set<String> read) {
    return in.flow().data().stream().anyMatch(read::contains);
  }
}
