package dev.bulwark.analysis.paths;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * last, per crown jewel, from each node that holds it to the end (cost 0).
 */
final class AttackGraph {
  private final AttackerProfile profile;
  private final StepCosts costs;
  private final List<Node> nodes;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Edge> edges = new ArrayList<>();
  private final Set<Integer> starts = new HashSet<>();
  private final List<String> startIds = new ArrayList<>();
  private final List<String> reachIds = new ArrayList<>();

  /** What an edge of the graph stands for. */
  private record Edge(Kind kind, int from, int to, int cost, Optional<Interaction> flow) {}

  private enum Kind {
    START,
    DIRECT,
    FLOW,
    AGAINST,
    END
  }

  AttackGraph(
      SystemView view,
      Map<String, Severity> openThreats,
      AttackerProfile profile,
      boolean againstFlows) {
    this.profile = profile;
    nodes = view.nodes().stream().sorted(Comparator.comparing(Node::id)).toList();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i + 1);
    }
    Set<String> credentialed = new HashSet<>();
    Map<String, List<Interaction>> into = new HashMap<>();
    for (Node node : nodes) {
      if (Selector.any(profile.credentials(), node, view)) {
        credentialed.add(node.id());
      }
      into.put(node.id(), view.into(node.id()));
    }
    costs = new StepCosts(openThreats, profile, credentialed, into);
    for (Node node : nodes) {
      if (Selector.any(profile.startsAt(), node, view)) {
        starts.add(index.get(node.id()));
        startIds.add(node.id());
        edges.add(new Edge(Kind.START, 0, index.get(node.id()), 0, Optional.empty()));
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
        edges.add(new Edge(Kind.DIRECT, 0, index.get(node.id()), cost, Optional.empty()));
      }
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
    List<Edge> moves = new ArrayList<>();
    for (Interaction flow : flows) {
      int source = index.get(flow.source().id());
      int target = index.get(flow.target().id());
      moves.add(
          new Edge(
              Kind.FLOW, source, target, costs.forward(flow, false).tenths(), Optional.of(flow)));
      if (againstFlows) {
        moves.add(
            new Edge(
                Kind.AGAINST,
                target,
                source,
                costs.against(flow, false).tenths(),
                Optional.of(flow)));
      }
    }
    moves.sort(
        Comparator.comparing((Edge e) -> nodes.get(e.from() - 1).id())
            .thenComparing(e -> nodes.get(e.to() - 1).id())
            .thenComparing(e -> e.flow().orElseThrow().id())
            .thenComparing(Edge::kind));
    edges.addAll(moves);
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
    Set<Integer> holders = new HashSet<>();
    Graph.Builder builder = new Graph.Builder(nodes.size() + 2);
    for (Edge edge : edges) {
      builder.add(edge.from(), edge.to(), edge.cost(), edge.kind() == Kind.START ? 0 : 1);
    }
    List<Edge> all = new ArrayList<>(edges);
    for (String holder : jewel.heldBy()) {
      Integer at = index.get(holder);
      if (at != null) {
        holders.add(at);
        builder.add(at, end, 0, 0);
        all.add(new Edge(Kind.END, at, end, 0, Optional.empty()));
      }
    }
    // A path ends at the first holder it reaches, and never passes through another starting
    // point: from there the attacker would have begun at no cost.
    Graph graph =
        builder
            .build()
            .without((from, to) ->
                (holders.contains(from) && to != end) || (from != 0 && starts.contains(to)));
    Budget budget = new Budget(workLimit);
    ShortestPaths.Result result = ShortestPaths.yen(graph, 0, end, k, budget);
    List<AttackPath> paths = new ArrayList<>();
    for (Route route : result.routes()) {
      paths.add(path(jewel, paths.size() + 1, route, all));
    }
    return new PathAnalysis.JewelPaths(jewel, paths, result.complete(), budget.spent());
  }

  private AttackPath path(CrownJewel jewel, int rank, Route route, List<Edge> all) {
    String start = profile.origin();
    List<Step> steps = new ArrayList<>();
    for (int e : route.edges()) {
      Edge edge = all.get(e);
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
