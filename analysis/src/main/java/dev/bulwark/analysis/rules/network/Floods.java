package dev.bulwark.analysis.rules.network;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/** Where a flood of requests from the internet gets to when nothing limits it on the way. */
final class Floods {
  private Floods() {}

  /**
   * The nodes a flood reaches, sorted by id: every node exposed to the internet that declares
   * neither {@code rate-limiting} nor {@code ddos-protection}, and from there every such target of
   * a flow that does not declare {@code rate-limiting} itself.
   */
  static Set<String> reach(SystemView system) {
    Set<String> reached = new TreeSet<>();
    Deque<Node> queue = new ArrayDeque<>();
    for (Node node : system.nodes()) {
      if (node.exposure() == Exposure.INTERNET && !shielded(node) && reached.add(node.id())) {
        queue.add(node);
      }
    }
    while (!queue.isEmpty()) {
      for (Interaction step : system.from(queue.poll().id())) {
        Node next = step.target();
        if (!shielded(next)
            && !step.flow().controls().contains(Control.RATE_LIMITING)
            && reached.add(next.id())) {
          queue.add(next);
        }
      }
    }
    return reached;
  }

  /** Whether the node limits or absorbs floods itself. */
  static boolean shielded(Node node) {
    return node.has(Control.RATE_LIMITING) || node.has(Control.DDOS_PROTECTION);
  }
}
