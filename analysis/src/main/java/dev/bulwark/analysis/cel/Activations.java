package dev.bulwark.analysis.cel;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Actor;
import dev.bulwark.model.Business;
import dev.bulwark.model.Component;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values user rules see, built once per {@link SystemView} and shared by every CEL rule that
 * runs on it: one map per element (a node, a flow, an interaction …) and one activation (the
 * variables of a {@link Target}) per element a rule can run on. Enum values are spelt as in model
 * files; integers are longs, as CEL wants; an absent optional text is the empty string.
 */
final class Activations {
  private final SystemView system;
  private final Map<String, Object> model;
  private final Map<String, Map<String, Object>> nodes = new HashMap<>();
  private final Map<String, Map<String, Object>> data = new HashMap<>();
  private final Map<String, Map<String, Object>> interactions = new HashMap<>();
  private final Map<Target, List<Bound>> bound = new EnumMap<>(Target.class);

  Activations(SystemView system) {
    this.system = system;
    this.model = model(system);
  }

  /** An element a rule can run on, with the variables its expressions see. */
  record Bound(String elementId, String description, Map<String, Object> variables) {}

  /** The activations of every element of this target, built on first use. */
  synchronized List<Bound> of(Target target) {
    return bound.computeIfAbsent(target, this::build);
  }

  private List<Bound> build(Target target) {
    List<Bound> all = new ArrayList<>();
    switch (target) {
      case INTERACTION, FLOW -> {
        for (Interaction i : system.interactions()) {
          Map<String, Object> vars = new HashMap<>();
          Map<String, Object> interaction = interaction(i);
          vars.put("interaction", interaction);
          vars.put("flow", interaction.get("flow"));
          vars.put("source", interaction.get("source"));
          vars.put("target", interaction.get("target"));
          vars.put("model", model);
          all.add(new Bound(i.id(), i.describe(), Map.copyOf(vars)));
        }
      }
      case COMPONENT, ACTOR -> {
        String name = target == Target.COMPONENT ? "component" : "actor";
        for (Node n : system.nodes()) {
          if (n.isComponent() != (target == Target.COMPONENT)) {
            continue;
          }
          all.add(
              new Bound(
                  n.id(),
                  n.describe(),
                  Map.of(
                      name,
                      node(n),
                      "inbound",
                      interactions(system.into(n.id())),
                      "outbound",
                      interactions(system.from(n.id())),
                      "model",
                      model)));
        }
      }
      case DATA -> {
        for (DataAsset d : system.data()) {
          all.add(
              new Bound(d.id(), "data asset " + d.id(), Map.of("data", data(d), "model", model)));
        }
      }
      case ZONE -> {
        for (Zone z : system.zones()) {
          List<Object> members = new ArrayList<>();
          system.nodesIn(z.id()).forEach(n -> members.add(node(n)));
          all.add(
              new Bound(
                  z.id(),
                  "zone " + z.id(),
                  Map.of("zone", zone(z), "members", List.copyOf(members), "model", model)));
        }
      }
    }
    return List.copyOf(all);
  }

  private List<Object> interactions(List<Interaction> list) {
    List<Object> maps = new ArrayList<>(list.size());
    list.forEach(i -> maps.add(interaction(i)));
    return List.copyOf(maps);
  }

  private Map<String, Object> interaction(Interaction i) {
    Map<String, Object> known = interactions.get(i.id());
    if (known != null) {
      return known;
    }
    Set<String> controls = new LinkedHashSet<>(wire(i.flow().controls()));
    controls.addAll(wire(i.target().controls()));
    List<Object> carried = new ArrayList<>(i.data().size());
    i.data().forEach(d -> carried.add(data(d)));
    Map<String, Object> map = new HashMap<>();
    map.put("id", i.id());
    map.put("flow", flow(i.flow()));
    map.put("source", node(i.source()));
    map.put("target", node(i.target()));
    map.put("left", i.left().stream().map(Zone::id).toList());
    map.put("entered", i.entered().stream().map(Zone::id).toList());
    map.put("crossesBoundary", i.crossesBoundary());
    map.put("entersMoreTrusted", i.entersMoreTrusted());
    map.put("trustGap", (long) i.trustGap());
    map.put("encrypted", i.encrypted());
    map.put("authenticated", i.authenticated());
    map.put("network", i.flow().protocol().network());
    map.put("carriesSensitive", i.carriesSensitive());
    map.put("controls", List.copyOf(controls));
    map.put("data", List.copyOf(carried));
    Map<String, Object> frozen = Map.copyOf(map);
    interactions.put(i.id(), frozen);
    return frozen;
  }

  private Map<String, Object> node(Node n) {
    Map<String, Object> known = nodes.get(n.id());
    if (known != null) {
      return known;
    }
    Map<String, Object> map = new HashMap<>();
    map.put("id", n.id());
    map.put("isActor", n.isActor());
    map.put("isComponent", n.isComponent());
    map.put("zone", n.zoneId().orElse(""));
    map.put("trust", (long) n.trust());
    map.put("exposure", Wire.name(n.exposure()));
    map.put("hopsFromInternet", (long) system.hopsFromInternet(n.id()).orElse(-1));
    Optional<Component> component = n.component();
    map.put(
        "kind",
        component
            .map(c -> Wire.name(c.kind()))
            .orElseGet(() -> n.actor().map(a -> Wire.name(a.kind())).orElse("")));
    map.put("technology", component.flatMap(Component::technology).orElse(""));
    map.put("customCode", component.map(Component::customCode).orElse(false));
    map.put("accepts", wire(component.map(Component::accepts).orElse(List.of())));
    map.put("processes", component.map(Component::processes).orElse(List.of()));
    map.put("stores", component.map(Component::stores).orElse(List.of()));
    map.put("encryptionAtRest", component.map(c -> Wire.name(c.encryptionAtRest())).orElse("none"));
    map.put("controls", wire(n.controls()));
    map.put("owner", component.flatMap(Component::owner).orElse(""));
    map.put(
        "description",
        component
            .flatMap(Component::description)
            .or(() -> n.actor().flatMap(Actor::description))
            .orElse(""));
    map.put(
        "tags",
        component
            .map(Component::tags)
            .orElseGet(() -> n.actor().map(Actor::tags).orElse(List.of())));
    Map<String, Object> frozen = Map.copyOf(map);
    nodes.put(n.id(), frozen);
    return frozen;
  }

  private static Map<String, Object> flow(Flow f) {
    return Map.of(
        "id", f.id(),
        "from", f.from(),
        "to", f.to(),
        "protocol", Wire.name(f.protocol()),
        "authentication", Wire.name(f.authentication()),
        "authorization", Wire.name(f.authorization()),
        "data", f.data(),
        "controls", wire(f.controls()),
        "description", f.description().orElse(""),
        "tags", f.tags());
  }

  private Map<String, Object> data(DataAsset d) {
    Map<String, Object> known = data.get(d.id());
    if (known != null) {
      return known;
    }
    Map<String, Object> map =
        Map.of(
            "id", d.id(),
            "classification", Wire.name(d.classification()),
            "confidentiality", Wire.name(d.confidentiality()),
            "integrity", Wire.name(d.integrity()),
            "availability", Wire.name(d.availability()),
            "personal", d.personal(),
            "sensitive", SystemView.isSensitive(d),
            "description", d.description().orElse(""),
            "tags", d.tags());
    data.put(d.id(), map);
    return map;
  }

  private static Map<String, Object> zone(Zone z) {
    return Map.of(
        "id", z.id(),
        "trust", (long) z.trust(),
        "kind", Wire.name(z.kind()),
        "parent", z.parent().orElse(""),
        "description", z.description().orElse(""),
        "tags", z.tags());
  }

  private static Map<String, Object> model(SystemView system) {
    Business business = system.business();
    return Map.of(
        "id", system.model().id(),
        "title", system.model().title(),
        "owner", system.model().owner().orElse(""),
        "criticality", Wire.name(business.criticality()),
        "compliance", business.compliance());
  }

  private static List<String> wire(Collection<? extends Enum<?>> values) {
    return values.stream().map(Wire::name).toList();
  }
}
