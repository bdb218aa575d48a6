package dev.bulwark.report.diagram;

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
import dev.bulwark.model.Positions;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Models built in code for diagram tests: random small ones for properties, and large ones shaped
 * like the benchmark generator's (nested zones, three flows per component, data everywhere), seeded
 * so that every run sees the same model.
 */
public final class TestModels {
  private TestModels() {}

  /** Technologies that try to break out of each output format. */
  static final List<String> NASTY =
      List.of(
          "postgresql",
          "a\"b",
          "<script>alert(1)</script>",
          "x\\N\\ny",
          "#quot; &amp;",
          "]]; click n1 call evil()",
          "%%{init: {}}%%",
          "line\nbreak\r",
          "`**md**`",
          "end",
          "subgraph x",
          "\"]; evil [label=\"x",
          "日本語のテキスト",
          "a|b-->c");

  /** The parts of a random model, before they become a {@link Model}. */
  record Spec(int zones, int actors, int components, int flows, int data, long seed) {}

  /**
   * A model of the given size: zone i nests in an earlier zone or none, elements sit in a random
   * zone or none, flows join random pairs (a flow from an element to itself included).
   */
  static Model random(Spec spec) {
    SplittableRandom random = new SplittableRandom(spec.seed());
    List<Zone> zones = new ArrayList<>();
    for (int i = 0; i < spec.zones(); i++) {
      Optional<String> parent =
          i > 0 && random.nextInt(3) > 0
              ? Optional.of("zone-" + random.nextInt(i))
              : Optional.empty();
      ZoneKind kind = random.nextInt(6) == 0 ? ZoneKind.ORGANIZATION : ZoneKind.NETWORK;
      zones.add(zone("zone-" + i, random.nextInt(101), kind, parent));
    }
    List<DataAsset> data = new ArrayList<>();
    for (int i = 0; i < spec.data(); i++) {
      data.add(data("data-" + i, Classification.values()[random.nextInt(4)], random.nextBoolean()));
    }
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < spec.actors(); i++) {
      actors.add(actor("actor-" + i, zoneOrNone(random, zones)));
    }
    List<Component> components = new ArrayList<>();
    ComponentKind[] kinds = ComponentKind.values();
    for (int i = 0; i < spec.components(); i++) {
      List<String> stores = some(random, data);
      List<String> processes = some(random, data);
      components.add(
          component(
              "component-" + i,
              kinds[random.nextInt(kinds.length)],
              zoneOrNone(random, zones),
              random.nextInt(3) == 0
                  ? Optional.empty()
                  : Optional.of(NASTY.get(random.nextInt(NASTY.size())) + " " + i),
              stores,
              processes));
    }
    List<String> ends = new ArrayList<>();
    actors.forEach(a -> ends.add(a.id()));
    components.forEach(c -> ends.add(c.id()));
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < spec.flows() && !ends.isEmpty(); i++) {
      flows.add(
          flow(
              "flow-" + i,
              ends.get(random.nextInt(ends.size())),
              ends.get(random.nextInt(ends.size())),
              Protocol.values()[random.nextInt(Protocol.values().length)],
              some(random, data)));
    }
    return model("random-" + spec.seed(), zones, actors, components, data, flows);
  }

  /**
   * A large model like the benchmark generator's: {@code n} components over {@code n / 25} zones
   * nested up to four deep, {@code n / 100} actors, {@code n / 5} data assets, {@code 3n} flows.
   */
  public static Model large(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int zoneCount = Math.max(3, n / 25);
    List<Zone> zones = new ArrayList<>();
    zones.add(zone("internet", 0, ZoneKind.NETWORK, Optional.empty()));
    int[] depth = new int[zoneCount];
    for (int i = 1; i < zoneCount; i++) {
      int parent = i <= 2 ? -1 : 1 + random.nextInt(i - 1);
      if (parent > 0 && depth[parent] >= 3) {
        parent = -1;
      }
      depth[i] = parent < 0 ? 0 : depth[parent] + 1;
      zones.add(
          zone(
              "zone-" + i,
              40 + 15 * depth[i],
              ZoneKind.NETWORK,
              parent < 0 ? Optional.empty() : Optional.of(zones.get(parent).id())));
    }
    List<DataAsset> data = new ArrayList<>();
    for (int i = 0; i < Math.max(2, n / 5); i++) {
      data.add(data("data-" + i, Classification.values()[random.nextInt(4)], i % 4 == 0));
    }
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < Math.max(3, n / 100); i++) {
      actors.add(
          actor(
              "actor-" + i,
              Optional.of(i % 4 == 0 ? "internet" : zones.get(random.nextInt(zoneCount)).id())));
    }
    List<Component> components = new ArrayList<>();
    ComponentKind[] kinds = ComponentKind.values();
    for (int i = 0; i < n; i++) {
      components.add(
          component(
              "component-" + i,
              kinds[random.nextInt(kinds.length)],
              Optional.of(zones.get(1 + random.nextInt(zoneCount - 1)).id()),
              Optional.of("technology-" + random.nextInt(15)),
              List.of(data.get(i % data.size()).id()),
              List.of(data.get(random.nextInt(data.size())).id())));
    }
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < 3 * n; i++) {
      int target = i < n ? i : random.nextInt(n);
      String from =
          i < actors.size()
              ? actors.get(i).id()
              : components.get((target + 1 + random.nextInt(n - 1)) % n).id();
      flows.add(
          flow(
              "flow-" + i,
              from,
              components.get(target).id(),
              Protocol.HTTPS,
              List.of(data.get(random.nextInt(data.size())).id())));
    }
    return model("large-" + n, zones, actors, components, data, flows);
  }

  /** A severity for some of the model's elements and flows, as an assessment would give. */
  static Map<String, Severity> severities(Model model, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Severity> severity = new HashMap<>();
    model.components().forEach(c -> pick(random, severity, c.id()));
    model.actors().forEach(a -> pick(random, severity, a.id()));
    model.flows().forEach(f -> pick(random, severity, f.id()));
    return severity;
  }

  private static void pick(SplittableRandom random, Map<String, Severity> severity, String id) {
    int r = random.nextInt(Severity.values().length + 2);
    if (r < Severity.values().length) {
      severity.put(id, Severity.values()[r]);
    }
  }

  private static Optional<String> zoneOrNone(SplittableRandom random, List<Zone> zones) {
    if (zones.isEmpty() || random.nextInt(5) == 0) {
      return Optional.empty();
    }
    return Optional.of(zones.get(random.nextInt(zones.size())).id());
  }

  private static List<String> some(SplittableRandom random, List<DataAsset> data) {
    if (data.isEmpty() || random.nextBoolean()) {
      return List.of();
    }
    return List.of(data.get(random.nextInt(data.size())).id());
  }

  static Zone zone(String id, int trust, ZoneKind kind, Optional<String> parent) {
    return new Zone(id, trust, kind, parent, Optional.empty(), List.of(), Positions.NONE);
  }

  static Actor actor(String id, Optional<String> zone) {
    return new Actor(id, ActorKind.USER, zone, Optional.empty(), List.of(), Positions.NONE);
  }

  static Component component(
      String id,
      ComponentKind kind,
      Optional<String> zone,
      Optional<String> technology,
      List<String> stores,
      List<String> processes) {
    return new Component(
        id,
        kind,
        Optional.empty(),
        technology,
        zone,
        Exposure.INTERNAL,
        false,
        List.of(),
        processes,
        stores,
        EncryptionAtRest.NONE,
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        Positions.NONE);
  }

  static DataAsset data(String id, Classification classification, boolean personal) {
    return new DataAsset(
        id,
        Optional.empty(),
        classification,
        Rating.MEDIUM,
        Rating.MEDIUM,
        Rating.MEDIUM,
        personal,
        List.of(),
        Positions.NONE);
  }

  static Flow flow(String id, String from, String to, Protocol protocol, List<String> data) {
    return new Flow(
        id,
        from,
        to,
        protocol,
        Authentication.NONE,
        Authorization.NONE,
        data,
        List.of(),
        Optional.empty(),
        List.of(),
        Positions.NONE);
  }

  static Model model(
      String id,
      List<Zone> zones,
      List<Actor> actors,
      List<Component> components,
      List<DataAsset> data,
      List<Flow> flows) {
    return new Model(
        Model.FORMAT_VERSION,
        id,
        "Model " + id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        zones,
        actors,
        components,
        data,
        flows,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Positions.NONE);
  }
}
