package dev.bulwark.analysis.paths;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One profile's view of a model as a weighted graph. Node 0 is the attacker before the first move;
 * the model's nodes follow in id order; the last node stands for "holds the crown jewel". Edges,
 * numbered in this order so that ties between equally hard paths fall the same way every time: to
 * the nodes the profile starts at (cost 0), direct steps to the nodes it reaches, then flows by
 * source id, target id and flow id (each followed by its step against the flow, when allowed), and
 * last, per crown jewel, from each node that holds it to the end (cost 0). The nodes, their numbers
 * and the moves in that order come from the {@link SharedGraph} every profile of an analysis
 * shares; a profile adds where it begins and the costs.
 */
final class AttackGraph {
  private final AttackerProfile profile;
  private final StepCosts costs;
  private final List<Node> nodes;
  private final SharedGraph shared;
  private final List<Edge> edges;
  private final boolean[] starts;
  private final List<String> startIds = new ArrayList<>();
  private final List<String> reachIds = new ArrayList<>();
  private final Graph.Builder builder;

  /** What an edge of the graph stands for. */
  private record Edge(Kind kind, int from, int to, int cost, Optional<Interaction> flow) {}

  private enum Kind {
    START,
    DIRECT,
    FLOW,
    AGAINST,
    END
  }

  /** The profile's graph over the shared nodes and moves: only the costs are worked out here. */
  AttackGraph(SharedGraph shared, Map<String, Severity> openThreats, AttackerProfile profile) {
    this.profile = profile;
    this.shared = shared;
    SystemView view = shared.view();
    nodes = shared.nodes();
    starts = new boolean[nodes.size() + 2];
    edges = new ArrayList<>(shared.moves().size() + 16);
    Set<String> credentialed = new HashSet<>();
    for (Node node : nodes) {
      if (Selector.any(profile.credentials(), node, view)) {
        credentialed.add(node.id());
      }
    }
    costs = new StepCosts(openThreats, profile, credentialed, shared.into());
    for (Node node : nodes) {
      if (Selector.any(profile.startsAt(), node, view)) {
        int number = shared.number(node.id());
        starts[number] = true;
        startIds.add(node.id());
        edges.add(new Edge(Kind.START, 0, number, 0, Optional.empty()));
      }
    }
    Set<String> begins = new HashSet<>(startIds);
    List<Node> reached = new ArrayList<>();
    for (Node node : nodes) {
      if (!begins.contains(node.id()) && Selector.any(profile.reaches(), node, view)) {
        reached.add(node);
      }
    }
    reached.forEach(n -> begins.add(n.id()));
    // Where the model draws how outside traffic arrives (a flow from a node the attacker begins at
    // or reaches), the attacker comes that way, through what is drawn on it; a direct step is only
    // for the nodes the model draws no such way into.
    for (Node node : reached) {
      if (view.into(node.id()).stream().noneMatch(i -> begins.contains(i.source().id()))) {
        reachIds.add(node.id());
        int cost = costs.direct(node, false).tenths();
        edges.add(new Edge(Kind.DIRECT, 0, shared.number(node.id()), cost, Optional.empty()));
      }
    }
    for (SharedGraph.Move move : shared.moves()) {
      Interaction flow = move.flow();
      edges.add(
          move.against()
              ? new Edge(
                  Kind.AGAINST,
                  move.from(),
                  move.to(),
                  costs.against(flow, false).tenths(),
                  Optional.of(flow))
              : new Edge(
                  Kind.FLOW,
                  move.from(),
                  move.to(),
                  costs.forward(flow, false).tenths(),
                  Optional.of(flow)));
    }
    // the edges every crown jewel's search shares; each adds its own to the end
    builder = new Graph.Builder(nodes.size() + 2);
    for (Edge edge : edges) {
      builder.add(edge.from(), edge.to(), edge.cost(), edge.kind() == Kind.START ? 0 : 1);
    }
  }

  List<String> startIds() {
    return List.copyOf(startIds);
  }

  List<String> reachIds() {
    return List.copyOf(reachIds);
  }

  /** The profile's k easiest paths to the jewel, within the budget. */
  PathAnalysis.JewelPaths paths(CrownJewel jewel, int k, long workLimit) {
    int end = nodes.size() + 1;
    boolean[] holders = new boolean[nodes.size() + 2];
    Graph.Builder withEnds = builder.copy();
    for (String holder : jewel.heldBy()) {
      Integer at = shared.number(holder);
      if (at != null) {
        holders[at] = true;
        withEnds.add(at, end, 0, 0);
      }
    }
    // A path ends at the first holder it reaches, and never passes through another starting
    // point: from there the attacker would have begun at no cost.
    Graph graph =
        withEnds
            .build()
            .without((from, to) -> (holders[from] && to != end) || (from != 0 && starts[to]));
    Budget budget = new Budget(workLimit);
    ShortestPaths.Result result = ShortestPaths.yen(graph, 0, end, k, budget);
    List<AttackPath> paths = new ArrayList<>();
    for (Route route : result.routes()) {
      paths.add(path(jewel, paths.size() + 1, route));
    }
    return new PathAnalysis.JewelPaths(jewel, paths, result.complete(), budget.spent());
  }

  private AttackPath path(CrownJewel jewel, int rank, Route route) {
    String start = profile.origin();
    List<Step> steps = new ArrayList<>();
    for (int e : route.edges()) {
      // past the shared edges come the jewel's own: from a holder to the end
      Edge edge = e < edges.size() ? edges.get(e) : new Edge(Kind.END, 0, 0, 0, Optional.empty());
      switch (edge.kind()) {
        case START -> start = nodes.get(edge.to() - 1).id();
        case DIRECT -> {
          Node to = nodes.get(edge.to() - 1);
          StepCosts.Cost cost = costs.direct(to, true);
          steps.add(
              new Step(
                  profile.origin(),
                  to.id(),
                  Optional.empty(),
                  Step.Move.DIRECT,
                  "direct",
                  new Difficulty(cost.tenths()),
                  cost.reasons()));
        }
        case FLOW -> {
          Interaction flow = edge.flow().orElseThrow();
          StepCosts.Cost cost = costs.forward(flow, true);
          steps.add(
              new Step(
                  flow.source().id(),
                  flow.target().id(),
                  Optional.of(flow.id()),
                  Step.Move.FLOW,
                  Wire.name(flow.flow().protocol())
                      + ", "
                      + Wire.name(flow.flow().authentication()),
                  new Difficulty(cost.tenths()),
                  cost.reasons()));
        }
        case AGAINST -> {
          Interaction flow = edge.flow().orElseThrow();
          StepCosts.Cost cost = costs.against(flow, true);
          steps.add(
              new Step(
                  flow.target().id(),
                  flow.source().id(),
                  Optional.of(flow.id()),
                  Step.Move.AGAINST_FLOW,
                  "against " + Wire.name(flow.flow().protocol()),
                  new Difficulty(cost.tenths()),
                  cost.reasons()));
        }
        case END -> {
          // the path has reached a holder of the jewel
        }
      }
    }
    return new AttackPath(
        profile.id(), jewel.id(), rank, new Difficulty(route.cost()), start, steps);
  }
}
