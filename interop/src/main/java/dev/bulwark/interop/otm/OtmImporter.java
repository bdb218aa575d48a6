package dev.bulwark.interop.otm;

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
 * Reads Open Threat Model documents (OTM 0.1.0 and 0.2.0, JSON or YAML): project, trust zones,
 * components, data flows, assets, threats and mitigations with the states of their instances. What
 * maps where is in docs/interop.md.
 */
public final class OtmImporter implements Importer {
  private static final Set<String> EXTENSIONS = Set.of("json", "yaml", "yml", "otm");
  private static final Pattern VERSION_KEY =
      Pattern.compile("(?m)^\\s*otmVersion\\s*:|\"otmVersion\"\\s*:\\s*\"");

  @Override
  public String name() {
    return "otm";
  }

  @Override
  public String title() {
    return "Open Threat Model (OTM) 0.1/0.2, JSON or YAML";
  }

  @Override
  public boolean recognises(Source source) {
    return EXTENSIONS.contains(source.extension()) && VERSION_KEY.matcher(source.head()).find();
  }

  @Override
  public Imported read(Source source, ParseLimits limits) {
    PeerFile file = PeerFile.parse(source, limits);
    Optional<Model> model = file.root().flatMap(root -> new OtmRead(file).read(root));
    return new Imported(model, file.problems());
  }
}
