package dev.bulwark.analysis.adtree;

/** How a refined node is reached from its children: all of them, or any one. */
public enum Refinement {
  AND,
  OR;

  /** The spelling in tree files and output. */
  public String wire() {
    return this == AND ? "and" : "or";
  }
}
