package dev.bulwark.interop.threagile;

import dev.bulwark.interop.Ids;
import dev.bulwark.interop.PeerFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the parts of one Threagile import share: the problems, the id pool, and the Bulwark id each
 * Threagile id became, per kind (Threagile ids are unique per kind, Bulwark ids across kinds).
 */
final class Context {
  final PeerFile file;
  final Ids ids = new Ids();

  /** Data asset id → data asset id. */
  final Map<String, String> data = new LinkedHashMap<>();

  /** Technical asset id → actor or component id. */
  final Map<String, String> assets = new LinkedHashMap<>();

  /** Communication link id ({@code source>title}) → flow id. */
  final Map<String, String> links = new LinkedHashMap<>();

  /** Trust boundary id → zone id. */
  final Map<String, String> boundaries = new LinkedHashMap<>();

  /** Shared runtime ids, as written. */
  final Map<String, String> runtimes = new LinkedHashMap<>();

  Context(PeerFile file) {
    this.file = file;
  }
}
