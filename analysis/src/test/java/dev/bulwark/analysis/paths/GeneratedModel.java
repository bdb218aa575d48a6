package dev.bulwark.analysis.paths;

import dev.bulwark.model.Actor;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Positions;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Zone;
import dev.bulwark.model.ZoneKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Large models for the scale and determinism tests, built in memory from a seed: ten tiers of
 * rising trust, a few internet-facing web apps, databases in a data zone, key holders and pipelines
 * sprinkled in, and about two flows out of every component (mostly towards higher tiers, some
 * back), with random authentication and controls.
 */
final class GeneratedModel {
  private static final Authentication[] AUTHS = Authentication.values();
  private static final Control[] CONTROLS = {
    Control.WAF,
    Control.INPUT_VALIDATION,
    Control.RATE_LIMITING,
    Control.LEAST_PRIVILEGE,
    Control.NETWORK_POLICY
  };

  private GeneratedModel() {}

  static Model of(int components, long seed) {
    Random random = new Random(seed);
    List<Zone> zones = new ArrayList<>();
    zones.add(zone("internet", 0, ZoneKind.NETWORK));
    zones.add(zone("partners", 35, ZoneKind.ORGANIZATION));
    zones.add(zone("corporate", 60, ZoneKind.NETWORK));
    zones.add(zone("build", 55, ZoneKind.NETWORK));
    for (int t = 0; t < 10; t++) {
      zones.add(zone("tier-" + t, 40 + 5 * t, ZoneKind.SUBNET));
    }
    zones.add(zone("data", 90, ZoneKind.SUBNET));
    List<DataAsset> data = new ArrayList<>();
    Classification[] classes = Classification.values();
    for (int d = 0; d < 20; d++) {
      data.add(
          new DataAsset(
              "d" + d,
              Optional.empty(),
              classes[d % classes.length],
              Rating.values()[d % 4],
              Rating.MEDIUM,
              Rating.MEDIUM,
              d % 3 == 0,
              List.of(),
              Positions.NONE));
    }
    List<Component> parts = new ArrayList<>();
    for (int i = 0; i < components; i++) {
      parts.add(component(i, components, random));
    }
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < components; i++) {
      int ahead = Math.min(50, components - i - 1);
      if (ahead > 0) {
        flows.add(flow("f" + i + "a", i, i + 1, random));
        flows.add(flow("f" + i + "b", i, i + 1 + random.nextInt(ahead), random));
      }
      if (i > 0 && random.nextInt(5) == 0) {
        flows.add(flow("f" + i + "c", i, random.nextInt(i), random));
      }
    }
    List<Actor> actors =
        List.of(
            actor("customer", ActorKind.USER, "internet"),
            actor("carrier", ActorKind.SYSTEM, "partners"),
            actor("clerk", ActorKind.STAFF, "corporate"),
            actor("admin", ActorKind.ADMIN, "corporate"));
    for (int i = 0; i < components; i += 50) {
      flows.add(actorFlow("browse-" + i, "customer", i, Authentication.SESSION));
    }
    flows.add(actorFlow("deliver", "carrier", components / 4, Authentication.API_KEY));
    flows.add(actorFlow("work", "clerk", components / 2, Authentication.TWO_FACTOR));
    flows.add(actorFlow("operate", "admin", components / 3, Authentication.TWO_FACTOR));
    return new Model(
        1,
        "generated-" + components,
        "Generated model of " + components + " components",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        zones,
        actors,
        parts,
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

  /** The same model with every list in reverse order: the paths must not change. */
  static Model reversed(Model model) {
    return new Model(
        model.formatVersion(),
        model.id(),
        model.title(),
        model.description(),
        model.owner(),
        model.business(),
        model.imports(),
        reverse(model.zones()),
        reverse(model.actors()),
        reverse(model.components()),
        reverse(model.data()),
        reverse(model.flows()),
        model.threats(),
        model.mitigations(),
        model.triage(),
        model.rules(),
        model.suppressions(),
        List.of(),
        List.of(),
        Optional.empty(),
        model.positions());
  }

  private static <T> List<T> reverse(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private static Component component(int i, int count, Random random) {
    ComponentKind kind = ComponentKind.SERVICE;
    String zone = "tier-" + (i * 10 / count);
    Exposure exposure = Exposure.INTERNAL;
    List<String> stores = List.of();
    List<String> processes = List.of("d" + (i % 20));
    if (i % 50 == 0) {
      kind = ComponentKind.WEB_APP;
      exposure = Exposure.INTERNET;
    } else if (i % 10 == 1) {
      kind = ComponentKind.DATABASE;
      zone = "data";
      stores = List.of("d" + (i % 20));
      processes = List.of();
    } else if (i % 100 == 2) {
      kind = ComponentKind.SECRET_STORE;
    } else if (i % 100 == 3) {
      kind = ComponentKind.IDENTITY_PROVIDER;
    } else if (i % 200 == 4) {
      kind = ComponentKind.BUILD_PIPELINE;
      zone = "build";
    }
    List<Control> controls = new ArrayList<>();
    for (Control control : CONTROLS) {
      if (random.nextInt(6) == 0) {
        controls.add(control);
      }
    }
    return new Component(
        "c" + i,
        kind,
        Optional.empty(),
        Optional.empty(),
        Optional.of(zone),
        exposure,
        false,
        List.of(),
        processes,
        stores,
        EncryptionAtRest.NONE,
        controls,
        Optional.empty(),
        List.of(),
        List.of(),
        Positions.NONE);
  }

  private static Flow flow(String id, int from, int to, Random random) {
    return new Flow(
        id,
        "c" + from,
        "c" + to,
        Protocol.HTTPS,
        AUTHS[random.nextInt(AUTHS.length)],
        Authorization.NONE,
        List.of(),
        random.nextInt(8) == 0 ? List.of(Control.IP_ALLOWLIST) : List.of(),
        Optional.empty(),
        List.of(),
        Positions.NONE);
  }

  private static Flow actorFlow(String id, String actor, int to, Authentication auth) {
    return new Flow(
        id,
        actor,
        "c" + to,
        Protocol.HTTPS,
        auth,
        Authorization.END_USER,
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(),
        Positions.NONE);
  }

  private static Actor actor(String id, ActorKind kind, String zone) {
    return new Actor(id, kind, Optional.of(zone), Optional.empty(), List.of(), Positions.NONE);
  }

  private static Zone zone(String id, int trust, ZoneKind kind) {
    return new Zone(id, trust, kind, Optional.empty(), Optional.empty(), List.of(), Positions.NONE);
  }
}
