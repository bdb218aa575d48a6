package dev.bulwark.interop.threatdragon;

import dev.bulwark.interop.DerivedThreat;
import dev.bulwark.interop.Exported;
import dev.bulwark.interop.Exporter;
import dev.bulwark.interop.Guess;
import dev.bulwark.interop.threatdragon.TdGeometry.Rect;
import dev.bulwark.interop.threatdragon.TdLayout.Size;
import dev.bulwark.model.Actor;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import dev.bulwark.model.write.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a model as a Threat Dragon version 2 file that its diagram editor opens: one STRIDE
 * diagram with the zones as boundary boxes (see {@link TdLayout}), actors, processes and stores
 * inside them, flows between them, and the threats on each cell. Cell ids are the ones the model
 * came with from Threat Dragon, or UUIDs derived from the model's and the element's ids, so the
 * same model gives the same file.
 */
public final class ThreatDragonWriter implements Exporter {
  @Override
  public String name() {
    return "threat-dragon";
  }

  @Override
  public String title() {
    return "OWASP Threat Dragon v2 JSON";
  }

  @Override
  public Exported write(Model model, List<DerivedThreat> threats) {
    return new Writing(model, threats).run();
  }

  private static final class Writing {
    private final Model model;
    private final List<DerivedThreat> assessed;
    private final Map<String, DataAsset> data;
    private final Map<String, Zone> zones;
    private final Map<String, List<Map<String, Object>>> threatsOn = new LinkedHashMap<>();
    private final Map<String, List<String>> shapeTags = new HashMap<>();
    private final Map<String, Optional<String>> shapeZones = new HashMap<>();
    private final Map<String, List<Mitigation>> mitigationsOf = new HashMap<>();
    private final Set<String> internetFacing;
    private final List<String> notes = new ArrayList<>();
    private int zIndex;
    private int number;

    Writing(Model model, List<DerivedThreat> assessed) {
      this.model = model;
      this.assessed = assessed;
      this.data =
          model.data().stream().collect(Collectors.toMap(DataAsset::id, Function.identity()));
      this.zones = model.zones().stream().collect(Collectors.toMap(Zone::id, Function.identity()));
      for (Actor actor : model.actors()) {
        shapeTags.put(actor.id(), actor.tags());
        shapeZones.put(actor.id(), actor.zone());
      }
      for (Component component : model.components()) {
        shapeTags.put(component.id(), component.tags());
        shapeZones.put(component.id(), component.zone());
      }
      this.internetFacing =
          model.components().stream()
              .filter(c -> c.exposure() == Exposure.INTERNET)
              .map(Component::id)
              .collect(Collectors.toSet());
      for (Mitigation mitigation : model.mitigations()) {
        for (String threat : mitigation.mitigates()) {
          mitigationsOf.computeIfAbsent(threat, t -> new ArrayList<>()).add(mitigation);
        }
      }
    }

    Exported run() {
      threats();
      Map<String, Size> sizes = new LinkedHashMap<>();
      model.actors().forEach(actor -> sizes.put(actor.id(), new Size(160, 80)));
      model
          .components()
          .forEach(c -> sizes.put(c.id(), store(c) ? new Size(160, 80) : new Size(100, 100)));
      TdLayout.Placement placement = TdLayout.of(model, sizes);
      List<Map<String, Object>> cells = new ArrayList<>();
      for (Zone zone : model.zones()) {
        cells.add(box(zone, placement.zones().get(zone.id())));
      }
      for (Actor actor : model.actors()) {
        cells.add(actor(actor, placement.shapes().get(actor.id())));
      }
      for (Component component : model.components()) {
        cells.add(component(component, placement.shapes().get(component.id())));
      }
      for (Flow flow : model.flows()) {
        cells.add(flow(flow));
      }
      Map<String, Object> diagram = new LinkedHashMap<>();
      diagram.put("id", 0);
      diagram.put("title", model.title());
      diagram.put("diagramType", "STRIDE");
      diagram.put("placeholder", "New STRIDE diagram description");
      diagram.put("thumbnail", "./public/content/images/thumbnail.stride.jpg");
      diagram.put("version", Td.VERSION);
      diagram.put("description", "Written by Bulwark from model '" + model.id() + "'.");
      diagram.put("cells", cells);
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("title", model.title());
      summary.put("owner", model.owner().orElse(""));
      summary.put("description", model.description().orElse(""));
      summary.put("id", 0);
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("contributors", List.of());
      detail.put("diagrams", List.of(diagram));
      detail.put("diagramTop", 1);
      detail.put("reviewer", "");
      detail.put("threatTop", number);
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("version", Td.VERSION);
      document.put("summary", summary);
      document.put("detail", detail);
      return new Exported(Json.write(document), notes);
    }

    private String uuid(String kind, String id, List<String> tags) {
      return tags.stream()
          .filter(tag -> tag.startsWith(Td.ID_TAG))
          .map(tag -> tag.substring(Td.ID_TAG.length()))
          .findFirst()
          .orElseGet(() -> uuid(kind + "/" + id));
    }

    private String uuid(String key) {
      return UUID.nameUUIDFromBytes((model.id() + "/" + key).getBytes(StandardCharsets.UTF_8))
          .toString();
    }

    /** Threat Dragon keeps threats on cells: each goes on the cell of its first element there. */
    private void threats() {
      Map<String, DerivedThreat> scores =
          assessed.stream()
              .collect(
                  Collectors.toMap(DerivedThreat::fingerprint, Function.identity(), (a, b) -> a));
      Set<String> cells = new HashSet<>(shapeTags.keySet());
      model.flows().forEach(flow -> cells.add(flow.id()));
      for (Threat threat : model.threats()) {
        Optional<DerivedThreat> score = Optional.ofNullable(scores.get(threat.id()));
        TriageStatus status =
            score.map(DerivedThreat::status).orElseGet(() -> decided(threat.id()));
        List<String> on = threat.affects().stream().filter(cells::contains).toList();
        if (on.isEmpty()) {
          notes.add(
              "threat '"
                  + threat.id()
                  + "' affects no actor, component or flow: Threat Dragon"
                  + " has nowhere to show it");
        }
        for (String element : on) {
          Map<String, Object> out =
              entry(
                  threat.id() + "@" + element,
                  threat.title(),
                  status,
                  threat.severity().or(() -> score.map(DerivedThreat::severity)),
                  threat.stride(),
                  threat.description().orElse(""),
                  mitigationText(threat.id(), element));
          out.put(
              "id",
              uuid(
                  "threat",
                  threat.id() + "@" + element,
                  on.size() == 1 ? threat.tags() : List.of()));
          threatsOn.computeIfAbsent(element, e -> new ArrayList<>()).add(out);
        }
      }
      for (DerivedThreat threat : assessed) {
        if (!threat.derived()) {
          continue;
        }
        Optional<String> on = threat.elements().stream().filter(cells::contains).findFirst();
        if (on.isEmpty()) {
          continue;
        }
        Map<String, Object> out =
            entry(
                threat.fingerprint(),
                threat.title(),
                threat.status(),
                Optional.of(threat.severity()),
                threat.stride(),
                threat.description(),
                mitigationText(threat.fingerprint(), on.get()));
        out.put("ruleId", threat.fingerprint());
        threatsOn.computeIfAbsent(on.get(), e -> new ArrayList<>()).add(out);
      }
    }

    private Map<String, Object> entry(
        String key,
        String title,
        TriageStatus status,
        Optional<Severity> severity,
        List<Stride> stride,
        String description,
        String mitigation) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", uuid("threat/" + key));
      out.put("title", title);
      out.put("status", TdThreats.status(status));
      out.put("severity", severity.map(Writing::severity).orElse("TBD"));
      out.put("type", stride.stream().findFirst().map(Guess::strideText).orElse(""));
      out.put("description", description);
      out.put("mitigation", mitigation);
      out.put("modelType", "STRIDE");
      out.put("new", false);
      out.put("number", ++number);
      out.put("score", "");
      if (status == TriageStatus.ACCEPTED || status == TriageStatus.TRANSFERRED) {
        notes.add(
            "threat '"
                + key
                + "' is "
                + Wire.name(status)
                + ": Threat Dragon has no such status,"
                + " so it shows as Open");
      }
      return out;
    }

    private static String severity(Severity severity) {
      return switch (severity) {
        case LOW -> "Low";
        case MEDIUM -> "Medium";
        // Threat Dragon has no level between Medium and High; the cautious one
        case ELEVATED, HIGH -> "High";
        case CRITICAL -> "Critical";
      };
    }

    private TriageStatus decided(String threatId) {
      return model.triage().stream()
          .filter(entry -> entry.threat().equals(threatId))
          .map(TriageEntry::status)
          .findFirst()
          .orElse(TriageStatus.OPEN);
    }

    /** The model's mitigations of a threat at an element, as Threat Dragon's free text. */
    private String mitigationText(String threat, String element) {
      List<String> parts = new ArrayList<>();
      for (Mitigation mitigation : mitigationsOf.getOrDefault(threat, List.of())) {
        if (mitigation.appliesTo().isEmpty() || mitigation.appliesTo().contains(element)) {
          parts.add(
              mitigation.title()
                  + " ("
                  + Wire.name(mitigation.status())
                  + ")"
                  + mitigation.description().map(d -> ": " + d).orElse(""));
        }
      }
      return String.join("\n\n", parts);
    }

    private List<Map<String, Object>> threatsOf(String element) {
      return threatsOn.getOrDefault(element, List.of());
    }

    /** The cell's threats, and their count per STRIDE category as Threat Dragon keeps it. */
    private void threats(Map<String, Object> data, String element) {
      List<Map<String, Object>> threats = threatsOf(element);
      Map<String, Object> frequency = new LinkedHashMap<>();
      for (Stride stride : Stride.values()) {
        String text = Guess.strideText(stride);
        String key = Character.toLowerCase(text.charAt(0)) + camel(text.substring(1));
        frequency.put(key, threats.stream().filter(t -> text.equals(t.get("type"))).count());
      }
      data.put("threatFrequency", frequency);
      data.put("threats", threats);
    }

    private static String camel(String words) {
      StringBuilder out = new StringBuilder();
      boolean upper = false;
      for (char c : words.toCharArray()) {
        if (c == ' ') {
          upper = true;
        } else {
          out.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return out.toString();
    }

    private boolean open(String element) {
      return threatsOf(element).stream().anyMatch(t -> "Open".equals(t.get("status")));
    }

    private Map<String, Object> box(Zone zone, Rect rect) {
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("position", position(rect));
      cell.put("size", size(rect));
      cell.put("attrs", Map.of("label", Map.of("text", zone.id())));
      cell.put("visible", true);
      cell.put("shape", "trust-boundary-box");
      cell.put("id", uuid("zone", zone.id(), zone.tags()));
      cell.put("zIndex", -1);
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("type", "tm.BoundaryBox");
      data.put("name", zone.id());
      data.put("description", zone.description().orElse(""));
      data.put("isTrustBoundary", true);
      data.put("hasOpenThreats", false);
      cell.put("data", data);
      return cell;
    }

    private Map<String, Object> node(
        String shape, String id, List<String> tags, Rect rect, Map<String, Object> data) {
      boolean open = Boolean.TRUE.equals(data.get("hasOpenThreats"));
      Map<String, Object> stroke = new LinkedHashMap<>();
      stroke.put("stroke", open ? "red" : "#333333");
      stroke.put("strokeWidth", open ? 2.5 : 1);
      stroke.put("strokeDasharray", tags.contains("out-of-scope") ? "4 3" : null);
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("text", Map.of("text", id));
      if (shape.equals("store")) {
        attrs.put("topLine", stroke);
        attrs.put("bottomLine", stroke);
      } else {
        attrs.put("body", stroke);
      }
      String cellId = uuid("element", id, tags);
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("position", position(rect));
      cell.put("size", size(rect));
      cell.put("attrs", attrs);
      cell.put("visible", true);
      cell.put("shape", shape);
      cell.put("zIndex", ++zIndex);
      cell.put("ports", ports(cellId));
      cell.put("id", cellId);
      cell.put("data", data);
      return cell;
    }

    private Map<String, Object> data(
        String type, String id, Optional<String> description, List<String> tags) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("name", id);
      data.put("description", description.orElse(""));
      data.put("type", type);
      data.put("isTrustBoundary", false);
      data.put("outOfScope", tags.contains("out-of-scope"));
      data.put("reasonOutOfScope", "");
      data.put("hasOpenThreats", open(id));
      return data;
    }

    private Map<String, Object> actor(Actor actor, Rect rect) {
      Map<String, Object> data = data("tm.Actor", actor.id(), actor.description(), actor.tags());
      data.put("providesAuthentication", actor.tags().contains("provides-authentication"));
      threats(data, actor.id());
      return node("actor", actor.id(), actor.tags(), rect, data);
    }

    private static boolean store(Component component) {
      return switch (component.kind()) {
        case DATABASE,
            CACHE,
            SEARCH_INDEX,
            QUEUE,
            MESSAGE_BROKER,
            STORAGE,
            FILE_SHARE,
            SECRET_STORE,
            KEY_MANAGEMENT,
            VECTOR_STORE,
            REPOSITORY,
            ARTIFACT_REGISTRY ->
            true;
        default -> false;
      };
    }

    private Map<String, Object> component(Component component, Rect rect) {
      List<String> tags = component.tags();
      if (store(component)) {
        Map<String, Object> data = data("tm.Store", component.id(), component.description(), tags);
        data.put("isALog", tags.contains("log") || component.kind() == ComponentKind.MONITORING);
        data.put("isEncrypted", component.encryptionAtRest() != EncryptionAtRest.NONE);
        data.put("isSigned", tags.contains("signed"));
        data.put("storesCredentials", holds(component.stores(), Classification.RESTRICTED));
        data.put("storesInventory", tags.contains("stores-inventory"));
        threats(data, component.id());
        return node("store", component.id(), tags, rect, data);
      }
      Map<String, Object> data = data("tm.Process", component.id(), component.description(), tags);
      data.put(
          "handlesCardPayment",
          component.processes().stream()
              .anyMatch(id -> id.equals(TdRead.CARD_DATA) || tagged(id, "pci")));
      data.put("handlesGoodsOrServices", tags.contains("handles-goods-or-services"));
      data.put("isWebApplication", component.kind() == ComponentKind.WEB_APP);
      data.put(
          "privilegeLevel",
          tags.stream()
              .filter(t -> t.startsWith("privilege-level:"))
              .map(t -> t.substring("privilege-level:".length()))
              .findFirst()
              .orElse(""));
      threats(data, component.id());
      return node("process", component.id(), tags, rect, data);
    }

    private boolean holds(List<String> assets, Classification classification) {
      return assets.stream()
          .map(data::get)
          .anyMatch(asset -> asset != null && asset.classification() == classification);
    }

    private boolean tagged(String asset, String tag) {
      DataAsset found = data.get(asset);
      return found != null && found.tags().contains(tag);
    }

    private Map<String, Object> flow(Flow flow) {
      boolean open = open(flow.id());
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("stroke", open ? "red" : "#333333");
      line.put("targetMarker", Map.of("name", "block"));
      line.put("sourceMarker", Map.of("name", ""));
      line.put("strokeDasharray", flow.tags().contains("out-of-scope") ? "4 3" : null);
      String protocol =
          flow.tags().stream()
              .filter(t -> t.startsWith("protocol:"))
              .map(t -> t.substring("protocol:".length()))
              .findFirst()
              .orElse(Wire.name(flow.protocol()).toUpperCase(Locale.ROOT));
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("type", "tm.Flow");
      data.put("name", flow.id());
      data.put("description", flow.description().orElse(""));
      data.put("outOfScope", flow.tags().contains("out-of-scope"));
      data.put("reasonOutOfScope", "");
      data.put("hasOpenThreats", open);
      data.put("isBidirectional", false);
      data.put("isEncrypted", flow.protocol().encrypted());
      data.put("isPublicNetwork", publicNetwork(flow));
      data.put("protocol", protocol);
      data.put("isTrustBoundary", false);
      threats(data, flow.id());
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("shape", "flow");
      cell.put("attrs", Map.of("line", line));
      cell.put("width", 200);
      cell.put("height", 100);
      cell.put("zIndex", ++zIndex);
      cell.put("labels", List.of(label(flow.id())));
      cell.put("connector", "smooth");
      cell.put("data", data);
      cell.put("id", uuid("flow", flow.id(), flow.tags()));
      cell.put("source", Map.of("cell", cellId(flow.from())));
      cell.put("target", Map.of("cell", cellId(flow.to())));
      cell.put("vertices", List.of());
      return cell;
    }

    private String cellId(String element) {
      return uuid("element", element, shapeTags.getOrDefault(element, List.of()));
    }

    /** A flow touches the public network when an end is internet-facing or in a zone of trust 0. */
    private boolean publicNetwork(Flow flow) {
      if (flow.tags().contains("public-network")) {
        return true;
      }
      for (String end : List.of(flow.from(), flow.to())) {
        boolean open =
            shapeZones
                .getOrDefault(end, Optional.empty())
                .map(zones::get)
                .map(zone -> zone.trust() == 0)
                .orElse(false);
        if (open || internetFacing.contains(end)) {
          return true;
        }
      }
      return false;
    }

    private static Map<String, Object> label(String text) {
      Map<String, Object> labelText = new LinkedHashMap<>();
      labelText.put("text", text);
      labelText.put("textAnchor", "middle");
      labelText.put("textVerticalAnchor", "middle");
      Map<String, Object> labelBody = new LinkedHashMap<>();
      labelBody.put("ref", "labelText");
      labelBody.put("refRx", "50%");
      labelBody.put("refRy", "60%");
      labelBody.put("fill", "#fff");
      labelBody.put("strokeWidth", 0);
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("labelText", labelText);
      attrs.put("labelBody", labelBody);
      Map<String, Object> label = new LinkedHashMap<>();
      label.put("markup", List.of(markup("ellipse", "labelBody"), markup("text", "labelText")));
      label.put("attrs", attrs);
      label.put("position", 0.5);
      return label;
    }

    private static Map<String, Object> markup(String tagName, String selector) {
      Map<String, Object> markup = new LinkedHashMap<>();
      markup.put("tagName", tagName);
      markup.put("selector", selector);
      return markup;
    }

    private Map<String, Object> ports(String cellId) {
      Map<String, Object> groups = new LinkedHashMap<>();
      List<Map<String, Object>> items = new ArrayList<>();
      for (String side : List.of("top", "right", "bottom", "left")) {
        Map<String, Object> circle = new LinkedHashMap<>();
        circle.put("r", 4);
        circle.put("magnet", true);
        circle.put("stroke", "#5F95FF");
        circle.put("strokeWidth", 1);
        circle.put("fill", "#fff");
        circle.put("style", Map.of("visibility", "hidden"));
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("position", side);
        group.put("attrs", Map.of("circle", circle));
        groups.put(side, group);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("group", side);
        item.put("id", uuid("port/" + cellId + "/" + side));
        items.add(item);
      }
      Map<String, Object> ports = new LinkedHashMap<>();
      ports.put("groups", groups);
      ports.put("items", items);
      return ports;
    }

    private static Map<String, Object> position(Rect rect) {
      Map<String, Object> position = new LinkedHashMap<>();
      position.put("x", whole(rect.x()));
      position.put("y", whole(rect.y()));
      return position;
    }

    private static Map<String, Object> size(Rect rect) {
      Map<String, Object> size = new LinkedHashMap<>();
      size.put("width", whole(rect.width()));
      size.put("height", whole(rect.height()));
      return size;
    }

    private static Object whole(double value) {
      return value == Math.rint(value) ? (Object) (long) value : (Object) value;
    }
  }
}
