package dev.bulwark.interop.pytm;

import dev.bulwark.interop.Ids;
import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Importer;
import dev.bulwark.interop.ModelDraft;
import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Model;
import dev.bulwark.model.Zone;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.ParseLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * OWASP pytm's JSON: the input model its {@code json.load} reads (boundaries, data, elements with
 * {@code __class__}, dataflows by element name), and the {@code --json} output, which holds the
 * same objects with every attribute written out and the findings pytm derived. pytm's threat
 * library ({@code threats.json}) is not a model and is not read. See docs/interop.md.
 */
public final class PytmImporter implements Importer {
  /** Read; or summaries of the elements ({@code actors}, {@code assets}) in pytm's output. */
  private static final Set<String> READ =
      Set.of(
          "name",
          "description",
          "boundaries",
          "data",
          "elements",
          "flows",
          "findings",
          "actors",
          "assets");

  @Override
  public String name() {
    return "pytm";
  }

  @Override
  public String title() {
    return "OWASP pytm JSON model (input or --json output)";
  }

  @Override
  public boolean recognises(Source source) {
    String head = source.head();
    return source.extension().equals("json")
        && (head.contains("\"elements\"") || head.contains("\"flows\""))
        && (head.contains("\"__class__\"") || head.contains("\"sink\""));
  }

  @Override
  public Imported read(Source source, ParseLimits limits) {
    Context cx = new Context(PeerFile.parse(source, limits));
    PeerFile r = cx.file;
    return new Imported(
        r.cleanRoot().flatMap(root -> r.body(root, "the pytm model")).map(root -> model(cx, root)),
        r.problems());
  }

  private static Model model(Context cx, Mapping root) {
    PeerFile r = cx.file;
    String title = r.required(root, "name", "the pytm model").orElse("pytm model");
    List<Zone> zones =
        new ArrayList<>(Boundaries.read(cx, r.list(root, "boundaries", "the model")));
    var data = DataItems.read(cx, r.list(root, "data", "the model"));
    List<Elements.Raw> raws = Elements.index(cx, r.list(root, "elements", "the model"));
    Zones placement = new Zones(cx, root.position());
    Elements.Result elements = Elements.build(cx, raws, placement);
    var flows = Flows.read(cx, r.list(root, "flows", "the model"));
    var threats = Findings.read(cx, r.list(root, "findings", "the model"));
    zones.addAll(placement.made());
    r.leftovers(root, READ, "the pytm model", root.position(), Attributes::informative);
    String slug = Ids.slug(title);
    ModelDraft draft = new ModelDraft();
    draft.zones.addAll(zones);
    draft.actors.addAll(elements.actors());
    draft.components.addAll(elements.components());
    draft.data.addAll(data);
    draft.flows.addAll(flows);
    draft.threats.addAll(threats);
    return draft.build(
        slug.isEmpty() ? "pytm-model" : slug,
        title,
        r.text(root, "description", "the model"),
        Optional.empty(),
        Optional.empty(),
        Places.at(root.position()).field("title", r.get(root, "name")).positions());
  }
}
