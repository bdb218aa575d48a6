package dev.bulwark.analysis.paths;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One move of an attack path: from a node the attacker holds (or the profile's origin) to the next.
 *
 * @param from a node id, or the profile's origin for a direct step
 * @param to the node taken over
 * @param flow the flow walked; empty for a direct step
 * @param move along the flow, against it, or direct from the origin
 * @param via how, in words: {@code https, session} for a flow, {@code direct}, or {@code against
 *     flow-id}
 * @param cost this step's difficulty
 * @param reasons the amounts that add up to the cost, each with its reason
 */
public record Step(
    String from,
    String to,
    Optional<String> flow,
    Move move,
    String via,
    Difficulty cost,
    List<String> reasons) {

  /** How the attacker gets from one node to the next. */
  public enum Move {
    /** Along a flow of the model, from its source to its target. */
    FLOW,
    /** Against a flow, from its target to its source (only with against-flows on). */
    AGAINST_FLOW,
    /** From the profile's origin straight to a node it reaches, with no flow between. */
    DIRECT
  }

  public Step {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(move, "move");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(cost, "cost");
    reasons = List.copyOf(reasons);
    if (flow.isEmpty() != (move == Move.DIRECT)) {
      throw new IllegalArgumentException("a step names a flow unless it is direct: " + from);
    }
  }
}
