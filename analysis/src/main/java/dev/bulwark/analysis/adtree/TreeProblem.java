package dev.bulwark.analysis.adtree;

/**
 * A reason a set of nodes is not a well-formed tree.
 *
 * @param at the id of the node whose definition the problem is about, so that a reader can point at
 *     the place it was written
 */
record TreeProblem(String at, String message) {}
