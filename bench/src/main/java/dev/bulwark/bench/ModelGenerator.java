package dev.bulwark.bench;

import dev.bulwark.model.Actor;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Business;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.DataFormat;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationCategory;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.Positions;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.write.ModelWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Synthetic but realistic models for benchmarks: {@code n} components and {@code 3n} flows, spread
 * over nested trust zones, with actors, data assets carried by the flows and kept by the
 * components, and a few threats, mitigations and triage decisions. The same size and seed always
 * give the same model, and every generated model validates without a problem.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.bulwark.bench.ModelGenerator 10000 out.yaml</pre>
 */
public final class ModelGenerator {
  /** The seed the benchmarks and docs/benchmarks.md use. */
  public static final long SEED = 20_260_101L;

  private static final List<String> TECHNOLOGIES =
      List.of(
          "spring-boot",
          "nginx",
          "postgresql",
          "redis",
          "kafka",
          "node",
          "django",
          "go",
          "envoy",
          "elasticsearch",
          "s3",
          "rabbitmq",
          "keycloak",
          "vault",
          "kubernetes");
  private static final List<String> TEAMS =
      List.of("team-payments", "team-identity", "team-platform", "team-search", "team-data");
  private static final List<Protocol> PROTOCOLS =
      List.of(
          Protocol.HTTPS,
          Protocol.GRPCS,
          Protocol.JDBC_TLS,
          Protocol.AMQPS,
          Protocol.HTTPS,
          Protocol.HTTP,
          Protocol.KAFKA_TLS);

  private final SplittableRandom random;

  private ModelGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A model with {@code components} components and three times as many flows. */
  public static Model generate(int components, long seed) {
    if (components < 2) {
      throw new IllegalArgumentException("a model needs at least 2 components, was " + components);
    }
    return new ModelGenerator(seed).model(components);
  }

  /** The model as canonical YAML, as {@code bulwark validate} reads it. */
  public static String yaml(int components, long seed) {
    return ModelWriter.yaml(generate(components, seed));
  }

  /** Writes the YAML of a generated model to a file. */
  public static void write(int components, long seed, Path file) throws IOException {
    Files.writeString(file, yaml(components, seed), StandardCharsets.UTF_8);
  }

  /**
   * A generated model as the CLI gets it: written to a temporary file and loaded from there, so
   * that it carries positions like any model read from disk.
   */
  public static Model loaded(int components) throws IOException {
    Path folder = Files.createTempDirectory("bulwark-bench");
    Path file = folder.resolve("generated.yaml");
    try {
      write(components, SEED, file);
      return ModelLoader.load(file, LoadOptions.DEFAULTS).model().orElseThrow();
    } finally {
      Files.deleteIfExists(file);
      Files.delete(folder);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: ModelGenerator <components> <out.yaml> [seed]");
      System.exit(2);
    }
    int components = Integer.parseInt(args[0]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : SEED;
    write(components, seed, Path.of(args[1]));
  }

  private Model model(int n) {
    List<Zone> zones = zones(Math.max(3, n / 25));
    List<Actor> actors = actors(Math.max(3, n / 100), zones);
    List<DataAsset> data = data(Math.max(2, n / 5));
    List<Component> components = components(n, zones, data);
    List<Flow> flows = flows(3 * n, actors, components, data);
    List<Threat> threats = threats(Math.max(1, n / 50), components, flows);
    List<Mitigation> mitigations = mitigations(threats, components);
    List<TriageEntry> triage = triage(components);
    return new Model(
        Model.FORMAT_VERSION,
        "synthetic-" + n,
        "Synthetic model of " + n + " components",
        Optional.of("Generated for benchmarks with seed " + SEED + "; not a real system."),
        Optional.of("team-platform"),
        Optional.of(
            new Business(
                Criticality.HIGH,
                List.of("gdpr", "pci-dss"),
                Optional.of("An online shop and its back office."),
                "EUR",
                Optional.empty(),
                Positions.NONE)),
        List.of(),
        zones,
        actors,
        components,
        data,
        flows,
        threats,
        mitigations,
        triage,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Positions.NONE);
  }

  /** Zone 0 is the internet; the rest form a tree up to four levels deep below cloud accounts. */
  private List<Zone> zones(int count) {
    List<Zone> zones = new ArrayList<>();
    zones.add(zone("internet", 0, ZoneKind.NETWORK, Optional.empty()));
    ZoneKind[] levels = {ZoneKind.CLOUD_ACCOUNT, ZoneKind.VPC, ZoneKind.SUBNET, ZoneKind.NAMESPACE};
    int[] depth = new int[count];
    for (int i = 1; i < count; i++) {
      int parent = i <= 2 ? -1 : 1 + random.nextInt(i - 1);
      if (parent > 0 && depth[parent] >= levels.length - 1) {
        parent = -1;
      }
      depth[i] = parent < 0 ? 0 : depth[parent] + 1;
      zones.add(
          zone(
              "zone-" + i,
              40 + 15 * depth[i],
              levels[depth[i]],
              parent < 0 ? Optional.empty() : Optional.of(zones.get(parent).id())));
    }
    return zones;
  }

  private static Zone zone(String id, int trust, ZoneKind kind, Optional<String> parent) {
    return new Zone(id, trust, kind, parent, Optional.empty(), List.of(), Positions.NONE);
  }

  private List<Actor> actors(int count, List<Zone> zones) {
    List<Actor> actors = new ArrayList<>();
    ActorKind[] kinds = {ActorKind.USER, ActorKind.STAFF, ActorKind.ADMIN, ActorKind.SYSTEM};
    for (int i = 0; i < count; i++) {
      ActorKind kind = kinds[i % kinds.length];
      String zone = kind == ActorKind.USER ? "internet" : pick(zones).id();
      actors.add(
          new Actor(
              "actor-" + i,
              kind,
              Optional.of(zone),
              Optional.of("A " + kind.name().toLowerCase(java.util.Locale.ROOT) + " of the shop."),
              List.of(),
              Positions.NONE));
    }
    return actors;
  }

  private List<DataAsset> data(int count) {
    List<DataAsset> data = new ArrayList<>();
    Classification[] classes = Classification.values();
    Rating[] ratings = Rating.values();
    for (int i = 0; i < count; i++) {
      data.add(
          new DataAsset(
              "data-" + i,
              Optional.of("Records of kind " + i + "."),
              classes[random.nextInt(classes.length)],
              ratings[random.nextInt(ratings.length)],
              ratings[random.nextInt(ratings.length)],
              ratings[random.nextInt(ratings.length)],
              random.nextInt(4) == 0,
              i % 7 == 0 ? List.of("pci") : List.of(),
              Positions.NONE));
    }
    return data;
  }

  private List<Component> components(int count, List<Zone> zones, List<DataAsset> data) {
    List<Component> components = new ArrayList<>();
    ComponentKind[] kinds = ComponentKind.values();
    for (int i = 0; i < count; i++) {
      ComponentKind kind = kinds[random.nextInt(kinds.length)];
      boolean store =
          kind == ComponentKind.DATABASE
              || kind == ComponentKind.CACHE
              || kind == ComponentKind.STORAGE
              || kind == ComponentKind.SEARCH_INDEX;
      // every data asset is kept somewhere: component i stores asset i while there are assets left
      List<String> stores =
          i < data.size()
              ? List.of(data.get(i).id())
              : store ? List.of(pick(data).id()) : List.of();
      components.add(
          new Component(
              "component-" + i,
              kind,
              Optional.of(
                  "Part " + i + " of the shop: " + kind.name().toLowerCase(java.util.Locale.ROOT)),
              Optional.of(pick(TECHNOLOGIES)),
              Optional.of(zones.get(1 + random.nextInt(zones.size() - 1)).id()),
              i % 20 == 0 ? Exposure.INTERNET : Exposure.INTERNAL,
              random.nextBoolean(),
              random.nextInt(3) == 0 ? List.of(DataFormat.JSON) : List.of(),
              distinct(data, 1 + random.nextInt(2)),
              stores,
              stores.isEmpty() ? EncryptionAtRest.NONE : EncryptionAtRest.PLATFORM,
              distinctControls(random.nextInt(3)),
              Optional.of(pick(TEAMS)),
              i % 5 == 0 ? List.of("tier-1") : List.of(),
              List.of(),
              Positions.NONE));
    }
    return components;
  }

  /**
   * Flows that connect every actor and component: the first ones start at each actor, then each
   * component receives at least one; the rest join random pairs.
   */
  private List<Flow> flows(
      int count, List<Actor> actors, List<Component> components, List<DataAsset> data) {
    List<Flow> flows = new ArrayList<>();
    Authentication[] authentications = Authentication.values();
    for (int i = 0; i < count; i++) {
      int target = i < components.size() ? i : random.nextInt(components.size());
      String to = components.get(target).id();
      String from;
      if (i < actors.size()) {
        from = actors.get(i).id();
      } else {
        int source = random.nextInt(components.size() - 1);
        from = components.get(source >= target ? source + 1 : source).id();
      }
      Authentication authentication = authentications[random.nextInt(authentications.length)];
      flows.add(
          new Flow(
              "flow-" + i,
              from,
              to,
              pick(PROTOCOLS),
              authentication,
              authentication == Authentication.NONE
                  ? Authorization.NONE
                  : random.nextBoolean() ? Authorization.TECHNICAL_USER : Authorization.END_USER,
              distinct(data, 1 + random.nextInt(3)),
              random.nextInt(4) == 0 ? List.of(Control.RATE_LIMITING) : List.of(),
              i % 10 == 0 ? Optional.of("Calls " + to + " for " + from + ".") : Optional.empty(),
              List.of(),
              Positions.NONE));
    }
    return flows;
  }

  private List<Threat> threats(int count, List<Component> components, List<Flow> flows) {
    List<Threat> threats = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      threats.add(
          new Threat(
              "threat-" + i,
              "Replayed requests " + i,
              Optional.empty(),
              Optional.of("an internet-based attacker"),
              Optional.of("with a captured request"),
              Optional.of("replays it"),
              Optional.of("orders are processed twice"),
              List.of(Goal.INTEGRITY),
              List.of(pick(components).id(), pick(flows).id()),
              List.of(Stride.TAMPERING, Stride.REPUDIATION),
              Optional.of(Severity.values()[random.nextInt(Severity.values().length)]),
              Optional.empty(),
              Optional.empty(),
              List.of("CWE-294"),
              List.of(),
              Positions.NONE));
    }
    return threats;
  }

  private List<Mitigation> mitigations(List<Threat> threats, List<Component> components) {
    List<Mitigation> mitigations = new ArrayList<>();
    for (int i = 0; i < threats.size(); i += 2) {
      mitigations.add(
          new Mitigation(
              "mitigation-" + i,
              "Idempotency keys " + i,
              Optional.of("Reject a request whose key was seen before."),
              MitigationStatus.values()[random.nextInt(MitigationStatus.values().length)],
              MitigationCategory.PREVENTIVE,
              List.of(threats.get(i).id(), "BW-WEB-001@" + components.get(i).id()),
              List.of(components.get(i).id()),
              Optional.of("Replaying a captured request has no effect."),
              Optional.of(pick(TEAMS)),
              Optional.of(LocalDate.of(2027, 1 + i % 12, 1 + i % 28)),
              Optional.of("SEC-" + (100 + i)),
              List.of(),
              Optional.empty(),
              Positions.NONE));
    }
    return mitigations;
  }

  private List<TriageEntry> triage(List<Component> components) {
    List<TriageEntry> triage = new ArrayList<>();
    for (int i = 0; i < components.size(); i += 100) {
      triage.add(
          new TriageEntry(
              "BW-DB-002@" + components.get(i).id(),
              TriageStatus.ACCEPTED,
              Optional.of("Only reachable from inside the cluster."),
              Optional.of("alice"),
              Optional.of(LocalDate.of(2026, 3, 1)),
              Optional.of(LocalDate.of(2027, 3, 1)),
              Optional.empty(),
              Positions.NONE));
    }
    return triage;
  }

  private List<String> distinct(List<DataAsset> data, int count) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    while (ids.size() < Math.min(count, data.size())) {
      ids.add(pick(data).id());
    }
    return List.copyOf(ids);
  }

  private List<Control> distinctControls(int count) {
    LinkedHashSet<Control> controls = new LinkedHashSet<>();
    while (controls.size() < count) {
      controls.add(Control.values()[random.nextInt(Control.values().length)]);
    }
    return List.copyOf(controls);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
