/**
 * Attack paths: attacker profiles, crown jewels, and the easiest routes from where a profile starts
 * to each crown jewel. {@link dev.bulwark.analysis.paths.AttackPaths} is the entry point; it builds
 * one weighted graph per profile from a {@link dev.bulwark.analysis.SystemView} (nodes are actors
 * and components, edges are flows walked from source to target) and runs Yen's k-shortest loopless
 * paths over Dijkstra. Every step's difficulty is written down as reasons. See
 * docs/attack-paths.md.
 */
package dev.bulwark.analysis.paths;
