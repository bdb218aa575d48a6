package dev.bulwark.interop.threatdragon;

import dev.bulwark.interop.Guess;
import dev.bulwark.interop.Ids;
import dev.bulwark.interop.ModelDraft;
import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.interop.threatdragon.TdCell.End;
import dev.bulwark.interop.threatdragon.TdCell.Kind;
import dev.bulwark.interop.threatdragon.TdGeometry.Point;
import dev.bulwark.interop.threatdragon.TdZones.Link;
import dev.bulwark.model.Actor;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One Threat Dragon model read into a Bulwark model; threats are in {@link TdThreats}. */
final class TdRead {
  /** How far a loose flow end may lie from a shape and still be taken as attached to it. */
  static final double SNAP_DISTANCE = 30;

  static final String CREDENTIALS = "credentials";
  static final String CARD_DATA = "card-data";

  /** Keys that only draw the cell, or that Threat Dragon derives from the others. */
  private static final Set<String> PRESENTATION =
      Set.of(
          "id",
          "shape",
          "position",
          "size",
          "attrs",
          "visible",
          "zIndex",
          "z",
          "ports",
          "angle",
          "width",
          "height",
          "labels",
          "connector",
          "router",
          "vertices",
          "source",
          "target",
          "smooth",
          "data",
          "tools",
          "markup",
          "parent",
          "children",
          "type",
          "name",
          "description",
          "hasOpenThreats",
          "isTrustBoundary",
          "threats",
          "threatFrequency",
          "outOfScope",
          "reasonOutOfScope");

  private static final Map<Kind, Set<String>> PROPERTIES =
      Map.of(
          Kind.ACTOR, Set.of("providesAuthentication"),
          Kind.PROCESS,
              Set.of(
                  "handlesCardPayment",
                  "handlesGoodsOrServices",
                  "isWebApplication",
                  "privilegeLevel"),
          Kind.STORE,
              Set.of("isALog", "isEncrypted", "isSigned", "storesCredentials", "storesInventory"),
          Kind.FLOW, Set.of("protocol", "isEncrypted", "isPublicNetwork", "isBidirectional"),
          Kind.BOX, Set.of(),
          Kind.CURVE, Set.of());

  private final PeerFile file;
  private final ModelDraft draft = new ModelDraft();
  private final Map<TdCell, String> ids = new HashMap<>();
  private final Map<String, String> zoneIds = new HashMap<>();
  private final Map<TdCell, String> curveIds = new HashMap<>();
  private final Map<String, Boolean> flags = new HashMap<>();

  TdRead(PeerFile file) {
    this.file = file;
  }

  Optional<Model> read(Node rootNode) {
    Optional<Node.Mapping> found = file.mapping(rootNode, "the Threat Dragon model");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Node.Mapping root = found.get();
    Optional<Node.Mapping> summary = file.mapping(root, "summary", "the model");
    Optional<Node.Mapping> detail = file.mapping(root, "detail", "the model");
    if (detail.isEmpty()) {
      file.error(
          ProblemType.MISSING_FIELD,
          root.position(),
          "the model has no 'detail' with diagrams",
          "");
      return Optional.empty();
    }
    file.otherKeys(root, "model", "the model", Set.of("version", "summary", "detail"));
    file.otherKeys(
        detail.get(),
        "detail",
        "the model's detail",
        Set.of("diagrams", "diagramTop", "threatTop"));
    List<TdCell> cells = new TdCells(file).read(detail.get());
    Map<String, TdCell> byId = new HashMap<>();
    cells.stream()
        .filter(cell -> cell.kind().element() && !cell.peerId().isEmpty())
        .forEach(cell -> byId.putIfAbsent(cell.peerId(), cell));
    Map<String, List<TdCell>> diagrams = new LinkedHashMap<>();
    cells.forEach(
        cell -> diagrams.computeIfAbsent(cell.diagram(), d -> new ArrayList<>()).add(cell));
    List<Link> links = new ArrayList<>();
    List<TdZones.Zone> zones = new ArrayList<>();
    Map<TdCell, String> zoneOf = new HashMap<>();
    Map<TdCell, List<TdCell>> crossings = new HashMap<>();
    for (Map.Entry<String, List<TdCell>> diagram : diagrams.entrySet()) {
      List<Link> diagramLinks = links(diagram.getValue(), byId);
      TdZones.Result result = TdZones.of(diagram.getKey(), diagram.getValue(), diagramLinks);
      links.addAll(diagramLinks);
      zones.addAll(result.zones());
      zoneOf.putAll(result.zoneOf());
      crossings.putAll(result.crossings());
      for (Link loose : result.looseCrossings()) {
        file.notMapped(
            "loose-crossing",
            loose.flow().position(),
            loose.flow().owner()
                + " crosses a trust boundary curve, but other flows join its ends without"
                + " crossing one, so they share a zone; the flow is tagged 'crosses:…'");
      }
    }
    TdThreats threats = new TdThreats(file, draft);
    cells.forEach(threats::collect);
    assignIds(cells, zones, links, threats, zoneOf);
    zones(zones);
    elements(cells, links, zoneOf);
    flows(links, crossings);
    threats.build(ids);
    cells.stream()
        .filter(cell -> cell.kind() == Kind.TEXT || cell.kind() == Kind.UNKNOWN)
        .forEach(cell ->
            file.notMapped(
                "cell." + cell.kind(),
                cell.position(),
                cell.kind() == Kind.TEXT
                    ? "text '" + cell.name().replace('\n', ' ') + "' is a free-text note; left out"
                    : "cell of type '" + cell.type() + "' is none Bulwark knows; left out"));
    return Optional.of(model(summary));
  }

  private Model model(Optional<Node.Mapping> summary) {
    String owner = "the model's summary";
    Optional<String> title = summary.flatMap(s -> file.text(s, "title", owner));
    summary.ifPresent(
        s -> file.otherKeys(s, "summary", owner, Set.of("title", "owner", "description", "id")));
    String id = Ids.slug(title.orElse(""));
    return draft.build(
        id.isEmpty() ? "threat-dragon-model" : id,
        title.orElse("Threat Dragon model"),
        summary.flatMap(s -> file.text(s, "description", owner)),
        summary.flatMap(s -> file.text(s, "owner", owner)),
        Optional.empty(),
        Places.of(file.start()));
  }

  /** The flows of a diagram with their ends resolved; flows that cannot be placed are left out. */
  private List<Link> links(List<TdCell> cells, Map<String, TdCell> byId) {
    List<TdCell> shapes = cells.stream().filter(c -> c.kind().element()).toList();
    List<Link> links = new ArrayList<>();
    for (TdCell flow : cells) {
      if (flow.kind() != Kind.FLOW || flow.peerId().isEmpty()) {
        continue;
      }
      Optional<TdCell> from = resolve(flow, flow.source(), "source", byId, shapes);
      Optional<TdCell> to = resolve(flow, flow.target(), "target", byId, shapes);
      if (from.isEmpty() || to.isEmpty()) {
        continue;
      }
      if (from.get().equals(to.get())) {
        file.notMapped(
            "self-flow",
            flow.position(),
            flow.owner() + " goes from " + from.get().owner() + " to itself; left out");
        continue;
      }
      List<Point> path = new ArrayList<>();
      path.add(point(flow.source(), from.get()));
      path.addAll(flow.vertices());
      path.add(point(flow.target(), to.get()));
      links.add(new Link(flow, from.get(), to.get(), path));
    }
    return links;
  }

  private static Point point(Optional<End> end, TdCell shape) {
    return shape
        .rect()
        .map(TdGeometry.Rect::center)
        .or(() -> end.flatMap(End::point))
        .orElse(new Point(0, 0));
  }

  private Optional<TdCell> resolve(
      TdCell flow, Optional<End> end, String which, Map<String, TdCell> byId, List<TdCell> shapes) {
    if (end.isEmpty()) {
      file.notMapped("flow-end", flow.position(), flow.owner() + " has no " + which + "; left out");
      return Optional.empty();
    }
    if (end.get().cell().isPresent()) {
      TdCell shape = byId.get(end.get().cell().get());
      if (shape == null) {
        file.notMapped(
            "flow-end",
            end.get().at(),
            "the "
                + which
                + " of "
                + flow.owner()
                + " is attached to '"
                + end.get().cell().get()
                + "', which is no actor, process or store; the flow is left out");
      }
      return Optional.ofNullable(shape);
    }
    Optional<TdCell> near =
        end.get()
            .point()
            .flatMap(point ->
                shapes.stream()
                    .filter(shape -> shape.rect().isPresent())
                    .filter(shape -> shape.rect().get().distance(point) <= SNAP_DISTANCE)
                    .min(Comparator.comparingDouble(shape -> shape.rect().get().distance(point))));
    file.notMapped(
        "loose-end",
        end.get().at(),
        "the "
            + which
            + " of "
            + flow.owner()
            + " is a loose point, attached to no shape; "
            + near.map(shape -> "taken as " + shape.owner() + ", the nearest shape")
                .orElse(
                    "no shape lies within "
                        + (int) SNAP_DISTANCE
                        + " px, so the flow is left out"));
    return near;
  }

  private void assignIds(
      List<TdCell> cells,
      List<TdZones.Zone> zones,
      List<Link> links,
      TdThreats threats,
      Map<TdCell, String> zoneOf) {
    List<Ids.Candidate> candidates = new ArrayList<>();
    List<Runnable> assign = new ArrayList<>();
    List<String> result = new ArrayList<>();
    for (TdZones.Zone zone : zones) {
      int at = candidates.size();
      candidates.add(new Ids.Candidate(orElse(Ids.slug(zone.name()), "zone"), false));
      assign.add(() -> zoneIds.put(zone.key(), result.get(at)));
    }
    boolean credentials = false;
    boolean cardData = false;
    for (TdCell cell : cells) {
      if (cell.kind().element() && zoneOf.containsKey(cell)) {
        int at = candidates.size();
        candidates.add(Ids.candidate(cell.peerId(), cell.name(), kindWord(cell.kind())));
        assign.add(() -> ids.put(cell, result.get(at)));
        credentials |= flag(cell, "storesCredentials") && cell.kind() == Kind.STORE;
        cardData |= flag(cell, "handlesCardPayment") && cell.kind() == Kind.PROCESS;
      }
    }
    for (Link link : links) {
      int at = candidates.size();
      String name =
          link.flow().name().isBlank()
              ? link.from().name() + " to " + link.to().name()
              : link.flow().name();
      candidates.add(Ids.candidate(link.flow().peerId(), name, "flow"));
      assign.add(() -> ids.put(link.flow(), result.get(at)));
    }
    int curve = 0;
    for (TdCell cell : cells) {
      if (cell.kind() == Kind.CURVE) {
        curve++;
        String name = orElse(Ids.slug(cell.name()), "boundary-" + curve);
        curveIds.put(cell, name);
      }
    }
    if (credentials) {
      candidates.add(new Ids.Candidate(CREDENTIALS, true));
    }
    if (cardData) {
      candidates.add(new Ids.Candidate(CARD_DATA, true));
    }
    int threatsStart = candidates.size();
    candidates.addAll(threats.candidates());
    result.addAll(Ids.assign(candidates));
    assign.forEach(Runnable::run);
    threats.named(result.subList(threatsStart, result.size()));
    if (credentials) {
      draft.data.add(
          data(
              CREDENTIALS,
              "Credentials kept in stores marked 'stores credentials' in Threat Dragon.",
              false));
    }
    if (cardData) {
      draft.data.add(
          data(
              CARD_DATA,
              "Card payment data handled by processes marked 'handles card payment' in Threat Dragon.",
              true));
    }
  }

  private DataAsset data(String id, String description, boolean personal) {
    return new DataAsset(
        id,
        Optional.of(description),
        Classification.RESTRICTED,
        Rating.CRITICAL,
        Rating.HIGH,
        Rating.MEDIUM,
        personal,
        List.of(),
        Places.of(file.start()));
  }

  private static String orElse(String text, String fallback) {
    return text.isEmpty() ? fallback : text;
  }

  private static String kindWord(Kind kind) {
    return switch (kind) {
      case ACTOR -> "actor";
      case PROCESS -> "process";
      case STORE -> "store";
      default -> "element";
    };
  }

  /** A boolean property, read (and its type checked) once. */
  private boolean flag(TdCell cell, String key) {
    return flags.computeIfAbsent(
        cell.index() + "/" + key, k -> file.flag(cell.data(), key, cell.owner()).orElse(false));
  }

  private void zones(List<TdZones.Zone> zones) {
    for (TdZones.Zone zone : zones) {
      List<String> tags = new ArrayList<>();
      zone.box()
          .filter(box -> !box.peerId().isEmpty())
          .ifPresent(box -> tags.add(Td.ID_TAG + box.peerId()));
      Optional<String> description =
          zone.box()
              .flatMap(box -> file.text(box.data(), "description", box.owner()))
              .or(() -> Optional.of(zone.description()));
      zone.box().ifPresent(box -> otherKeys(box));
      draft.zones.add(
          new Zone(
              zoneIds.get(zone.key()),
              zone.trust(),
              ZoneKind.NETWORK,
              zone.parent().map(zoneIds::get),
              description,
              tags,
              Places.of(zone.at())));
    }
  }

  private void elements(List<TdCell> cells, List<Link> links, Map<TdCell, String> zoneOf) {
    Set<TdCell> exposed = new HashSet<>();
    for (Link link : links) {
      if (flag(link.flow(), "isPublicNetwork")) {
        exposed.add(link.to());
      }
    }
    for (TdCell cell : cells) {
      if (!ids.containsKey(cell) || !cell.kind().element()) {
        continue;
      }
      otherKeys(cell);
      String id = ids.get(cell);
      Optional<String> zone = Optional.of(zoneIds.get(zoneOf.get(cell)));
      List<String> tags = new ArrayList<>(commonTags(cell));
      Optional<String> description = description(cell);
      switch (cell.kind()) {
        case ACTOR -> {
          if (flag(cell, "providesAuthentication")) {
            tags.add("provides-authentication");
          }
          draft.actors.add(
              new Actor(id, ActorKind.USER, zone, description, tags, Places.of(cell.position())));
        }
        case PROCESS -> {
          ComponentKind kind =
              flag(cell, "isWebApplication")
                  ? ComponentKind.WEB_APP
                  : Guess.componentKind(cell.name()).orElse(ComponentKind.SERVICE);
          if (flag(cell, "handlesGoodsOrServices")) {
            tags.add("handles-goods-or-services");
          }
          file.text(cell.data(), "privilegeLevel", cell.owner())
              .ifPresent(level -> tags.add("privilege-level:" + level.strip()));
          List<String> processes =
              flag(cell, "handlesCardPayment") ? List.of(CARD_DATA) : List.of();
          draft.components.add(
              component(
                  cell,
                  id,
                  kind,
                  zone,
                  exposed.contains(cell),
                  processes,
                  List.of(),
                  EncryptionAtRest.NONE,
                  tags,
                  description));
        }
        case STORE -> {
          ComponentKind kind =
              Guess.componentKind(cell.name())
                  .filter(TdRead::keepsData)
                  .orElse(ComponentKind.DATABASE);
          if (flag(cell, "isALog")) {
            tags.add("log");
          }
          if (flag(cell, "isSigned")) {
            tags.add("signed");
          }
          if (flag(cell, "storesInventory")) {
            tags.add("stores-inventory");
          }
          List<String> stores = flag(cell, "storesCredentials") ? List.of(CREDENTIALS) : List.of();
          EncryptionAtRest encryption =
              flag(cell, "isEncrypted") ? EncryptionAtRest.PLATFORM : EncryptionAtRest.NONE;
          draft.components.add(
              component(
                  cell,
                  id,
                  kind,
                  zone,
                  exposed.contains(cell),
                  List.of(),
                  stores,
                  encryption,
                  tags,
                  description));
        }
        default -> throw new IllegalStateException("not an element: " + cell.kind());
      }
    }
  }

  private static boolean keepsData(ComponentKind kind) {
    return switch (kind) {
      case DATABASE,
          CACHE,
          SEARCH_INDEX,
          QUEUE,
          MESSAGE_BROKER,
          STORAGE,
          FILE_SHARE,
          SECRET_STORE,
          KEY_MANAGEMENT,
          MONITORING,
          VECTOR_STORE,
          REPOSITORY,
          ARTIFACT_REGISTRY ->
          true;
      default -> false;
    };
  }

  private Component component(
      TdCell cell,
      String id,
      ComponentKind kind,
      Optional<String> zone,
      boolean internet,
      List<String> processes,
      List<String> stores,
      EncryptionAtRest encryption,
      List<String> tags,
      Optional<String> description) {
    return new Component(
        id,
        kind,
        description,
        Optional.empty(),
        zone,
        internet ? Exposure.INTERNET : Exposure.INTERNAL,
        false,
        List.of(),
        processes,
        stores,
        encryption,
        List.of(),
        Optional.empty(),
        tags,
        List.of(),
        Places.of(cell.position()));
  }

  /** The Threat Dragon id and the out-of-scope mark every element and flow keeps. */
  private List<String> commonTags(TdCell cell) {
    List<String> tags = new ArrayList<>();
    if (!cell.peerId().isEmpty() && !cell.peerId().equals(ids.get(cell))) {
      tags.add(Td.ID_TAG + cell.peerId());
    }
    if (flag(cell, "outOfScope")) {
      tags.add("out-of-scope");
    }
    return tags;
  }

  private Optional<String> description(TdCell cell) {
    Optional<String> description = file.text(cell.data(), "description", cell.owner());
    Optional<String> reason =
        flag(cell, "outOfScope")
            ? file.text(cell.data(), "reasonOutOfScope", cell.owner())
                .map(r -> "Out of scope: " + r)
            : Optional.empty();
    List<String> parts = new ArrayList<>();
    description.map(String::strip).ifPresent(parts::add);
    reason.ifPresent(parts::add);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
  }

  private void otherKeys(TdCell cell) {
    Set<String> handled = new LinkedHashSet<>(PRESENTATION);
    handled.addAll(PROPERTIES.getOrDefault(cell.kind(), Set.of()));
    String kind = "cell." + cell.kind();
    file.otherKeys(cell.data(), kind, cell.owner(), handled);
    if (cell.data() != cell.node()) {
      file.otherKeys(cell.node(), kind, cell.owner(), handled);
    }
  }

  private void flows(List<Link> links, Map<TdCell, List<TdCell>> crossings) {
    for (Link link : links) {
      TdCell flow = link.flow();
      otherKeys(flow);
      boolean encrypted = flag(flow, "isEncrypted");
      Optional<String> text = file.text(flow.data(), "protocol", flow.owner());
      Protocol protocol =
          text.flatMap(t -> Guess.protocol(t, encrypted))
              .orElse(encrypted ? Protocol.TLS : Protocol.TCP);
      List<String> tags = new ArrayList<>(commonTags(flow));
      if (text.isPresent() && Guess.protocol(text.get(), encrypted).isEmpty()) {
        tags.add("protocol:" + text.get().strip());
      }
      if (flag(flow, "isPublicNetwork")) {
        tags.add("public-network");
      }
      for (TdCell curve : crossings.getOrDefault(flow, List.of())) {
        String tag = "crosses:" + curveIds.get(curve);
        if (!tags.contains(tag)) {
          tags.add(tag);
        }
      }
      draft.flows.add(
          new Flow(
              ids.get(flow),
              ids.get(link.from()),
              ids.get(link.to()),
              protocol,
              Authentication.NONE,
              Authorization.NONE,
              List.of(),
              List.of(),
              description(flow),
              tags,
              Places.of(flow.position())));
    }
  }
}
