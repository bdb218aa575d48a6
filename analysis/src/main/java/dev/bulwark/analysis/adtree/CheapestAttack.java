package dev.bulwark.analysis.adtree;

import java.util.List;

/**
 * The attacker's cheapest way to the root: the attack leaves to carry out, each paid once, and what
 * they cost together (the root's {@link Domain#MIN_COST}).
 *
 * @param leaves attack leaf ids in node order
 */
public record CheapestAttack(double cost, List<String> leaves) {
  public CheapestAttack {
    leaves = List.copyOf(leaves);
  }
}
