package dev.bulwark.analysis.paths;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every profile's {@link AttackGraph} of one model shares, built once per analysis: the nodes
 * in id order and their numbers (1 to n; 0 is the attacker, n + 1 the jewel), the flows into each
 * node, and the moves along (and, when allowed, against) the flows in edge order — by the ids of
 * the node left, the node reached and the flow, a step along a flow before the step against it.
 * Only the costs of the moves depend on the profile. Immutable.
 */
final class SharedGraph {
  private final SystemView view;
  private final List<Node> nodes;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, List<Interaction>> into = new HashMap<>();
  private final List<Move> moves;

  /** A step through a flow: along it, from its source to its target, or against it. */
  record Move(boolean against, int from, int to, Interaction flow) {}

  SharedGraph(SystemView view, boolean againstFlows) {
    this.view = view;
    nodes = view.nodes().stream().sorted(Comparator.comparing(Node::id)).toList();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i + 1);
      into.put(nodes.get(i).id(), view.into(nodes.get(i).id()));
    }
    List<Interaction> flows =
        view.interactions().stream()
            .filter(i -> !i.source().id().equals(i.target().id()))
            .sorted(
                Comparator.comparing((Interaction i) -> i.source().id())
                    .thenComparing(i -> i.target().id())
                    .thenComparing(Interaction::id))
            .toList();
    // Each flow's two directions sit in the order of their own ends, so sort the moves, not flows.
    // Node numbers follow id order, so comparing them compares the ids.
    List<Move> all = new ArrayList<>();
    for (Interaction flow : flows) {
      int source = index.get(flow.source().id());
      int target = index.get(flow.target().id());
      all.add(new Move(false, source, target, flow));
      if (againstFlows) {
        all.add(new Move(true, target, source, flow));
      }
    }
    all.sort(
        Comparator.comparingInt(Move::from)
            .thenComparingInt(Move::to)
            .thenComparing(m -> m.flow().id())
            .thenComparing(Move::against));
    moves = List.copyOf(all);
  }

  SystemView view() {
    return view;
  }

  /** The model's nodes in id order; node number i + 1 is the i-th. */
  List<Node> nodes() {
    return nodes;
  }

  /** The number of a node by its id, or null for an id that is not a node of the model. */
  Integer number(String id) {
    return index.get(id);
  }

  /** The flows into each node, by node id. */
  Map<String, List<Interaction>> into() {
    return into;
  }

  /** The moves, in edge order. */
  List<Move> moves() {
    return moves;
  }
}
