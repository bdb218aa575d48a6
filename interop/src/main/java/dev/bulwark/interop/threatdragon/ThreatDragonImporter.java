package dev.bulwark.interop.threatdragon;

import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Importer;
import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ParseLimits;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads OWASP Threat Dragon models, version 1 and 2 (JSON): actors, processes, stores, flows, trust
 * boundary boxes and curves, and the threats on each cell. What maps where is in docs/interop.md.
 */
public final class ThreatDragonImporter implements Importer {
  private static final Pattern SUMMARY = Pattern.compile("\"summary\"\\s*:");
  private static final Pattern DIAGRAMS = Pattern.compile("\"diagrams\"\\s*:");

  @Override
  public String name() {
    return "threat-dragon";
  }

  @Override
  public String title() {
    return "OWASP Threat Dragon v1/v2 JSON";
  }

  @Override
  public boolean recognises(Source source) {
    if (!source.extension().equals("json")) {
      return false;
    }
    String head = source.head();
    return SUMMARY.matcher(head).find() && DIAGRAMS.matcher(head).find();
  }

  @Override
  public Imported read(Source source, ParseLimits limits) {
    PeerFile file = PeerFile.parse(source, limits);
    Optional<Model> model = file.root().flatMap(root -> new TdRead(file).read(root));
    return new Imported(model, file.problems());
  }
}
