package dev.bulwark.interop.otm;

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
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.Positions;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One OTM document read into a model: the elements here, threats in {@link OtmThreatRead}. */
final class OtmRead {
  private static final Set<String> ROOT_KEYS =
      Set.of(
          "otmVersion",
          "project",
          "representations",
          "assets",
          "components",
          "dataflows",
          "trustZones",
          "threats",
          "mitigations");

  final PeerFile file;
  final ModelDraft draft = new ModelDraft();
  final Map<String, String> zoneIds = new HashMap<>();
  final Map<String, String> elementIds = new HashMap<>();
  final Map<String, String> flowIds = new HashMap<>();
  final Map<String, String> assetIds = new HashMap<>();
  final Map<String, String> threatIds = new HashMap<>();
  final Map<String, String> mitigationIds = new HashMap<>();
  final List<Instance> instances = new ArrayList<>();
  private final Map<String, Raw> componentsById = new HashMap<>();
  private final Map<Node.Mapping, Optional<Parent>> parents = new IdentityHashMap<>();

  OtmRead(PeerFile file) {
    this.file = file;
  }

  /** An element of the document with its OTM id, name and the Bulwark id it was given. */
  record Raw(Node.Mapping node, String peerId, String name, String owner, String id) {
    Raw withId(String newId) {
      return new Raw(node, peerId, name, owner, newId);
    }

    Positions positions() {
      return Places.of(node.position());
    }
  }

  /** A threat's instance on a component or flow, with the mitigations listed in it. */
  record Instance(String element, Node.Mapping node, String threat, String state, List<Use> uses) {}

  /** A mitigation named in a threat instance. */
  record Use(String mitigation, String state, Position at) {}

  Optional<Model> read(Node rootNode) {
    Optional<Node.Mapping> found = file.mapping(rootNode, "the OTM document");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Node.Mapping root = found.get();
    checkVersion(root);
    Optional<Node.Mapping> project = file.mapping(root, "project", "the OTM document");
    if (project.isEmpty() && file.value(root, "project").isEmpty()) {
      file.error(
          ProblemType.MISSING_FIELD, root.position(), "the OTM document has no 'project'", "");
    }
    List<Raw> zones = raws(root, "trustZones", "trust zone");
    List<Raw> components = raws(root, "components", "component");
    List<Raw> flows = raws(root, "dataflows", "data flow");
    List<Raw> assets = raws(root, "assets", "asset");
    OtmThreatRead threats = new OtmThreatRead(this, raws(root, "threats", "threat"));
    List<Raw> mitigations = raws(root, "mitigations", "mitigation");
    List<List<Raw>> named =
        assignIds(List.of(zones, components, flows, assets, threats.handWritten(), mitigations));
    index(named.get(0), zoneIds);
    index(named.get(1), elementIds);
    index(named.get(2), flowIds);
    index(named.get(3), assetIds);
    index(named.get(4), threatIds);
    index(named.get(5), mitigationIds);
    threats.derived().forEach(raw -> threatIds.putIfAbsent(raw.peerId(), raw.id()));
    named.get(1).forEach(raw -> componentsById.putIfAbsent(raw.peerId(), raw));
    named.get(0).forEach(this::zone);
    named.get(1).forEach(this::component);
    named.get(3).forEach(this::asset);
    named.get(2).forEach(this::flow);
    threats.read(named.get(4), named.get(5));
    for (Node.Mapping representation : file.mappings(root, "representations", "the document")) {
      file.notMapped(
          "representations",
          representation.position(),
          "representations (diagrams and code places) have no place in a Bulwark model; left out");
    }
    file.otherKeys(root, "document", "the OTM document", ROOT_KEYS);
    return Optional.of(project(project));
  }

  private void checkVersion(Node.Mapping root) {
    Optional<String> version = file.required(root, "otmVersion", "the OTM document");
    if (version.isPresent() && !version.get().matches("0\\.[12](\\..*)?")) {
      file.notMapped(
          "version",
          file.where(root, "otmVersion"),
          "otmVersion "
              + version.get()
              + " is not 0.1 or 0.2, the versions Bulwark knows; it is read as 0.2");
    }
  }

  private Model project(Optional<Node.Mapping> project) {
    String owner = "the project";
    Optional<String> name = project.flatMap(p -> file.text(p, "name", owner));
    Optional<String> peerId = project.flatMap(p -> file.text(p, "id", owner));
    if (project.isPresent() && name.isEmpty() && peerId.isEmpty()) {
      file.required(project.get(), "name", owner);
    }
    Map<String, String> attributes =
        project.map(p -> attributes(p, "project", owner)).orElse(Map.of());
    String id = Ids.candidate(peerId.orElse(""), name.orElse(""), "otm-model").preferred();
    Optional<String> contact = project.flatMap(p -> file.text(p, "ownerContact", owner));
    Optional<String> projectOwner =
        project
            .flatMap(p -> file.text(p, "owner", owner))
            .map(o -> contact.map(c -> o + " <" + c + ">").orElse(o))
            .or(() -> contact);
    project.ifPresent(p ->
        file.otherKeys(
            p,
            "project",
            owner,
            Set.of("name", "id", "description", "owner", "ownerContact", "attributes")));
    return draft.build(
        id,
        name.or(() -> peerId).orElse(id),
        project.flatMap(p -> file.text(p, "description", owner)),
        projectOwner,
        business(attributes),
        Places.of(file.start()));
  }

  private static Optional<Business> business(Map<String, String> attributes) {
    Optional<Criticality> criticality =
        Optional.ofNullable(attributes.get("criticality"))
            .flatMap(text -> Guess.exact(Criticality.class, text));
    if (criticality.isEmpty()) {
      return Optional.empty();
    }
    List<String> compliance = split(attributes.getOrDefault("compliance", ""));
    return Optional.of(
        new Business(
            criticality.get(),
            compliance,
            Optional.ofNullable(attributes.get("business")),
            "USD",
            Optional.empty(),
            Positions.NONE));
  }

  /** The mapping items of a top-level list, those without an id reported and left out. */
  private List<Raw> raws(Node.Mapping root, String key, String kind) {
    List<Raw> raws = new ArrayList<>();
    List<Node.Mapping> items = file.mappings(root, key, "the OTM document");
    for (int i = 0; i < items.size(); i++) {
      Node.Mapping item = items.get(i);
      Optional<String> name = file.text(item, "name", kind + " #" + (i + 1));
      String owner = kind + name.map(n -> " '" + n + "'").orElse(" #" + (i + 1));
      Optional<String> peerId = file.required(item, "id", owner);
      if (peerId.isPresent()) {
        raws.add(new Raw(item, peerId.get(), name.orElse(peerId.get()), owner, ""));
      }
    }
    return raws;
  }

  private static List<List<Raw>> assignIds(List<List<Raw>> groups) {
    List<Ids.Candidate> candidates = new ArrayList<>();
    for (List<Raw> group : groups) {
      for (Raw raw : group) {
        candidates.add(Ids.candidate(raw.peerId(), raw.name(), "element"));
      }
    }
    List<String> ids = Ids.assign(candidates);
    List<List<Raw>> named = new ArrayList<>();
    int next = 0;
    for (List<Raw> group : groups) {
      List<Raw> withIds = new ArrayList<>();
      for (Raw raw : group) {
        withIds.add(raw.withId(ids.get(next++)));
      }
      named.add(withIds);
    }
    return named;
  }

  private void index(List<Raw> raws, Map<String, String> ids) {
    Set<String> seen = new HashSet<>();
    for (Raw raw : raws) {
      if (!seen.add(raw.peerId())) {
        file.error(
            ProblemType.DUPLICATE_ID,
            file.where(raw.node(), "id"),
            raw.owner() + " has the id '" + raw.peerId() + "' of an earlier one",
            "references to it reach the first one");
      }
      ids.putIfAbsent(raw.peerId(), raw.id());
    }
  }

  /** Tags of an element: its own, then the OTM id when it changed, then any extra ones. */
  List<String> tags(Raw raw, List<String> extra) {
    Set<String> tags = new LinkedHashSet<>(file.texts(raw.node(), "tags", raw.owner()));
    if (!raw.id().equals(raw.peerId())) {
      tags.add(Otm.ID_TAG + raw.peerId());
    }
    tags.addAll(extra);
    return List.copyOf(tags);
  }

  /** The {@code bulwark.*} attributes, keys without the prefix; other attributes not mapped. */
  Map<String, String> attributes(Node.Mapping node, String kind, String owner) {
    Map<String, String> ours = new HashMap<>();
    Optional<Node.Mapping> attributes = file.mapping(node, "attributes", owner);
    for (Node.Entry entry : attributes.map(Node.Mapping::entries).orElse(List.of())) {
      String key = entry.key().value();
      if (key.startsWith(Otm.ATTRIBUTE) && entry.value() instanceof Node.Scalar scalar) {
        ours.put(key.substring(Otm.ATTRIBUTE.length()), scalar.value());
      } else if (PeerFile.informative(entry.value())) {
        file.notMapped(
            kind + ".attributes",
            entry.key().position(),
            "attribute '" + key + "' of " + owner + " has no place in a Bulwark model; left out");
      }
    }
    return ours;
  }

  private void representations(Raw raw, String kind) {
    if (!file.list(raw.node(), "representations", raw.owner()).isEmpty()) {
      file.notMapped(
          "representations",
          file.where(raw.node(), "representations"),
          "representations (diagrams and code places) of "
              + raw.owner()
              + " have no place in a Bulwark model; left out");
    }
  }

  private Optional<String> description(Raw raw) {
    return file.text(raw.node(), "description", raw.owner());
  }

  /**
   * The parent reference: {@code {trustZone: x}}, {@code {component: x}} or 0.1's {@code {id,
   * type}}.
   */
  private record Parent(boolean zone, String peerId, Position at) {}

  /** The parent reference, read (and its problems reported) once per element. */
  private Optional<Parent> parent(Raw raw) {
    return parents.computeIfAbsent(raw.node(), node -> readParent(raw));
  }

  private Optional<Parent> readParent(Raw raw) {
    Optional<Node.Mapping> parent = file.mapping(raw.node(), "parent", raw.owner());
    if (parent.isEmpty()) {
      return Optional.empty();
    }
    String owner = "the parent of " + raw.owner();
    Position at = parent.get().position();
    Optional<String> zone = file.text(parent.get(), "trustZone", owner);
    if (zone.isPresent()) {
      return Optional.of(new Parent(true, zone.get(), at));
    }
    Optional<String> component = file.text(parent.get(), "component", owner);
    if (component.isPresent()) {
      return Optional.of(new Parent(false, component.get(), at));
    }
    Optional<String> id = file.text(parent.get(), "id", owner);
    Optional<String> type = file.text(parent.get(), "type", owner);
    if (id.isPresent()) {
      return Optional.of(new Parent(!type.orElse("trustZone").equals("component"), id.get(), at));
    }
    file.error(
        ProblemType.MISSING_FIELD,
        at,
        owner + " names neither a 'trustZone' nor a 'component'",
        "write parent: { trustZone: <id> }");
    return Optional.empty();
  }

  private void zone(Raw raw) {
    Map<String, String> attributes = attributes(raw.node(), "trust zone", raw.owner());
    Optional<Node.Mapping> risk = file.mapping(raw.node(), "risk", raw.owner());
    double rating =
        risk.map(r -> file.number(r, "trustRating", "the risk of " + raw.owner()))
            .filter(number -> number.isPresent())
            .map(number -> number.getAsDouble())
            .orElse(50.0);
    Optional<String> type = file.text(raw.node(), "type", raw.owner());
    Optional<ZoneKind> kind =
        Optional.ofNullable(attributes.get("kind")).or(() -> type).flatMap(Guess::zoneKind);
    List<String> extra =
        type.filter(t -> Guess.zoneKind(t).isEmpty())
            .map(t -> List.of(Otm.TYPE_TAG + t))
            .orElse(List.of());
    Optional<String> parent = Optional.empty();
    Optional<Parent> reference = parent(raw);
    if (reference.isPresent()) {
      if (reference.get().zone() && zoneIds.containsKey(reference.get().peerId())) {
        parent = Optional.of(zoneIds.get(reference.get().peerId()));
      } else {
        file.notMapped(
            "zone.parent",
            reference.get().at(),
            raw.owner()
                + " lies inside '"
                + reference.get().peerId()
                + "', which is no trust zone of the document; Bulwark zones nest only in zones,"
                + " so it is read as a top-level zone");
      }
    }
    representations(raw, "trust zone");
    file.otherKeys(
        raw.node(),
        "trust zone",
        raw.owner(),
        Set.of(
            "id",
            "name",
            "type",
            "description",
            "risk",
            "parent",
            "representations",
            "attributes",
            "tags"));
    draft.zones.add(
        new Zone(
            raw.id(),
            (int) Math.max(0, Math.min(100, Math.round(rating))),
            kind.orElse(ZoneKind.NETWORK),
            parent,
            description(raw),
            tags(raw, extra),
            raw.positions()));
  }

  /** Whether an OTM component stands for a person or outside client: Bulwark calls it an actor. */
  private static boolean isActor(Map<String, String> attributes, String type) {
    if (attributes.containsKey("element")) {
      return attributes.get("element").equals("actor");
    }
    List<String> words = Guess.words(type);
    return words.contains("client")
        || words.contains("user")
        || words.contains("actor")
        || words.contains("browser")
        || words.contains("person");
  }

  /** The trust zone a component lies in, following parent components; empty if none. */
  private Optional<String> zoneOf(Raw raw, Set<String> visited) {
    Optional<Parent> parent = parent(raw);
    if (parent.isEmpty() || !visited.add(raw.peerId())) {
      return Optional.empty();
    }
    if (parent.get().zone()) {
      return Optional.ofNullable(zoneIds.get(parent.get().peerId()));
    }
    Raw outer = componentsById.get(parent.get().peerId());
    return outer == null ? Optional.empty() : zoneOf(outer, visited);
  }

  private void component(Raw raw) {
    Map<String, String> attributes = attributes(raw.node(), "component", raw.owner());
    String type = file.text(raw.node(), "type", raw.owner()).orElse("");
    Optional<String> zone = placement(raw);
    List<String> extra = new ArrayList<>();
    parent(raw)
        .filter(parent -> !parent.zone())
        .map(parent -> componentsById.get(parent.peerId()))
        .ifPresent(outer -> extra.add(Otm.PARENT_TAG + outer.id()));
    representations(raw, "component");
    file.otherKeys(
        raw.node(),
        "component",
        raw.owner(),
        Set.of(
            "id",
            "name",
            "type",
            "description",
            "parent",
            "representations",
            "assets",
            "threats",
            "tags",
            "attributes"));
    instances(raw);
    Optional<Node.Mapping> assets = file.mapping(raw.node(), "assets", raw.owner());
    List<String> processed = assets.map(a -> assetRefs(a, "processed", raw)).orElse(List.of());
    List<String> stored = assets.map(a -> assetRefs(a, "stored", raw)).orElse(List.of());
    if (isActor(attributes, type)) {
      if (!processed.isEmpty() || !stored.isEmpty()) {
        file.notMapped(
            "actor.assets",
            assets.orElseThrow().position(),
            "the assets of "
                + raw.owner()
                + " are left out: it is read as an actor (its type is '"
                + type
                + "'), and Bulwark's actors hold no data");
      }
      if (!type.isEmpty()) {
        extra.add(Otm.TYPE_TAG + type);
      }
      draft.actors.add(
          new Actor(
              raw.id(),
              actorKind(attributes, type),
              zone,
              description(raw),
              tags(raw, extra),
              raw.positions()));
      return;
    }
    Optional<ComponentKind> exactKind =
        Optional.ofNullable(attributes.get("kind"))
            .or(() -> Optional.of(type))
            .flatMap(text -> Guess.exact(ComponentKind.class, text));
    ComponentKind kind =
        exactKind
            .or(() -> Guess.componentKind(type))
            .or(() -> Guess.componentKind(raw.name()))
            .orElse(ComponentKind.SERVICE);
    Optional<String> technology =
        Optional.ofNullable(attributes.get("technology"))
            .or(() -> Optional.of(type).filter(t -> !t.isEmpty() && exactKind.isEmpty()));
    draft.components.add(
        new Component(
            raw.id(),
            kind,
            description(raw),
            technology,
            zone,
            attribute(attributes, "exposure", Exposure.class).orElse(Exposure.INTERNAL),
            Boolean.parseBoolean(attributes.getOrDefault("custom-code", "false")),
            List.of(),
            processed,
            stored,
            attribute(attributes, "encryption-at-rest", EncryptionAtRest.class)
                .orElse(EncryptionAtRest.NONE),
            List.of(),
            Optional.ofNullable(attributes.get("owner")),
            tags(raw, extra),
            List.of(),
            raw.positions()));
  }

  private Optional<String> placement(Raw raw) {
    Optional<String> zone = zoneOf(raw, new HashSet<>());
    if (zone.isEmpty()) {
      Position at =
          file.value(raw.node(), "parent").map(Node::position).orElse(raw.node().position());
      file.error(
          ProblemType.MISSING_FIELD,
          at,
          raw.owner() + " lies in no trust zone of the document (through its 'parent')",
          "every component needs parent: { trustZone: <id> }, directly or through its parents");
    }
    return zone;
  }

  private static ActorKind actorKind(Map<String, String> attributes, String type) {
    Optional<ActorKind> exact =
        Optional.ofNullable(attributes.get("kind")).flatMap(k -> Guess.exact(ActorKind.class, k));
    if (exact.isPresent()) {
      return exact.get();
    }
    List<String> words = Guess.words(type);
    if (words.contains("device") || words.contains("iot") || words.contains("sensor")) {
      return ActorKind.DEVICE;
    }
    return words.contains("system") || words.contains("service")
        ? ActorKind.SYSTEM
        : ActorKind.USER;
  }

  static <E extends Enum<E>> Optional<E> attribute(
      Map<String, String> attributes, String key, Class<E> type) {
    return Optional.ofNullable(attributes.get(key)).flatMap(text -> Guess.exact(type, text));
  }

  private List<String> assetRefs(Node.Mapping assets, String key, Raw raw) {
    Set<String> ids = new LinkedHashSet<>();
    for (String peer : file.texts(assets, key, "the assets of " + raw.owner())) {
      String id = assetIds.get(peer);
      if (id == null) {
        file.notMapped(
            "asset-reference",
            file.where(assets, key),
            "'"
                + key
                + "' of "
                + raw.owner()
                + " names '"
                + peer
                + "', which is no asset; left out");
      } else {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  /** Remembers the threat instances of a component or flow, for {@link OtmThreatRead}. */
  private void instances(Raw raw) {
    for (Node.Mapping instance : file.mappings(raw.node(), "threats", raw.owner())) {
      String owner = "a threat of " + raw.owner();
      Optional<String> threat = file.required(instance, "threat", owner);
      String state = file.text(instance, "state", owner).orElse("exposed");
      List<Use> uses = new ArrayList<>();
      for (Node.Mapping use : file.mappings(instance, "mitigations", owner)) {
        String useOwner = "a mitigation of " + owner;
        Optional<String> mitigation = file.required(use, "mitigation", useOwner);
        String useState = file.text(use, "state", useOwner).orElse("recommended");
        mitigation.ifPresent(m -> uses.add(new Use(m, useState, use.position())));
      }
      threat.ifPresent(t -> instances.add(new Instance(raw.id(), instance, t, state, uses)));
    }
  }

  private void asset(Raw raw) {
    Map<String, String> attributes = attributes(raw.node(), "asset", raw.owner());
    Optional<Node.Mapping> risk = file.mapping(raw.node(), "risk", raw.owner());
    String riskOwner = "the risk of " + raw.owner();
    double confidentiality = risk.map(r -> number(r, "confidentiality", riskOwner)).orElse(50.0);
    double integrity = risk.map(r -> number(r, "integrity", riskOwner)).orElse(50.0);
    double availability = risk.map(r -> number(r, "availability", riskOwner)).orElse(50.0);
    Optional<String> comment = risk.flatMap(r -> file.text(r, "comment", riskOwner));
    file.otherKeys(
        raw.node(),
        "asset",
        raw.owner(),
        Set.of("id", "name", "description", "risk", "attributes", "tags"));
    draft.data.add(
        new DataAsset(
            raw.id(),
            paragraphs(description(raw), comment),
            attribute(attributes, "classification", Classification.class)
                .orElse(OtmScales.classification(confidentiality)),
            attribute(attributes, "confidentiality", Rating.class)
                .orElse(OtmScales.rating(confidentiality)),
            attribute(attributes, "integrity", Rating.class).orElse(OtmScales.rating(integrity)),
            attribute(attributes, "availability", Rating.class)
                .orElse(OtmScales.rating(availability)),
            Boolean.parseBoolean(attributes.getOrDefault("personal", "false")),
            tags(raw, List.of()),
            raw.positions()));
  }

  private double number(Node.Mapping mapping, String key, String owner) {
    return file.number(mapping, key, owner).orElse(50);
  }

  private void flow(Raw raw) {
    Map<String, String> attributes = attributes(raw.node(), "data flow", raw.owner());
    Optional<String> from = endpoint(raw, "source");
    Optional<String> to = endpoint(raw, "destination");
    file.otherKeys(
        raw.node(),
        "data flow",
        raw.owner(),
        Set.of(
            "id",
            "name",
            "description",
            "bidirectional",
            "source",
            "destination",
            "assets",
            "threats",
            "tags",
            "attributes",
            "representations"));
    file.flag(raw.node(), "bidirectional", raw.owner());
    representations(raw, "data flow");
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    if (from.get().equals(to.get())) {
      file.notMapped(
          "self-flow",
          raw.node().position(),
          raw.owner()
              + " goes from '"
              + from.get()
              + "' to itself; Bulwark has no such flows,"
              + " left out");
      return;
    }
    instances(raw);
    List<String> tags = file.texts(raw.node(), "tags", raw.owner());
    Protocol protocol =
        attribute(attributes, "protocol", Protocol.class)
            .or(() -> tags.stream().flatMap(t -> Guess.protocol(t, false).stream()).findFirst())
            .or(() -> Guess.protocol(raw.name(), false))
            .orElse(Protocol.TCP);
    Set<String> data = new LinkedHashSet<>();
    for (String peer : file.texts(raw.node(), "assets", raw.owner())) {
      if (assetIds.containsKey(peer)) {
        data.add(assetIds.get(peer));
      } else {
        file.notMapped(
            "asset-reference",
            file.where(raw.node(), "assets"),
            "'assets' of " + raw.owner() + " names '" + peer + "', which is no asset; left out");
      }
    }
    draft.flows.add(
        new Flow(
            raw.id(),
            from.get(),
            to.get(),
            protocol,
            attribute(attributes, "authentication", Authentication.class)
                .orElse(Authentication.NONE),
            attribute(attributes, "authorization", Authorization.class).orElse(Authorization.NONE),
            List.copyOf(data),
            List.of(),
            description(raw),
            tags(raw, List.of()),
            raw.positions()));
  }

  private Optional<String> endpoint(Raw raw, String key) {
    Optional<String> peer = file.required(raw.node(), key, raw.owner());
    if (peer.isEmpty()) {
      return Optional.empty();
    }
    String id = elementIds.get(peer.get());
    if (id == null) {
      String what =
          zoneIds.containsKey(peer.get())
              ? "a trust zone; Bulwark flows run between actors and components"
              : "no component of the document";
      file.notMapped(
          "flow-endpoint",
          file.where(raw.node(), key),
          "'"
              + key
              + "' of "
              + raw.owner()
              + " names '"
              + peer.get()
              + "', which is "
              + what
              + "; the flow is left out");
    }
    return Optional.ofNullable(id);
  }

  /** The Bulwark id of a component, actor, flow, zone or asset named by its OTM id. */
  Optional<String> anyElement(String peerId) {
    return Optional.ofNullable(elementIds.get(peerId))
        .or(() -> Optional.ofNullable(flowIds.get(peerId)))
        .or(() -> Optional.ofNullable(zoneIds.get(peerId)))
        .or(() -> Optional.ofNullable(assetIds.get(peerId)));
  }

  /** Non-empty texts joined as paragraphs. */
  @SafeVarargs
  static Optional<String> paragraphs(Optional<String>... parts) {
    List<String> present = new ArrayList<>();
    for (Optional<String> part : parts) {
      part.map(String::strip).filter(p -> !p.isEmpty()).ifPresent(present::add);
    }
    return present.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", present));
  }

  static List<String> split(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(item -> !item.isEmpty())
        .toList();
  }
}
