package dev.bulwark.interop.tmbom;

import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Importer;
import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ParseLimits;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads OWASP Threat Model Library documents ("TM-BOM", schema 1.0, JSON or YAML), which OWASP
 * Threat Dragon imports too: trust zones, actors, components, data stores and sets, flows, threats
 * with their personas, controls, and risk levels. What maps where is in docs/interop.md.
 */
public final class TmBomImporter implements Importer {
  private static final Set<String> EXTENSIONS = Set.of("json", "yaml", "yml");
  private static final Pattern ZONES = Pattern.compile("\"?trust_zones\"?\\s*:");
  private static final Pattern FLOWS = Pattern.compile("\"?data_flows\"?\\s*:");

  @Override
  public String name() {
    return "tm-bom";
  }

  @Override
  public String title() {
    return "OWASP Threat Model Library (TM-BOM) 1.0, JSON or YAML";
  }

  @Override
  public boolean recognises(Source source) {
    String head = source.head();
    return EXTENSIONS.contains(source.extension())
        && ZONES.matcher(head).find()
        && FLOWS.matcher(head).find();
  }

  @Override
  public Imported read(Source source, ParseLimits limits) {
    PeerFile file = PeerFile.parse(source, limits);
    Optional<Model> model = file.root().flatMap(root -> new TmBomRead(file).read(root));
    return new Imported(model, file.problems());
  }
}
