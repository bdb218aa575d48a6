package dev.bulwark.interop.threagile;

import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Importer;
import dev.bulwark.interop.Source;
import dev.bulwark.interop.peer.IdPool;
import dev.bulwark.interop.peer.Places;
import dev.bulwark.interop.peer.Reading;
import dev.bulwark.model.Actor;
import dev.bulwark.model.Business;
import dev.bulwark.model.Component;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Threat;
import dev.bulwark.model.Zone;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    Trees.TreeResult tree = Trees.read(source.file(), source.bytes(), limits);
    Context cx = new Context();
    cx.reading.addAll(tree.problems());
    if (tree.root().isEmpty() || tree.problems().stream().anyMatch(p -> p.isError())) {
      return new Imported(Optional.empty(), cx.reading.problems());
    }
    Optional<Mapping> root = cx.reading.body(tree.root().get(), "the Threagile model");
    if (root.isEmpty()) {
      return new Imported(Optional.empty(), cx.reading.problems());
    }
    return new Imported(Optional.of(model(cx, root.get())), cx.reading.problems());
  }

  private static Model model(Context cx, Mapping root) {
    Reading r = cx.reading;
    String title = r.text(root, "title", "the model").orElse("Threagile model");
    String slug = IdPool.slug(title);
    String id = slug.isEmpty() ? "threagile-model" : slug;

    List<DataAsset> data = DataAssets.read(cx, root);
    List<Assets.Raw> raws = Assets.index(cx, root);
    Boundaries.Result boundaries = Boundaries.read(cx, root);
    OpenZones open = new OpenZones(cx, root.position());
    List<Actor> actors = new ArrayList<>();
    List<Component> components = new ArrayList<>();
    Assets.build(
        cx,
        raws,
        new Assets.Setting(boundaries.zoneOfAsset(), open, Runtimes.read(cx, root)),
        Assets.targets(cx, raws),
        actors,
        components);
    List<Flow> flows = Links.read(cx, raws);
    IndividualRisks.Result individual = IndividualRisks.read(cx, root);
    RiskTracking.Result tracking = RiskTracking.read(cx, root, individual);
    List<Zone> zones = Stream.concat(boundaries.zones().stream(), open.zones().stream()).toList();
    List<Threat> threats =
        Stream.concat(individual.threats().stream(), tracking.threats().stream()).toList();
    leftovers(r, root);
    return new Model(
        Model.FORMAT_VERSION,
        id,
        title,
        description(r, root),
        r.mapping(root, "author", "the model").flatMap(a -> r.text(a, "name", "'author'")),
        business(r, root),
        List.of(),
        zones,
        actors,
        components,
        data,
        flows,
        threats,
        List.of(),
        tracking.triage(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Places.at(root.position()).field("title", r.get(root, "title")).positions());
  }

  private static Optional<String> description(Reading r, Mapping root) {
    List<String> parts = new ArrayList<>();
    r.text(root, "management_summary_comment", "the model").ifPresent(parts::add);
    r.mapping(root, "technical_overview", "the model")
        .flatMap(o -> r.text(o, "description", "'technical_overview'"))
        .ifPresent(parts::add);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
  }

  private static Optional<Business> business(Reading r, Mapping root) {
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
  private static void leftovers(Reading r, Mapping root) {
    for (Entry entry : r.entries(root)) {
      String key = entry.key().value();
      if (!READ.contains(key) && Reading.informative(entry.value())) {
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
