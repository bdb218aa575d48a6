package dev.bulwark.interop.threagile;

import dev.bulwark.interop.Ids;
import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Importer;
import dev.bulwark.interop.ModelDraft;
import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Business;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.ParseLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Threagile's YAML model: data assets, technical assets and their communication links, trust
 * boundaries, shared runtimes, individual risks and risk tracking. See docs/interop.md for what
 * maps to what.
 */
public final class ThreagileImporter implements Importer {
  private static final Pattern VERSION = Pattern.compile("(?m)^threagile_version\\s*:");
  private static final Pattern ASSETS = Pattern.compile("(?m)^technical_assets\\s*:");

  /** Top-level keys read into the model; the others are reported, one warning each. */
  private static final Set<String> READ =
      Set.of(
          "threagile_version",
          "title",
          "author",
          "business_criticality",
          "business_overview",
          "technical_overview",
          "management_summary_comment",
          "tags_available",
          "data_assets",
          "technical_assets",
          "trust_boundaries",
          "shared_runtimes",
          "individual_risk_categories",
          "risk_tracking");

  @Override
  public String name() {
    return "threagile";
  }

  @Override
  public String title() {
    return "Threagile YAML model";
  }

  @Override
  public boolean recognises(Source source) {
    String extension = source.extension();
    String head = source.head();
    return (extension.equals("yaml") || extension.equals("yml"))
        && (VERSION.matcher(head).find() || ASSETS.matcher(head).find());
  }

  @Override
  public Imported read(Source source, ParseLimits limits) {
    Context cx = new Context(PeerFile.parseWithMergeKeys(source, limits));
    Optional<Model> model =
        cx.file
            .cleanRoot()
            .flatMap(root -> cx.file.body(root, "the Threagile model"))
            .map(root -> model(cx, root));
    return new Imported(model, cx.file.problems());
  }

  private static Model model(Context cx, Mapping root) {
    PeerFile r = cx.file;
    String title = r.text(root, "title", "the model").orElse("Threagile model");
    String slug = Ids.slug(title);
    String id = slug.isEmpty() ? "threagile-model" : slug;

    ModelDraft draft = new ModelDraft();
    draft.data.addAll(DataAssets.read(cx, root));
    List<Assets.Raw> raws = Assets.index(cx, root);
    Boundaries.Result boundaries = Boundaries.read(cx, root);
    OpenZones open = new OpenZones(cx, root.position());
    Assets.build(
        cx,
        raws,
        new Assets.Setting(boundaries.zoneOfAsset(), open, Runtimes.read(cx, root)),
        Assets.targets(cx, raws),
        draft.actors,
        draft.components);
    draft.flows.addAll(Links.read(cx, raws));
    IndividualRisks.Result individual = IndividualRisks.read(cx, root);
    RiskTracking.Result tracking = RiskTracking.read(cx, root, individual);
    draft.zones.addAll(boundaries.zones());
    draft.zones.addAll(open.zones());
    draft.threats.addAll(individual.threats());
    draft.threats.addAll(tracking.threats());
    draft.triage.addAll(tracking.triage());
    leftovers(r, root);
    return draft.build(
        id,
        title,
        description(r, root),
        r.mapping(root, "author", "the model").flatMap(a -> r.text(a, "name", "'author'")),
        business(r, root),
        Places.at(root.position()).field("title", r.get(root, "title")).positions());
  }

  private static Optional<String> description(PeerFile r, Mapping root) {
    List<String> parts = new ArrayList<>();
    r.text(root, "management_summary_comment", "the model").ifPresent(parts::add);
    r.mapping(root, "technical_overview", "the model")
        .flatMap(o -> r.text(o, "description", "'technical_overview'"))
        .ifPresent(parts::add);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
  }

  private static Optional<Business> business(PeerFile r, Mapping root) {
    Optional<Criticality> criticality =
        r.located(root, "business_criticality", "the model")
            .flatMap(c -> r.oneOf(Terms.BUSINESS, c, "'business_criticality'"));
    Optional<String> overview =
        r.mapping(root, "business_overview", "the model")
            .flatMap(o -> r.text(o, "description", "'business_overview'"));
    if (criticality.isEmpty() && overview.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Business(
            criticality.orElse(Criticality.MEDIUM),
            List.of(),
            overview,
            "USD",
            Optional.empty(),
            Places.at(r.where(root, "business_criticality")).positions()));
  }

  /** One warning per top-level key that holds something the model has no place for. */
  private static void leftovers(PeerFile r, Mapping root) {
    for (Entry entry : r.entries(root)) {
      String key = entry.key().value();
      if (!READ.contains(key) && PeerFile.informative(entry.value())) {
        r.notMapped(
            entry.key().position(),
            "'" + key + "'" + summary(entry.value()) + " is not mapped",
            "Bulwark's model has no place for it; see docs/interop.md");
      }
    }
    for (String overview : List.of("business_overview", "technical_overview")) {
      r.mapping(root, overview, "the model")
          .ifPresent(o -> r.leftovers(o, Set.of("description"), "'" + overview + "'"));
    }
    r.mapping(root, "author", "the model")
        .ifPresent(a -> r.leftovers(a, Set.of("name"), "'author'"));
  }

  private static String summary(Node value) {
    return value instanceof Mapping mapping
        ? " ("
            + mapping.entries().size()
            + (mapping.entries().size() == 1 ? " entry)" : " entries)")
        : value instanceof Node.Sequence list
            ? " (" + list.items().size() + (list.items().size() == 1 ? " item)" : " items)")
            : "";
  }
}
