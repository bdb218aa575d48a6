package dev.bulwark.interop;

import dev.bulwark.model.Actor;
import dev.bulwark.model.Component;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.Threat;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A model as a set of facts (ids, names and links, no text), for round-trip tests that compare
 * sets. Ids of imported sub-models ({@code payments/api}) are not valid in a model file, so a trip
 * through another format brings them back as {@code payments-api}; threats and mitigations are
 * named by their titles, since their ids come back from their titles when they had to change.
 */
public final class Facts {
  /** The examples of the repository, composed with their imports. */
  public static final List<String> EXAMPLES =
      List.of("online-shop", "iot-fleet", "microservices-k8s");

  private Facts() {}

  public static Model example(String name) {
    LoadResult loaded = ModelLoader.load(Path.of("../examples", name, "bulwark.yaml"));
    if (!loaded.valid()) {
      throw new AssertionError(loaded.errors().toString());
    }
    return loaded.model().orElseThrow();
  }

  static String id(String id) {
    return id.replace('/', '-');
  }

  static String ids(List<String> ids) {
    return ids.stream().map(Facts::id).sorted().toList().toString();
  }

  /** Zones with their parents, actors and components with their zones, flows with their ends. */
  public static Set<String> structure(Model model) {
    Set<String> facts = new TreeSet<>();
    for (Zone zone : model.zones()) {
      facts.add("zone " + id(zone.id()) + " in " + zone.parent().map(Facts::id).orElse("-"));
    }
    for (Actor actor : model.actors()) {
      facts.add("actor " + id(actor.id()) + " in " + actor.zone().map(Facts::id).orElse("-"));
    }
    for (Component component : model.components()) {
      facts.add(
          "component " + id(component.id()) + " in " + component.zone().map(Facts::id).orElse("-"));
    }
    for (Flow flow : model.flows()) {
      facts.add(
          "flow "
              + id(flow.id())
              + " "
              + id(flow.from())
              + ">"
              + id(flow.to())
              + " "
              + Wire.name(flow.protocol()));
    }
    return facts;
  }

  /** The structure, data and where it is, threats and mitigations with their links. */
  public static Set<String> all(Model model) {
    Set<String> facts = new TreeSet<>(structure(model));
    Map<String, String> titles =
        model.threats().stream().collect(Collectors.toMap(Threat::id, Threat::title));
    Function<String, String> threat = ref -> titles.getOrDefault(ref, ref);
    for (DataAsset data : model.data()) {
      facts.add("data " + id(data.id()));
    }
    for (Component component : model.components()) {
      facts.add("processes " + id(component.id()) + " " + ids(component.processes()));
      facts.add("stores " + id(component.id()) + " " + ids(component.stores()));
    }
    for (Flow flow : model.flows()) {
      facts.add("carries " + id(flow.id()) + " " + ids(flow.data()));
    }
    for (Threat t : model.threats()) {
      facts.add("threat '" + t.title() + "' affects " + ids(t.affects()));
    }
    for (Mitigation m : model.mitigations()) {
      facts.add(
          "mitigation '"
              + m.title()
              + "' mitigates "
              + m.mitigates().stream().map(threat).sorted().toList()
              + " at "
              + ids(m.appliesTo()));
    }
    return facts;
  }
}
