package dev.bulwark.interop.threagile;

import static dev.bulwark.interop.PeerFile.quote;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Actor;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataFormat;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.Node.Scalar;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Threagile's {@code technical_assets} as actors and components. An external entity used by a
 * person is an actor; one that is not but that the system calls is an external service; other
 * external entities are actors of kind system (device for an IoT device). Processes and datastores
 * are components whose kind comes from their technology.
 */
final class Assets {
  private static final Map<String, String> TYPES =
      Map.of("external-entity", "external-entity", "process", "process", "datastore", "datastore");

  private Assets() {}

  /** A technical asset with its ids, before it is built. */
  record Raw(
      String title, String threagileId, String id, Mapping body, Position at, Position idAt) {
    String what() {
      return "technical asset " + quote(title);
    }
  }

  /** First pass: the id of every technical asset, so that everything else can refer to it. */
  static List<Raw> index(Context cx, Mapping root) {
    PeerFile r = cx.file;
    List<Raw> raws = new ArrayList<>();
    for (Entry entry :
        r.mapping(root, "technical_assets", "the model").map(r::entries).orElse(List.of())) {
      String what = "technical asset " + quote(entry.key().value());
      Optional<Mapping> body = r.body(entry.value(), what);
      Optional<Text> threagileId = body.flatMap(b -> r.requiredText(b, "id", what));
      if (threagileId.isPresent() && cx.assets.containsKey(threagileId.get().value())) {
        r.error(
            ProblemType.DUPLICATE_ID,
            threagileId.get().position(),
            "technical asset id " + quote(threagileId.get().value()) + " is used twice",
            "give each technical asset its own id");
      } else if (threagileId.isPresent()) {
        String id = cx.ids.claim(threagileId.get().value(), "asset");
        cx.assets.put(threagileId.get().value(), id);
        raws.add(
            new Raw(
                entry.key().value(),
                threagileId.get().value(),
                id,
                body.get(),
                entry.key().position(),
                threagileId.get().position()));
      }
    }
    return raws;
  }

  /** Threagile ids of the assets some communication link targets; read without reporting. */
  static Set<String> targets(Context cx, List<Raw> raws) {
    Set<String> targets = new HashSet<>();
    for (Raw raw : raws) {
      if (cx.file.get(raw.body(), "communication_links").orElse(null) instanceof Mapping links) {
        for (Entry link : links.entries()) {
          if (link.value() instanceof Mapping body
              && cx.file.get(body, "target").orElse(null) instanceof Scalar target) {
            targets.add(target.value().strip());
          }
        }
      }
    }
    return targets;
  }

  /** Where each asset goes and what it carries beyond its own fields. */
  record Setting(
      Map<String, String> zoneOf, OpenZones open, Map<String, List<String>> runtimeTags) {}

  static void build(
      Context cx,
      List<Raw> raws,
      Setting setting,
      Set<String> targets,
      List<Actor> actors,
      List<Component> components) {
    for (Raw raw : raws) {
      PeerFile r = cx.file;
      String type =
          r.located(raw.body(), "type", raw.what())
              .flatMap(t -> r.oneOf(TYPES, t, "'type' of " + raw.what()))
              .orElse("process");
      boolean human = r.flag(raw.body(), "used_as_client_by_human", raw.what()).orElse(false);
      boolean internet = r.flag(raw.body(), "internet", raw.what()).orElse(false);
      String zone =
          Optional.ofNullable(setting.zoneOf().get(raw.threagileId()))
              .orElseGet(() -> internet ? setting.open().internet() : setting.open().noBoundary());
      List<String> runtimeTags = setting.runtimeTags().getOrDefault(raw.threagileId(), List.of());
      if (type.equals("external-entity") && (human || !targets.contains(raw.threagileId()))) {
        actors.add(actor(cx, raw, human, internet, zone, runtimeTags));
      } else {
        components.add(component(cx, raw, type, internet, zone, runtimeTags));
      }
    }
  }

  private static Actor actor(
      Context cx, Raw raw, boolean human, boolean internet, String zone, List<String> runtimeTags) {
    PeerFile r = cx.file;
    Mapping body = raw.body();
    String usage = r.text(body, "usage", raw.what()).orElse("business");
    Set<String> used =
        new HashSet<>(
            Set.of(
                "id",
                "description",
                "type",
                "tags",
                "internet",
                "used_as_client_by_human",
                "usage",
                "out_of_scope",
                "justification_out_of_scope",
                "communication_links"));
    if (r.text(body, "encryption", raw.what()).orElse("none").equals("none")) {
      used.add("encryption"); // the default says nothing
    }
    ActorKind kind;
    if (human) {
      kind = usage.equals("devops") ? ActorKind.ADMIN : internet ? ActorKind.USER : ActorKind.STAFF;
    } else {
      kind = technologies(r, raw).contains("iot-device") ? ActorKind.DEVICE : ActorKind.SYSTEM;
    }
    r.leftovers(body, used, raw.what(), raw.at());
    return new Actor(
        raw.id(),
        kind,
        Optional.of(zone),
        description(r, raw),
        tags(r, raw, runtimeTags, false),
        Places.at(raw.at()).field("id", raw.idAt()).field("kind", r.get(body, "type")).positions());
  }

  private static Component component(
      Context cx, Raw raw, String type, boolean internet, String zone, List<String> runtimeTags) {
    PeerFile r = cx.file;
    Mapping body = raw.body();
    String what = raw.what();
    List<String> technologies = technologies(r, raw);
    ComponentKind kind = kind(r, raw, type, technologies);
    Set<String> used =
        new HashSet<>(
            Set.of(
                "id",
                "description",
                "type",
                "technology",
                "technologies",
                "tags",
                "internet",
                "encryption",
                "owner",
                "custom_developed_parts",
                "data_assets_processed",
                "data_assets_stored",
                "data_formats_accepted",
                "communication_links",
                "out_of_scope",
                "justification_out_of_scope"));
    if (r.text(body, "usage", what).orElse("business").equals("business")) {
      used.add("usage");
    }
    r.leftovers(body, used, what, raw.at());
    Places places = Places.at(raw.at()).field("id", raw.idAt()).field("kind", r.get(body, "type"));
    List<String> processes = dataRefs(cx, raw, "data_assets_processed", "processes", places);
    List<String> stores = dataRefs(cx, raw, "data_assets_stored", "stores", places);
    return new Component(
        raw.id(),
        kind,
        description(r, raw),
        technologies.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", technologies)),
        Optional.of(zone),
        internet ? Exposure.INTERNET : Exposure.INTERNAL,
        r.flag(body, "custom_developed_parts", what).orElse(false),
        formats(r, raw),
        processes,
        stores,
        r.located(body, "encryption", what)
            .flatMap(e -> r.oneOf(Terms.ENCRYPTION, e, "'encryption' of " + what))
            .orElse(EncryptionAtRest.NONE),
        List.of(),
        r.text(body, "owner", what),
        tags(r, raw, runtimeTags, r.flag(body, "out_of_scope", what).orElse(false)),
        List.of(),
        places.positions());
  }

  private static List<String> technologies(PeerFile r, Raw raw) {
    List<String> names = new ArrayList<>();
    r.text(raw.body(), "technology", raw.what()).ifPresent(names::add);
    names.addAll(r.texts(raw.body(), "technologies", raw.what()));
    return names.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
  }

  private static ComponentKind kind(PeerFile r, Raw raw, String type, List<String> technologies) {
    if (type.equals("external-entity")) {
      return ComponentKind.EXTERNAL_SERVICE;
    }
    for (String technology : technologies) {
      ComponentKind kind = Terms.TECHNOLOGY.get(technology);
      if (kind != null && !(type.equals("datastore") && technology.equals("unknown-technology"))) {
        return kind;
      }
    }
    ComponentKind assumed =
        type.equals("datastore") ? ComponentKind.DATABASE : ComponentKind.SERVICE;
    technologies.stream()
        .filter(t -> !Terms.TECHNOLOGY.containsKey(t))
        .findFirst()
        .ifPresent(unknown ->
            r.notMapped(
                r.where(
                    raw.body(),
                    r.get(raw.body(), "technology").isPresent() ? "technology" : "technologies"),
                raw.what()
                    + " uses technology "
                    + quote(unknown)
                    + ", which Bulwark does not know;"
                    + " kind '"
                    + dev.bulwark.model.Wire.name(assumed)
                    + "' assumed",
                "the technology is kept in the component's 'technology'"));
    return assumed;
  }

  private static List<DataFormat> formats(PeerFile r, Raw raw) {
    Set<DataFormat> formats = new LinkedHashSet<>();
    for (Text format : r.locatedTexts(raw.body(), "data_formats_accepted", raw.what())) {
      r.oneOf(Terms.FORMAT, format, "a data format of " + raw.what()).ifPresent(formats::add);
    }
    return List.copyOf(formats);
  }

  private static List<String> dataRefs(
      Context cx, Raw raw, String key, String field, Places places) {
    Set<String> ids = new LinkedHashSet<>();
    for (Text ref : cx.file.locatedTexts(raw.body(), key, raw.what())) {
      String id = cx.data.get(ref.value());
      if (id == null) {
        cx.file.error(
            ProblemType.DANGLING_REFERENCE,
            ref.position(),
            quote(key)
                + " of "
                + raw.what()
                + " names "
                + quote(ref.value())
                + ", which is no data asset",
            "data assets: " + String.join(", ", cx.data.keySet()));
      } else if (ids.add(id)) {
        places.field(field + "[" + (ids.size() - 1) + "]", ref.position());
      }
    }
    return List.copyOf(ids);
  }

  private static Optional<String> description(PeerFile r, Raw raw) {
    Optional<String> own = r.text(raw.body(), "description", raw.what());
    Optional<String> why = r.text(raw.body(), "justification_out_of_scope", raw.what());
    String text = own.orElse(raw.title());
    return Optional.of(why.map(reason -> text + "\n\nOut of scope: " + reason).orElse(text));
  }

  private static List<String> tags(
      PeerFile r, Raw raw, List<String> runtimeTags, boolean outOfScope) {
    Set<String> tags = new LinkedHashSet<>();
    tags.addAll(r.texts(raw.body(), "tags", raw.what()));
    if (outOfScope) {
      tags.add("out-of-scope");
    }
    tags.addAll(runtimeTags);
    return List.copyOf(tags);
  }
}
