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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values user rules see, built once per {@link SystemView} and shared by every CEL rule that
 * runs on it: one map per element (a node, a flow, an interaction …) and one activation (the
 * variables of a {@link Target}) per element a rule can run on. Elements are {@link CelElement}s,
 * which CEL takes as they are. Enum values are spelt as in model files; integers are longs, as CEL
 * wants; an absent optional text is the empty string.
 */
final class Activations {
  private static final Map<Enum<?>, String> WIRE = new ConcurrentHashMap<>();

  private final SystemView system;
  private final CelElement model;
  private final Map<String, CelElement> nodes = new HashMap<>();
  private final Map<String, CelElement> data = new HashMap<>();
  private final Map<String, CelElement> interactions = new HashMap<>();
  private final Map<Target, List<Bound>> bound = new EnumMap<>(Target.class);

  Activations(SystemView system) {
    this.system = system;
    this.model = model(system);
  }

  /**
   * An element a rule can run on, with the variables its expressions see. {@code subject} is the
   * interaction, node, data asset or zone, described only when a finding or a failure needs it.
   */
  record Bound(String elementId, Object subject, Map<String, Object> variables) {
    String description() {
      return switch (subject) {
        case Interaction i -> i.describe();
        case Node n -> n.describe();
        case DataAsset d -> "data asset " + d.id();
        case Zone z -> "zone " + z.id();
        default -> elementId;
      };
    }
  }

  /** The activations of every element of this target, built on first use. */
  synchronized List<Bound> of(Target target) {
    return bound.computeIfAbsent(target, this::build);
  }

  private List<Bound> build(Target target) {
    List<Bound> all = new ArrayList<>();
    switch (target) {
      case INTERACTION, FLOW -> {
        for (Interaction i : system.interactions()) {
          CelElement interaction = interaction(i);
          Map<String, Object> vars =
              Map.of(
                  "interaction", interaction,
                  "flow", interaction.select("flow"),
                  "source", interaction.select("source"),
                  "target", interaction.select("target"),
                  "model", model);
          all.add(new Bound(i.id(), i, vars));
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
                  n,
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
          all.add(new Bound(d.id(), d, Map.of("data", data(d), "model", model)));
        }
      }
      case ZONE -> {
        for (Zone z : system.zones()) {
          List<Object> members = new ArrayList<>();
          system.nodesIn(z.id()).forEach(n -> members.add(node(n)));
          all.add(
              new Bound(
                  z.id(),
                  z,
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

  private CelElement interaction(Interaction i) {
    CelElement known = interactions.get(i.id());
    if (known != null) {
      return known;
    }
    Set<String> controls = new LinkedHashSet<>(wire(i.flow().controls()));
    controls.addAll(wire(i.target().controls()));
    List<Object> carried = new ArrayList<>(i.data().size());
    i.data().forEach(d -> carried.add(data(d)));
    Map<String, Object> map =
        Map.ofEntries(
            Map.entry("id", i.id()),
            Map.entry("flow", flow(i.flow())),
            Map.entry("source", node(i.source())),
            Map.entry("target", node(i.target())),
            Map.entry("left", i.left().stream().map(Zone::id).toList()),
            Map.entry("entered", i.entered().stream().map(Zone::id).toList()),
            Map.entry("crossesBoundary", i.crossesBoundary()),
            Map.entry("entersMoreTrusted", i.entersMoreTrusted()),
            Map.entry("trustGap", (long) i.trustGap()),
            Map.entry("encrypted", i.encrypted()),
            Map.entry("authenticated", i.authenticated()),
            Map.entry("network", i.flow().protocol().network()),
            Map.entry("carriesSensitive", i.carriesSensitive()),
            Map.entry("controls", List.copyOf(controls)),
            Map.entry("data", List.copyOf(carried)));
    CelElement element = new CelElement(CelTypes.INTERACTION, map);
    interactions.put(i.id(), element);
    return element;
  }

  private CelElement node(Node n) {
    CelElement known = nodes.get(n.id());
    if (known != null) {
      return known;
    }
    Optional<Component> component = n.component();
    Optional<Actor> actor = n.actor();
    Map<String, Object> map =
        Map.ofEntries(
            Map.entry("id", n.id()),
            Map.entry("isActor", n.isActor()),
            Map.entry("isComponent", n.isComponent()),
            Map.entry("zone", n.zoneId().orElse("")),
            Map.entry("trust", (long) n.trust()),
            Map.entry("exposure", wire(n.exposure())),
            Map.entry("hopsFromInternet", (long) system.hopsFromInternet(n.id()).orElse(-1)),
            Map.entry(
                "kind",
                component
                    .map(c -> wire(c.kind()))
                    .orElseGet(() -> actor.map(a -> wire(a.kind())).orElse(""))),
            Map.entry("technology", component.flatMap(Component::technology).orElse("")),
            Map.entry("customCode", component.map(Component::customCode).orElse(false)),
            Map.entry("accepts", wire(component.map(Component::accepts).orElse(List.of()))),
            Map.entry("processes", component.map(Component::processes).orElse(List.of())),
            Map.entry("stores", component.map(Component::stores).orElse(List.of())),
            Map.entry(
                "encryptionAtRest", component.map(c -> wire(c.encryptionAtRest())).orElse("none")),
            Map.entry("controls", wire(n.controls())),
            Map.entry("owner", component.flatMap(Component::owner).orElse("")),
            Map.entry(
                "description",
                component
                    .flatMap(Component::description)
                    .or(() -> actor.flatMap(Actor::description))
                    .orElse("")),
            Map.entry(
                "tags",
                component
                    .map(Component::tags)
                    .orElseGet(() -> actor.map(Actor::tags).orElse(List.of()))));
    CelElement element = new CelElement(CelTypes.NODE, map);
    nodes.put(n.id(), element);
    return element;
  }

  private static CelElement flow(Flow f) {
    return new CelElement(
        CelTypes.FLOW,
        Map.of(
            "id", f.id(),
            "from", f.from(),
            "to", f.to(),
            "protocol", wire(f.protocol()),
            "authentication", wire(f.authentication()),
            "authorization", wire(f.authorization()),
            "data", f.data(),
            "controls", wire(f.controls()),
            "description", f.description().orElse(""),
            "tags", f.tags()));
  }

  private CelElement data(DataAsset d) {
    CelElement known = data.get(d.id());
    if (known != null) {
      return known;
    }
    CelElement element =
        new CelElement(
            CelTypes.DATA,
            Map.of(
                "id", d.id(),
                "classification", wire(d.classification()),
                "confidentiality", wire(d.confidentiality()),
                "integrity", wire(d.integrity()),
                "availability", wire(d.availability()),
                "personal", d.personal(),
                "sensitive", SystemView.isSensitive(d),
                "description", d.description().orElse(""),
                "tags", d.tags()));
    data.put(d.id(), element);
    return element;
  }

  private static CelElement zone(Zone z) {
    return new CelElement(
        CelTypes.ZONE,
        Map.of(
            "id", z.id(),
            "trust", (long) z.trust(),
            "kind", wire(z.kind()),
            "parent", z.parent().orElse(""),
            "description", z.description().orElse(""),
            "tags", z.tags()));
  }

  private static CelElement model(SystemView system) {
    Business business = system.business();
    return new CelElement(
        CelTypes.MODEL,
        Map.of(
            "id", system.model().id(),
            "title", system.model().title(),
            "owner", system.model().owner().orElse(""),
            "criticality", wire(business.criticality()),
            "compliance", business.compliance()));
  }

  private static List<String> wire(Collection<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>(values.size());
    values.forEach(value -> names.add(wire(value)));
    return List.copyOf(names);
  }

  /** {@link Wire#name}, remembered: it lower-cases and replaces on every call. */
  private static String wire(Enum<?> value) {
    return WIRE.computeIfAbsent(value, Wire::name);
  }
}
