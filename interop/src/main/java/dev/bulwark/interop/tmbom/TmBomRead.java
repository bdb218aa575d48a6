package dev.bulwark.interop.tmbom;

import dev.bulwark.interop.Guess;
import dev.bulwark.interop.Ids;
import dev.bulwark.interop.ModelDraft;
import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Actor;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Business;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationCategory;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.Positions;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Threat;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.model.parse.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One OWASP Threat Model Library document (TM-BOM) read into a model. Its symbolic names are
 * readable ids already; everything lives in flat lists that name each other.
 */
final class TmBomRead {
  /** The zone TM-BOM leaves implicit: where actors are, named in trust boundaries. */
  static final String PUBLIC = "public";

  private static final Set<String> ROOT_KEYS =
      Set.of(
          "$schema",
          "version",
          "scope",
          "description",
          "trust_zones",
          "actors",
          "components",
          "data_stores",
          "data_sets",
          "data_flows",
          "threats",
          "threat_personas",
          "controls",
          "risks",
          "assumptions",
          "trust_boundaries");

  private final PeerFile file;
  private final ModelDraft draft = new ModelDraft();
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, Set<String>> stored = new LinkedHashMap<>();
  private final Map<String, Boolean> encrypted = new HashMap<>();
  private final Map<String, Severity> severities = new HashMap<>();

  TmBomRead(PeerFile file) {
    this.file = file;
  }

  /** A list item with its symbolic name, title and the id it was given. */
  private record Item(Node.Mapping node, String name, String title, String owner) {
    Positions at() {
      return Places.of(node.position());
    }
  }

  Optional<Model> read(Node rootNode) {
    Optional<Node.Mapping> found = file.mapping(rootNode, "the TM-BOM document");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Node.Mapping root = found.get();
    file.otherKeys(root, "document", "the TM-BOM document", ROOT_KEYS);
    List<Item> zones = items(root, "trust_zones", "trust zone");
    List<Item> actors = items(root, "actors", "actor");
    List<Item> components = items(root, "components", "component");
    List<Item> stores = items(root, "data_stores", "data store");
    List<Item> sets = items(root, "data_sets", "data set");
    List<Item> flows = items(root, "data_flows", "data flow");
    List<Item> threats = items(root, "threats", "threat");
    List<Item> controls = items(root, "controls", "control");
    boolean publicZone =
        !actors.isEmpty() && zones.stream().noneMatch(z -> z.name().equals(PUBLIC));
    assignIds(
        publicZone, List.of(zones, actors, components, stores, sets, flows, threats, controls));
    if (publicZone) {
      draft.zones.add(
          new Zone(
              ids.get("zone:" + PUBLIC),
              0,
              ZoneKind.NETWORK,
              Optional.empty(),
              Optional.of("Outside every trust zone of the TM-BOM document: where its actors are."),
              List.of(),
              Places.of(file.start())));
    }
    zones.forEach(this::zone);
    actors.forEach(this::actor);
    sets.forEach(this::placements);
    components.forEach(this::component);
    stores.forEach(this::store);
    sets.forEach(this::dataSet);
    flows.forEach(this::flow);
    risks(root);
    Map<String, String> personas = personas(root);
    threats.forEach(threat -> threat(threat, personas));
    controls.forEach(this::control);
    for (Node.Mapping other : file.mappings(root, "assumptions", "the document")) {
      file.notMapped(
          "assumption", other.position(), "assumptions have no place in a Bulwark model; left out");
    }
    for (Node.Mapping other : file.mappings(root, "trust_boundaries", "the document")) {
      file.notMapped(
          "trust-boundary",
          other.position(),
          "trust boundaries are left out: Bulwark draws them between zones, and their access"
              + " control and authentication methods have no place there");
    }
    return Optional.of(model(root));
  }

  private Model model(Node.Mapping root) {
    Optional<Node.Mapping> scope = file.mapping(root, "scope", "the document");
    String owner = "the scope";
    Optional<String> title = scope.flatMap(s -> file.text(s, "title", owner));
    scope.ifPresent(s ->
        file.otherKeys(s, "scope", owner, Set.of("title", "description", "business_criticality")));
    Optional<Criticality> criticality =
        scope.flatMap(s -> file.text(s, "business_criticality", owner)).map(TmBomRead::criticality);
    String id = Ids.slug(title.orElse(""));
    return draft.build(
        id.isEmpty() ? "tm-bom-model" : id,
        title.orElse("TM-BOM model"),
        scope
            .flatMap(s -> file.text(s, "description", owner))
            .or(() -> file.text(root, "description", "the document")),
        Optional.empty(),
        criticality.map(c ->
            new Business(c, List.of(), Optional.empty(), "USD", Optional.empty(), Positions.NONE)),
        Places.of(file.start()));
  }

  private static Criticality criticality(String degree) {
    return switch (degree) {
      case "minimal", "low" -> Criticality.LOW;
      case "high" -> Criticality.HIGH;
      case "maximal" -> Criticality.CRITICAL;
      default -> Criticality.MEDIUM;
    };
  }

  private List<Item> items(Node.Mapping root, String key, String kind) {
    List<Item> items = new ArrayList<>();
    for (Node.Mapping node : file.mappings(root, key, "the document")) {
      Optional<String> name = file.required(node, "symbolic_name", "a " + kind);
      if (name.isPresent()) {
        String title = file.text(node, "title", kind).orElse(name.get());
        items.add(new Item(node, name.get(), title, kind + " '" + name.get() + "'"));
      }
    }
    return items;
  }

  /** Symbolic names are unique within a list only: across lists Bulwark ids must differ. */
  private void assignIds(boolean publicZone, List<List<Item>> groups) {
    List<Ids.Candidate> candidates = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    if (publicZone) {
      candidates.add(new Ids.Candidate(PUBLIC, true));
      keys.add("zone:" + PUBLIC);
    }
    for (int g = 0; g < groups.size(); g++) {
      for (Item item : groups.get(g)) {
        candidates.add(Ids.candidate(item.name(), item.title(), "element"));
        keys.add(key(g, item.name()));
      }
    }
    List<String> assigned = Ids.assign(candidates);
    for (int i = 0; i < keys.size(); i++) {
      ids.putIfAbsent(keys.get(i), assigned.get(i));
    }
  }

  private static final List<String> KINDS =
      List.of("zone", "actor", "element", "element", "data", "flow", "threat", "control");

  /** Actors, components and data stores share one namespace: flows name them all alike. */
  private static String key(int group, String name) {
    return KINDS.get(group) + ":" + name;
  }

  private String id(String kind, String name) {
    return ids.get(kind + ":" + name);
  }

  private Optional<String> node(String name) {
    return Optional.ofNullable(id("actor", name))
        .or(() -> Optional.ofNullable(id("element", name)));
  }

  /** The item's trust zone; the implicit public zone when it names none. */
  private Optional<String> zoneOf(Item item) {
    Optional<String> zone = file.text(item.node(), "trust_zone", item.owner());
    if (zone.isEmpty()) {
      return Optional.ofNullable(id("zone", PUBLIC));
    }
    Optional<String> id = Optional.ofNullable(id("zone", zone.get()));
    if (id.isEmpty()) {
      file.notMapped(
          "zone-reference",
          file.where(item.node(), "trust_zone"),
          item.owner() + " lies in '" + zone.get() + "', which is no trust zone of the document");
    }
    return id;
  }

  private void zone(Item item) {
    file.otherKeys(
        item.node(), "trust zone", item.owner(), Set.of("symbolic_name", "title", "description"));
    draft.zones.add(
        new Zone(
            id("zone", item.name()),
            50,
            ZoneKind.NETWORK,
            Optional.empty(),
            file.text(item.node(), "description", item.owner()),
            List.of(),
            item.at()));
  }

  private void actor(Item item) {
    file.otherKeys(
        item.node(),
        "actor",
        item.owner(),
        Set.of("symbolic_name", "title", "description", "type", "permissions"));
    ActorKind kind =
        switch (file.text(item.node(), "type", item.owner()).orElse("user")) {
          case "administrator" -> ActorKind.ADMIN;
          case "engineer" -> ActorKind.STAFF;
          case "system", "third_party" -> ActorKind.SYSTEM;
          default -> ActorKind.USER;
        };
    draft.actors.add(
        new Actor(
            id("actor", item.name()),
            kind,
            Optional.ofNullable(id("zone", PUBLIC)),
            paragraphs(
                file.text(item.node(), "description", item.owner()),
                file.text(item.node(), "permissions", item.owner()).map(p -> "Permissions: " + p)),
            List.of(),
            item.at()));
  }

  /** Where each data set is kept, for the stores' {@code stores} and encryption. */
  private void placements(Item set) {
    for (Node.Mapping placement : file.mappings(set.node(), "placements", set.owner())) {
      Optional<String> store = file.text(placement, "data_store", "a placement of " + set.owner());
      Optional<String> storeId = store.flatMap(this::node);
      if (storeId.isEmpty()) {
        file.notMapped(
            "placement",
            placement.position(),
            "a placement of "
                + set.owner()
                + " names '"
                + store.orElse("")
                + "', which is no data"
                + " store; left out");
        continue;
      }
      stored.computeIfAbsent(storeId.get(), s -> new LinkedHashSet<>()).add(id("data", set.name()));
      boolean isEncrypted = file.flag(placement, "encrypted", set.owner()).orElse(false);
      encrypted.merge(storeId.get(), isEncrypted, Boolean::logicalAnd);
    }
  }

  private void component(Item item) {
    file.otherKeys(
        item.node(),
        "component",
        item.owner(),
        Set.of("symbolic_name", "title", "description", "trust_zone", "parent_component"));
    String id = id("element", item.name());
    ComponentKind kind =
        Guess.componentKind(item.name() + " " + item.title()).orElse(ComponentKind.SERVICE);
    List<String> tags =
        file.text(item.node(), "parent_component", item.owner())
            .map(parent -> List.of("tm-bom-parent:" + parent))
            .orElse(List.of());
    draft.components.add(
        component(
            id,
            kind,
            file.text(item.node(), "description", item.owner()),
            Optional.empty(),
            zoneOf(item),
            tags,
            item));
  }

  private void store(Item item) {
    file.otherKeys(
        item.node(),
        "data store",
        item.owner(),
        Set.of("symbolic_name", "title", "description", "type", "trust_zone", "vendor", "product"));
    String type = file.text(item.node(), "type", item.owner()).orElse("");
    String technology =
        String.join(
                " ",
                file.text(item.node(), "vendor", item.owner()).orElse(""),
                file.text(item.node(), "product", item.owner()).orElse(""))
            .strip();
    ComponentKind kind =
        Guess.componentKind(technology)
            .orElse(
                switch (type) {
                  case "object" -> ComponentKind.STORAGE;
                  case "key_value" -> ComponentKind.CACHE;
                  default -> ComponentKind.DATABASE;
                });
    draft.components.add(
        component(
            id("element", item.name()),
            kind,
            file.text(item.node(), "description", item.owner()),
            Optional.of(technology).filter(t -> !t.isEmpty()),
            zoneOf(item),
            List.of(),
            item));
  }

  private Component component(
      String id,
      ComponentKind kind,
      Optional<String> description,
      Optional<String> technology,
      Optional<String> zone,
      List<String> tags,
      Item item) {
    List<String> keeps = List.copyOf(stored.getOrDefault(id, Set.of()));
    return new Component(
        id,
        kind,
        description,
        technology,
        zone,
        Exposure.INTERNAL,
        false,
        List.of(),
        List.of(),
        keeps,
        encrypted.getOrDefault(id, false) ? EncryptionAtRest.PLATFORM : EncryptionAtRest.NONE,
        List.of(),
        Optional.empty(),
        tags,
        List.of(),
        item.at());
  }

  private void dataSet(Item item) {
    file.otherKeys(
        item.node(),
        "data set",
        item.owner(),
        Set.of("symbolic_name", "title", "description", "placements", "data_sensitivity"));
    List<String> sensitivity = file.texts(item.node(), "data_sensitivity", item.owner());
    Classification classification = Classification.INTERNAL;
    for (String kind : sensitivity) {
      Classification found =
          switch (kind) {
            case "cred", "pci", "phi" -> Classification.RESTRICTED;
            case "pii", "fin", "gov", "ip" -> Classification.CONFIDENTIAL;
            default -> Classification.INTERNAL;
          };
      classification = found.compareTo(classification) > 0 ? found : classification;
    }
    Rating confidentiality =
        switch (classification) {
          case PUBLIC -> Rating.LOW;
          case INTERNAL -> Rating.MEDIUM;
          case CONFIDENTIAL -> Rating.HIGH;
          case RESTRICTED -> Rating.CRITICAL;
        };
    draft.data.add(
        new DataAsset(
            id("data", item.name()),
            file.text(item.node(), "description", item.owner()),
            classification,
            confidentiality,
            Rating.MEDIUM,
            Rating.MEDIUM,
            sensitivity.contains("pii") || sensitivity.contains("phi"),
            sensitivity,
            item.at()));
  }

  private void flow(Item item) {
    file.otherKeys(
        item.node(),
        "data flow",
        item.owner(),
        Set.of(
            "symbolic_name",
            "title",
            "description",
            "source",
            "destination",
            "has_sensitive_data",
            "encrypted"));
    Optional<String> from = end(item, "source");
    Optional<String> to = end(item, "destination");
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    if (from.get().equals(to.get())) {
      file.notMapped(
          "self-flow", item.node().position(), item.owner() + " goes to itself; left out");
      return;
    }
    boolean isEncrypted = file.flag(item.node(), "encrypted", item.owner()).orElse(false);
    Protocol protocol =
        Guess.protocol(item.title(), isEncrypted)
            .or(() ->
                Guess.words(item.title()).stream()
                    .flatMap(word -> Guess.exact(Protocol.class, word).stream())
                    .findFirst())
            .orElse(isEncrypted ? Protocol.TLS : Protocol.TCP);
    List<String> tags =
        file.flag(item.node(), "has_sensitive_data", item.owner()).orElse(false)
            ? List.of("sensitive-data")
            : List.of();
    draft.flows.add(
        new Flow(
            id("flow", item.name()),
            from.get(),
            to.get(),
            protocol,
            Authentication.NONE,
            Authorization.NONE,
            List.of(),
            List.of(),
            paragraphs(
                Optional.of(item.title()), file.text(item.node(), "description", item.owner())),
            tags,
            item.at()));
  }

  /** A flow end: {@code {type, object}}; the object is looked up whatever the type says. */
  private Optional<String> end(Item item, String key) {
    Optional<Node.Mapping> end = file.mapping(item.node(), key, item.owner());
    Optional<String> name =
        end.flatMap(e -> file.text(e, "object", "the " + key + " of " + item.owner()));
    Optional<String> id = name.flatMap(this::node);
    if (id.isEmpty()) {
      file.notMapped(
          "flow-end",
          end.map(Node::position).orElse(item.node().position()),
          "the "
              + key
              + " of "
              + item.owner()
              + " names '"
              + name.orElse("")
              + "', which is no actor, component or data store; the flow is left out");
    }
    return id;
  }

  /** Each threat gets the highest level of the risks it factors into. */
  private void risks(Node.Mapping root) {
    for (Item risk : items(root, "risks", "risk")) {
      Optional<Severity> level =
          file.text(risk.node(), "level", risk.owner())
              .flatMap(l -> Guess.exact(Severity.class, l));
      for (String threat : file.texts(risk.node(), "threats", risk.owner())) {
        level.ifPresent(s -> severities.merge(threat, s, (a, b) -> a.compareTo(b) >= 0 ? a : b));
      }
      file.notMapped(
          "risk",
          risk.node().position(),
          risk.owner() + " is left out as a whole; its level sets the severity of its threats");
    }
  }

  private Map<String, String> personas(Node.Mapping root) {
    Map<String, String> personas = new HashMap<>();
    for (Item persona : items(root, "threat_personas", "threat persona")) {
      personas.put(persona.name(), persona.title());
    }
    return personas;
  }

  private void threat(Item item, Map<String, String> personas) {
    file.otherKeys(
        item.node(),
        "threat",
        item.owner(),
        Set.of(
            "symbolic_name",
            "title",
            "description",
            "components_affected",
            "threat_persona",
            "event",
            "sources",
            "attack_mechanisms",
            "weaknesses"));
    List<String> affects = new ArrayList<>();
    for (String element : file.texts(item.node(), "components_affected", item.owner())) {
      node(element).ifPresent(affects::add);
    }
    List<String> cwe = new ArrayList<>();
    for (Node.Mapping weakness : file.mappings(item.node(), "weaknesses", item.owner())) {
      file.text(weakness, "cwe_id", item.owner()).ifPresent(n -> cwe.add("CWE-" + n));
    }
    List<String> tags = new ArrayList<>(file.texts(item.node(), "sources", item.owner()));
    for (Node.Mapping mechanism : file.mappings(item.node(), "attack_mechanisms", item.owner())) {
      file.text(mechanism, "capec_id", item.owner()).ifPresent(n -> tags.add("CAPEC-" + n));
    }
    draft.threats.add(
        new Threat(
            id("threat", item.name()),
            item.title(),
            file.text(item.node(), "description", item.owner()),
            file.text(item.node(), "threat_persona", item.owner())
                .map(p -> personas.getOrDefault(p, p)),
            Optional.empty(),
            file.text(item.node(), "event", item.owner()),
            Optional.empty(),
            List.of(),
            affects,
            List.of(),
            Optional.ofNullable(severities.get(item.name())),
            Optional.empty(),
            Optional.empty(),
            cwe,
            tags,
            item.at()));
  }

  private void control(Item item) {
    file.otherKeys(
        item.node(),
        "control",
        item.owner(),
        Set.of("symbolic_name", "title", "description", "threats", "status"));
    MitigationStatus status =
        switch (file.text(item.node(), "status", item.owner()).orElse("suggested")) {
          case "assumed", "active" -> MitigationStatus.IMPLEMENTED;
          case "approved", "scheduled" -> MitigationStatus.PLANNED;
          case "retired", "wont_do" -> MitigationStatus.REJECTED;
          default -> MitigationStatus.PROPOSED;
        };
    List<String> mitigates = new ArrayList<>();
    for (String threat : file.texts(item.node(), "threats", item.owner())) {
      Optional.ofNullable(id("threat", threat)).ifPresent(mitigates::add);
    }
    draft.mitigations.add(
        new Mitigation(
            id("control", item.name()),
            item.title(),
            file.text(item.node(), "description", item.owner()),
            status,
            MitigationCategory.PREVENTIVE,
            mitigates,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            item.at()));
  }

  @SafeVarargs
  private static Optional<String> paragraphs(Optional<String>... parts) {
    List<String> present = new ArrayList<>();
    for (Optional<String> part : parts) {
      part.map(String::strip).filter(p -> !p.isEmpty()).ifPresent(present::add);
    }
    return present.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", present));
  }
}
