package dev.bulwark.interop.pytm;

import dev.bulwark.interop.Ids;
import dev.bulwark.interop.PeerFile;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What the parts of one pytm import share: pytm refers to everything by name. */
final class Context {
  final PeerFile file;
  final Ids ids = new Ids();

  /** Boundary name → zone id. */
  final Map<String, String> zones = new LinkedHashMap<>();

  /** Zone ids that stand for the internet. */
  final Set<String> internet = new LinkedHashSet<>();

  /** Element name → actor or component id. */
  final Map<String, String> elements = new LinkedHashMap<>();

  /** Names of the elements that are actors. */
  final Set<String> actors = new LinkedHashSet<>();

  /** Data name → data asset id. */
  final Map<String, String> data = new LinkedHashMap<>();

  /** Element name → its attributes, for what flows need to know of their ends. */
  final Map<String, Attributes> attributes = new LinkedHashMap<>();

  Context(PeerFile file) {
    this.file = file;
  }
}
