package dev.bulwark.analysis.adtree;

import java.util.Optional;

/**
 * The attribute domains of attack-defence trees (Kordy, Mauw, Radomirović, Schweitzer, "Attack–
 * defense trees", 2014; the predefined domains of ADTool). Each is a set of values with six
 * operators: OR and AND for the attacker's nodes, OR and AND for the defender's, and the operator
 * that joins a node to its countermeasure, for each side. Values are doubles; for {@link
 * #SATISFIABLE} 1 is true and 0 false. On a defence node the value means what the attacker needs to
 * get past it: in the cost, time and skill domains a defence that is in place cannot be passed (∞)
 * unless a counter-attack on it succeeds. docs/attack-trees.md has the table.
 */
public enum Domain {
  /** Whether the attacker reaches the goal, with the defences that are in place. */
  SATISFIABLE("satisfiable", "SatScenario"),
  /** The cheapest attack: OR min, AND sum. */
  MIN_COST("min-cost", "MinCost"),
  /** The fastest attack when sub-goals are done one after another: OR min, AND sum. */
  MIN_TIME_SEQUENTIAL("min-time-sequential", "MinTimeSeq"),
  /** The fastest attack when sub-goals are done at the same time: OR min, AND max. */
  MIN_TIME_PARALLEL("min-time-parallel", "MinTimePar"),
  /** The least skill an attack needs: OR min, AND max. */
  MIN_SKILL("min-skill", "MinSkill"),
  /** The chance the attack succeeds, basic actions independent: OR 1−Π(1−p), AND Π p. */
  PROBABILITY("probability", "ProbSucc");

  private final String wire;
  private final String adtool;

  Domain(String wire, String adtool) {
    this.wire = wire;
    this.adtool = adtool;
  }

  public String wire() {
    return wire;
  }

  /** The simple name of ADTool's class for this domain. */
  public String adtoolClass() {
    return adtool;
  }

  /**
   * Whether bottom-up evaluation is exact on a DAG too: the operators are idempotent (min, max,
   * and, or), so counting a shared sub-goal twice changes nothing.
   */
  boolean idempotent() {
    return this == SATISFIABLE || this == MIN_TIME_PARALLEL || this == MIN_SKILL;
  }

  /** The name of the attribute this domain needs on an active leaf of this role, if any. */
  Optional<String> needs(Role role) {
    return switch (this) {
      case SATISFIABLE -> Optional.empty();
      case MIN_COST -> role == Role.ATTACK ? Optional.of("cost") : Optional.empty();
      case MIN_TIME_SEQUENTIAL, MIN_TIME_PARALLEL ->
          role == Role.ATTACK ? Optional.of("time") : Optional.empty();
      case MIN_SKILL -> role == Role.ATTACK ? Optional.of("skill") : Optional.empty();
      case PROBABILITY -> Optional.of("probability");
    };
  }

  /** The value of a leaf; {@link #needs} has checked that the attribute is there. */
  double leaf(AdNode node) {
    Attributes a = node.attributes();
    boolean attack = node.role() == Role.ATTACK;
    if (this == SATISFIABLE) {
      return a.active() ? 1 : 0;
    }
    if (this == PROBABILITY) {
      return a.active() ? a.probability().orElseThrow() : 0;
    }
    if (!attack) {
      // a defence in place cannot be passed; one that is not there costs nothing to pass
      return a.active() ? Double.POSITIVE_INFINITY : 0;
    }
    if (!a.active()) {
      return Double.POSITIVE_INFINITY;
    }
    return switch (this) {
      case MIN_COST -> a.cost().orElseThrow();
      case MIN_TIME_SEQUENTIAL, MIN_TIME_PARALLEL -> a.time().orElseThrow();
      default -> a.skill().orElseThrow();
    };
  }

  double or(Role role, double x, double y) {
    return switch (this) {
      case SATISFIABLE -> Math.max(x, y);
      case PROBABILITY -> 1 - (1 - x) * (1 - y);
      case MIN_COST, MIN_TIME_SEQUENTIAL -> role == Role.ATTACK ? Math.min(x, y) : x + y;
      case MIN_TIME_PARALLEL, MIN_SKILL -> role == Role.ATTACK ? Math.min(x, y) : Math.max(x, y);
    };
  }

  double and(Role role, double x, double y) {
    return switch (this) {
      case SATISFIABLE -> Math.min(x, y);
      case PROBABILITY -> x * y;
      case MIN_COST, MIN_TIME_SEQUENTIAL -> role == Role.ATTACK ? x + y : Math.min(x, y);
      case MIN_TIME_PARALLEL, MIN_SKILL -> role == Role.ATTACK ? Math.max(x, y) : Math.min(x, y);
    };
  }

  /**
   * A node of {@code role} with value {@code own} joined to its countermeasure of value {@code
   * counter}: on an attack, the attack must succeed and the defence be passed; on a defence, the
   * attacker passes it either way (its own value, or the counter-attack).
   */
  double counter(Role role, double own, double counter) {
    return switch (this) {
      case SATISFIABLE -> Math.min(own, 1 - counter);
      case PROBABILITY -> own * (1 - counter);
      case MIN_COST, MIN_TIME_SEQUENTIAL ->
          role == Role.ATTACK ? own + counter : Math.min(own, counter);
      case MIN_TIME_PARALLEL, MIN_SKILL ->
          role == Role.ATTACK ? Math.max(own, counter) : Math.min(own, counter);
    };
  }
}
