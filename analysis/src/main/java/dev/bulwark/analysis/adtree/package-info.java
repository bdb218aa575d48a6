/**
 * Attack-defence trees (Kordy, Mauw, Radomirović, Schweitzer): an attacker's goal refined by AND
 * and OR into sub-goals, with the defender's countermeasures and the attacker's counter-attacks on
 * them. {@link dev.bulwark.analysis.adtree.AdTree} holds a tree (or a DAG, when a sub-goal is
 * shared); {@link dev.bulwark.analysis.adtree.Evaluator} computes the attribute domains bottom-up
 * (exactly, by expansion, where sharing would make bottom-up wrong); {@link
 * dev.bulwark.analysis.adtree.TreeYaml} and {@link dev.bulwark.analysis.adtree.AdtoolXml} read and
 * write the two file formats; {@link dev.bulwark.analysis.adtree.TreeGenerator} builds a tree for a
 * data asset from threats and mitigations. See docs/attack-trees.md.
 */
package dev.bulwark.analysis.adtree;
