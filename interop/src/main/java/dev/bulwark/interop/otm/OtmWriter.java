package dev.bulwark.interop.otm;

import dev.bulwark.interop.DerivedThreat;
import dev.bulwark.interop.Exported;
import dev.bulwark.interop.Exporter;
import dev.bulwark.interop.Guess;
import dev.bulwark.model.Actor;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Element;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import dev.bulwark.model.write.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a model as an OTM 0.2.0 document (JSON) with its threats and mitigations: the model's own
 * threats, and the derived ones of an assessment, each with an instance on every component and flow
 * it concerns, in the state its triage gives. Elements take back the OTM id they came with; what
 * OTM has no field for travels in {@code bulwark.*} attributes (see {@link Otm}).
 */
public final class OtmWriter implements Exporter {
  @Override
  public String name() {
    return "otm";
  }

  @Override
  public String title() {
    return "Open Threat Model (OTM) " + Otm.VERSION + ", JSON";
  }

  @Override
  public Exported write(Model model, List<DerivedThreat> threats) {
    return new Writing(model, threats).run();
  }

  /** One export: the OTM ids of everything, then the document. */
  private static final class Writing {
    private final Model model;
    private final List<DerivedThreat> assessed;
    private final Map<String, String> otmIds = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> instances = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> holders;
    private final Map<String, List<Mitigation>> mitigationsOf = new LinkedHashMap<>();

    Writing(Model model, List<DerivedThreat> assessed) {
      this.model = model;
      this.assessed = assessed;
      this.holders =
          model
              .elements()
              .filter(e -> e instanceof Actor || e instanceof Component || e instanceof Flow)
              .map(Element::id)
              .collect(Collectors.toSet());
      for (Mitigation mitigation : model.mitigations()) {
        for (String threat : mitigation.mitigates()) {
          mitigationsOf.computeIfAbsent(threat, t -> new ArrayList<>()).add(mitigation);
        }
      }
    }

    Exported run() {
      model.elements().forEach(element -> otmIds.put(element.id(), otmId(element)));
      List<Map<String, Object>> threats = new ArrayList<>();
      Map<String, DerivedThreat> scores =
          assessed.stream()
              .collect(
                  Collectors.toMap(
                      DerivedThreat::fingerprint,
                      Function.identity(),
                      (a, b) -> a,
                      LinkedHashMap::new));
      for (Threat threat : model.threats()) {
        threats.add(threat(threat, Optional.ofNullable(scores.get(threat.id()))));
      }
      for (DerivedThreat derived : assessed) {
        if (derived.derived()) {
          threats.add(derived(derived));
        }
      }
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("otmVersion", Otm.VERSION);
      document.put("project", project());
      document.put("assets", model.data().stream().map(this::asset).toList());
      document.put("trustZones", model.zones().stream().map(this::zone).toList());
      List<Map<String, Object>> components = new ArrayList<>();
      model.actors().forEach(actor -> components.add(actor(actor)));
      model.components().forEach(component -> components.add(component(component)));
      document.put("components", components);
      document.put("dataflows", model.flows().stream().map(this::flow).toList());
      document.put("threats", threats);
      document.put("mitigations", model.mitigations().stream().map(this::mitigation).toList());
      return new Exported(Json.write(document), notes);
    }

    private String otmId(Element element) {
      if (element instanceof Mitigation mitigation) {
        return mitigation.description().flatMap(OtmWriter::idLine).orElse(mitigation.id());
      }
      return Otm.tag(tags(element), Otm.ID_TAG).orElse(element.id());
    }

    private String id(String bulwarkId) {
      return otmIds.getOrDefault(bulwarkId, bulwarkId);
    }

    private Map<String, Object> project() {
      Map<String, Object> project = new LinkedHashMap<>();
      project.put("name", model.title());
      project.put("id", model.id());
      model.description().ifPresent(d -> project.put("description", d));
      model.owner().ifPresent(o -> project.put("owner", o));
      model
          .business()
          .ifPresent(business -> {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put(Otm.ATTRIBUTE + "criticality", Wire.name(business.criticality()));
            if (!business.compliance().isEmpty()) {
              attributes.put(Otm.ATTRIBUTE + "compliance", String.join(",", business.compliance()));
            }
            business.description().ifPresent(d -> attributes.put(Otm.ATTRIBUTE + "business", d));
            project.put("attributes", attributes);
          });
      return project;
    }

    private Map<String, Object> asset(DataAsset asset) {
      Map<String, Object> out = base(asset, asset.id(), asset.description());
      Map<String, Object> risk = new LinkedHashMap<>();
      risk.put(
          "confidentiality",
          asset.classification() == Classification.PUBLIC && asset.confidentiality() == Rating.LOW
              ? 0
              : OtmScales.number(asset.confidentiality()));
      risk.put("integrity", OtmScales.number(asset.integrity()));
      risk.put("availability", OtmScales.number(asset.availability()));
      out.put("risk", risk);
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put(Otm.ATTRIBUTE + "classification", Wire.name(asset.classification()));
      if (asset.personal()) {
        attributes.put(Otm.ATTRIBUTE + "personal", "true");
      }
      out.put("attributes", attributes);
      tags(out, asset.tags());
      return out;
    }

    private Map<String, Object> zone(Zone zone) {
      Map<String, Object> out = base(zone, zone.id(), zone.description());
      out.put("type", Otm.tag(zone.tags(), Otm.TYPE_TAG).orElse(Wire.name(zone.kind())));
      out.put("risk", Map.of("trustRating", zone.trust()));
      zone.parent().ifPresent(parent -> out.put("parent", Map.of("trustZone", id(parent))));
      out.put("attributes", Map.of(Otm.ATTRIBUTE + "kind", Wire.name(zone.kind())));
      tags(out, zone.tags());
      return out;
    }

    private Map<String, Object> actor(Actor actor) {
      Map<String, Object> out = base(actor, actor.id(), actor.description());
      out.put("type", Otm.tag(actor.tags(), Otm.TYPE_TAG).orElse("generic-client"));
      out.put("parent", parent(actor.zone(), actor.tags()));
      tags(out, actor.tags());
      threatInstances(out, actor.id());
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put(Otm.ATTRIBUTE + "element", "actor");
      attributes.put(Otm.ATTRIBUTE + "kind", Wire.name(actor.kind()));
      out.put("attributes", attributes);
      return out;
    }

    private Map<String, Object> component(Component component) {
      Map<String, Object> out = base(component, component.id(), component.description());
      out.put("type", component.technology().orElse(Wire.name(component.kind())));
      out.put("parent", parent(component.zone(), component.tags()));
      tags(out, component.tags());
      if (!component.processes().isEmpty() || !component.stores().isEmpty()) {
        Map<String, Object> assets = new LinkedHashMap<>();
        assets.put("processed", component.processes().stream().map(this::id).toList());
        assets.put("stored", component.stores().stream().map(this::id).toList());
        out.put("assets", assets);
      }
      threatInstances(out, component.id());
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put(Otm.ATTRIBUTE + "kind", Wire.name(component.kind()));
      attributes.put(Otm.ATTRIBUTE + "exposure", Wire.name(component.exposure()));
      attributes.put(Otm.ATTRIBUTE + "encryption-at-rest", Wire.name(component.encryptionAtRest()));
      if (component.customCode()) {
        attributes.put(Otm.ATTRIBUTE + "custom-code", "true");
      }
      component.owner().ifPresent(o -> attributes.put(Otm.ATTRIBUTE + "owner", o));
      out.put("attributes", attributes);
      if (!component.controls().isEmpty() || !component.accepts().isEmpty()) {
        notes.add(
            "controls and accepted formats of component '"
                + component.id()
                + "' have no place in OTM");
      }
      return out;
    }

    /** The zone, or the component the element was nested in when it came from OTM. */
    private Map<String, Object> parent(Optional<String> zone, List<String> tags) {
      Optional<String> outer = Otm.tag(tags, Otm.PARENT_TAG);
      if (outer.isPresent()) {
        return Map.of("component", id(outer.get()));
      }
      return Map.of("trustZone", id(zone.orElse("")));
    }

    private Map<String, Object> flow(Flow flow) {
      Map<String, Object> out = base(flow, flow.id(), flow.description());
      out.put("bidirectional", false);
      out.put("source", id(flow.from()));
      out.put("destination", id(flow.to()));
      out.put("assets", flow.data().stream().map(this::id).toList());
      tags(out, flow.tags());
      threatInstances(out, flow.id());
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put(Otm.ATTRIBUTE + "protocol", Wire.name(flow.protocol()));
      attributes.put(Otm.ATTRIBUTE + "authentication", Wire.name(flow.authentication()));
      attributes.put(Otm.ATTRIBUTE + "authorization", Wire.name(flow.authorization()));
      out.put("attributes", attributes);
      return out;
    }

    private Map<String, Object> base(Element element, String name, Optional<String> description) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", id(element.id()));
      out.put("name", name);
      description.ifPresent(d -> out.put("description", d));
      return out;
    }

    private static void tags(Map<String, Object> out, List<String> tags) {
      List<String> plain = Otm.plainTags(tags);
      if (!plain.isEmpty()) {
        out.put("tags", plain);
      }
    }

    private void threatInstances(Map<String, Object> out, String element) {
      List<Map<String, Object>> list = instances.get(element);
      if (list != null) {
        out.put("threats", list);
      }
    }

    private Map<String, Object> threat(Threat threat, Optional<DerivedThreat> score) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", id(threat.id()));
      out.put("name", threat.title());
      threat.description().ifPresent(d -> out.put("description", d));
      out.put("categories", categories(threat.stride()));
      out.put("cwes", threat.cwe());
      Map<String, Object> risk = new LinkedHashMap<>();
      risk.put("likelihood", score.map(s -> OtmScales.likelihood(s.likelihood())).orElse(100));
      risk.put(
          "impact",
          score
              .map(s -> OtmScales.impact(s.impact()))
              .orElseGet(() -> threat.severity().map(OtmScales::impact).orElse(50)));
      out.put("risk", risk);
      tags(out, threat.tags());
      Map<String, Object> attributes = new LinkedHashMap<>();
      threat.severity().ifPresent(s -> attributes.put(Otm.ATTRIBUTE + "severity", Wire.name(s)));
      threat.source().ifPresent(s -> attributes.put(Otm.ATTRIBUTE + "source", s));
      threat.prerequisites().ifPresent(s -> attributes.put(Otm.ATTRIBUTE + "prerequisites", s));
      threat.action().ifPresent(s -> attributes.put(Otm.ATTRIBUTE + "action", s));
      threat.impact().ifPresent(s -> attributes.put(Otm.ATTRIBUTE + "impact", s));
      if (!threat.impactedGoals().isEmpty()) {
        attributes.put(
            Otm.ATTRIBUTE + "goals",
            threat.impactedGoals().stream().map(Wire::name).collect(Collectors.joining(",")));
      }
      threat.cvss().ifPresent(s -> attributes.put(Otm.ATTRIBUTE + "cvss", s));
      threat.riskRating().ifPresent(s -> attributes.put(Otm.ATTRIBUTE + "risk-rating", s));
      TriageStatus status = score.map(DerivedThreat::status).orElseGet(() -> decided(threat.id()));
      List<String> elsewhere = place(threat.id(), threat.affects(), status);
      if (!elsewhere.isEmpty()) {
        attributes.put(
            Otm.ATTRIBUTE + "affects",
            threat.affects().stream().map(this::id).collect(Collectors.joining(",")));
      }
      out.put("attributes", attributes);
      return out;
    }

    private Map<String, Object> derived(DerivedThreat threat) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", threat.fingerprint());
      out.put("name", threat.title());
      out.put("description", threat.description());
      out.put("categories", categories(threat.stride()));
      out.put("cwes", threat.cwe());
      Map<String, Object> risk = new LinkedHashMap<>();
      risk.put("likelihood", OtmScales.likelihood(threat.likelihood()));
      risk.put("impact", OtmScales.impact(threat.impact()));
      out.put("risk", risk);
      out.put("tags", List.of("bulwark-derived", threat.rule()));
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put(Otm.ATTRIBUTE + "fingerprint", threat.fingerprint());
      attributes.put(Otm.ATTRIBUTE + "rule", threat.rule());
      attributes.put(Otm.ATTRIBUTE + "severity", Wire.name(threat.severity()));
      if (!threat.countermeasures().isEmpty()) {
        attributes.put(
            Otm.ATTRIBUTE + "countermeasures", String.join(",", threat.countermeasures()));
      }
      out.put("attributes", attributes);
      place(threat.fingerprint(), threat.elements(), threat.status());
      return out;
    }

    private static List<String> categories(List<Stride> stride) {
      return stride.stream().map(Guess::strideText).toList();
    }

    /** The decision written in the model's triage for a hand-written threat. */
    private TriageStatus decided(String threatId) {
      return model.triage().stream()
          .filter(entry -> entry.threat().equals(threatId))
          .map(TriageEntry::status)
          .findFirst()
          .orElse(TriageStatus.OPEN);
    }

    /**
     * Puts an instance of the threat on each component, actor and flow it concerns; returns the
     * elements that cannot hold one (zones, data assets).
     */
    private List<String> place(String threat, List<String> elements, TriageStatus status) {
      Set<String> holders =
          model
              .elements()
              .filter(e -> e instanceof Actor || e instanceof Component || e instanceof Flow)
              .map(Element::id)
              .collect(Collectors.toSet());
      List<String> elsewhere = new ArrayList<>();
      for (String element : elements) {
        if (!holders.contains(element)) {
          elsewhere.add(element);
          continue;
        }
        Map<String, Object> instance = new LinkedHashMap<>();
        instance.put("threat", id(threat));
        instance.put("state", OtmScales.state(status));
        List<Map<String, Object>> uses = new ArrayList<>();
        for (Mitigation mitigation : mitigationsOf.getOrDefault(threat, List.of())) {
          if (mitigation.appliesTo().isEmpty() || mitigation.appliesTo().contains(element)) {
            Map<String, Object> use = new LinkedHashMap<>();
            use.put("mitigation", id(mitigation.id()));
            use.put("state", OtmScales.state(mitigation.status()));
            uses.add(use);
          }
        }
        instance.put("mitigations", uses);
        instances.computeIfAbsent(element, key -> new ArrayList<>()).add(instance);
      }
      return elsewhere;
    }

    private Map<String, Object> mitigation(Mitigation mitigation) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", id(mitigation.id()));
      out.put("name", mitigation.title());
      mitigation
          .description()
          .map(OtmWriter::withoutIdLine)
          .filter(d -> !d.isBlank())
          .ifPresent(d -> out.put("description", d));
      // Bulwark does not estimate it; the schema requires a number.
      out.put("riskReduction", 50);
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put(Otm.ATTRIBUTE + "status", Wire.name(mitigation.status()));
      attributes.put(Otm.ATTRIBUTE + "category", Wire.name(mitigation.category()));
      attributes.put(
          Otm.ATTRIBUTE + "mitigates",
          mitigation.mitigates().stream().map(this::id).collect(Collectors.joining(",")));
      attributes.put(
          Otm.ATTRIBUTE + "applies-to",
          mitigation.appliesTo().stream().map(this::id).collect(Collectors.joining(",")));
      mitigation.verification().ifPresent(v -> attributes.put(Otm.ATTRIBUTE + "verification", v));
      mitigation.owner().ifPresent(v -> attributes.put(Otm.ATTRIBUTE + "owner", v));
      mitigation.due().ifPresent(v -> attributes.put(Otm.ATTRIBUTE + "due", v.toString()));
      mitigation.ticket().ifPresent(v -> attributes.put(Otm.ATTRIBUTE + "ticket", v));
      out.put("attributes", attributes);
      return out;
    }

    private static List<String> tags(Element element) {
      return switch (element) {
        case Zone zone -> zone.tags();
        case Actor actor -> actor.tags();
        case Component component -> component.tags();
        case DataAsset data -> data.tags();
        case Flow flow -> flow.tags();
        case Threat threat -> threat.tags();
        default -> List.of();
      };
    }
  }

  /** The OTM id a mitigation's description keeps in its last paragraph. */
  static Optional<String> idLine(String description) {
    int at = description.lastIndexOf(Otm.ID_LINE);
    if (at < 0 || (at > 0 && description.charAt(at - 1) != '\n')) {
      return Optional.empty();
    }
    String id = description.substring(at + Otm.ID_LINE.length()).strip();
    return id.isEmpty() || id.contains("\n") ? Optional.empty() : Optional.of(id);
  }

  static String withoutIdLine(String description) {
    return idLine(description).isEmpty()
        ? description
        : description.substring(0, description.lastIndexOf(Otm.ID_LINE)).strip();
  }
}
