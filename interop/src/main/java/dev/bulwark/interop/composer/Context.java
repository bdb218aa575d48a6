package dev.bulwark.interop.composer;

import dev.bulwark.interop.Ids;
import dev.bulwark.interop.PeerFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the parts of one Threat Composer import share. */
final class Context {
  final PeerFile file;
  final Ids ids = new Ids();

  /** Threat Composer threat id (a UUID) → threat id. */
  final Map<String, String> threats = new LinkedHashMap<>();

  /** Mitigation UUID → mitigation id. */
  final Map<String, String> mitigations = new LinkedHashMap<>();

  /** Assumption UUID → its text, as it is quoted where it is linked. */
  final Map<String, String> assumptions = new LinkedHashMap<>();

  /** Threat or mitigation UUID → the assumptions linked to it, in link order. */
  final Map<String, List<String>> assumed = new LinkedHashMap<>();

  Context(PeerFile file) {
    this.file = file;
  }
}
