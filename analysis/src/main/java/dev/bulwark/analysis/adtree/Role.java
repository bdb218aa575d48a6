package dev.bulwark.analysis.adtree;

/** Who a node belongs to: the attacker (the root's side) or the defender. */
public enum Role {
  ATTACK,
  DEFENCE;

  /** The role of a countermeasure against a node of this role. */
  public Role opposite() {
    return this == ATTACK ? DEFENCE : ATTACK;
  }

  /** The spelling in tree files and output. */
  public String wire() {
    return this == ATTACK ? "attack" : "defence";
  }
}
