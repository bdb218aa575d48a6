package dev.bulwark.analysis.rules.identity;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Shared by the rules on isolating stores of credentials (vaults, identity providers). */
final class Isolation {
  private Isolation() {}

  /**
   * Reports each component of these kinds that shares its zone with another component exposed to
   * the internet (unless it declares {@code network-policy}), or that a flow reaches straight from
   * a node exposed to the internet, for the stores {@code directReachCounts} accepts.
   */
  static void check(
      SystemView system,
      Findings findings,
      String what,
      Predicate<Node> directReachCounts,
      ComponentKind... kinds) {
    for (Node store : system.nodes()) {
      if (!store.is(kinds) || store.zoneId().isEmpty()) {
        continue;
      }
      List<String> neighbours =
          store.has(Control.NETWORK_POLICY)
              ? List.of()
              : system.nodesIn(store.zoneId().get()).stream()
                  .filter(n -> n.isComponent() && !n.id().equals(store.id()))
                  .filter(n -> n.zoneId().equals(store.zoneId()))
                  .filter(n -> n.exposure() == Exposure.INTERNET)
                  .map(Node::id)
                  .toList();
      List<Interaction> direct =
          !directReachCounts.test(store)
              ? List.of()
              : system.into(store.id()).stream()
                  .filter(f -> f.crossesBoundary() && f.source().exposure() == Exposure.INTERNET)
                  .toList();
      if (neighbours.isEmpty() && direct.isEmpty()) {
        continue;
      }
      var draft = findings.on(store.id());
      if (!neighbours.isEmpty()) {
        draft.fact(
            "%s shares zone %s with components exposed to the internet: %s"
                .formatted(store.describe(), store.zoneId().get(), String.join(", ", neighbours)));
        draft.fact(store.id() + " declares no network-policy control");
      }
      direct.forEach(f ->
          draft.fact(
              f.describe()
                  + " reaches it straight from "
                  + f.source().describe()
                  + ", which is exposed to the internet"));
      List<String> data = new ArrayList<>(List.of(store.id()));
      system.into(store.id()).forEach(f -> data.add(f.id()));
      draft
          .data(system.dataOf(data))
          .cause(store.id())
          .report(
              "Whoever takes over an internet-facing component is one step from %s %s."
                  .formatted(what, store.id()));
    }
  }
}
