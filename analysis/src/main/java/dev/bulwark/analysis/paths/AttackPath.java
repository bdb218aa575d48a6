package dev.bulwark.analysis.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One of the easiest ways for a profile to reach a crown jewel.
 *
 * @param profile the attacker profile's id
 * @param target the crown jewel's id
 * @param rank 1 for the easiest of this profile's paths to this target
 * @param difficulty the sum of the steps' costs
 * @param start where the attacker begins: a node it starts at, or its origin when the first step is
 *     direct
 * @param steps in order; none when the attacker starts on a node that holds the target
 */
public record AttackPath(
    String profile,
    String target,
    int rank,
    Difficulty difficulty,
    String start,
    List<Step> steps) {

  public AttackPath {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(start, "start");
    steps = List.copyOf(steps);
    int sum = steps.stream().mapToInt(s -> s.cost().tenths()).sum();
    if (sum != difficulty.tenths()) {
      throw new IllegalArgumentException(
          "difficulty "
              + difficulty
              + " is not the sum of the steps' costs, "
              + new Difficulty(sum));
    }
  }

  /**
   * The model's nodes on the path in order (the origin of a direct first step is not a node), for
   * highlighting on a diagram.
   */
  public List<String> nodes() {
    List<String> nodes = new ArrayList<>();
    if (steps.isEmpty() || steps.get(0).move() != Step.Move.DIRECT) {
      nodes.add(start);
    }
    steps.forEach(s -> nodes.add(s.to()));
    return List.copyOf(nodes);
  }

  /** The flows walked, in order. */
  public List<String> flows() {
    return steps.stream().flatMap(s -> s.flow().stream()).toList();
  }
}
