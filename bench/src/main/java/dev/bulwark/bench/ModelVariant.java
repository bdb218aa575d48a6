package dev.bulwark.bench;

import dev.bulwark.model.Component;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Zone;
import dev.bulwark.model.write.ModelWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A second version of a generated model that differs in 1 % of its components and 1 % of its flows,
 * as a pull request might: every 200th component moved to another zone, every 200th (offset by 100)
 * given another technology, every 100th flow switched between HTTPS and plain HTTP.
 */
public final class ModelVariant {
  private ModelVariant() {}

  public static Model of(Model model) {
    List<Zone> zones = model.zones();
    List<Component> components = new ArrayList<>(model.components());
    for (int i = 0; i < components.size(); i += 100) {
      Component c = components.get(i);
      components.set(i, i % 200 == 0 ? moved(c, zones, i) : retooled(c));
    }
    List<Flow> flows = new ArrayList<>(model.flows());
    for (int i = 0; i < flows.size(); i += 100) {
      flows.set(i, switched(flows.get(i)));
    }
    return new Model(
        model.formatVersion(),
        model.id(),
        model.title(),
        model.description(),
        model.owner(),
        model.business(),
        model.imports(),
        zones,
        model.actors(),
        components,
        model.data(),
        flows,
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

  private static Component moved(Component c, List<Zone> zones, int i) {
    String zone = zones.get((i / 100 + 1) % zones.size()).id();
    if (c.zone().equals(Optional.of(zone))) {
      zone = zones.get((i / 100 + 2) % zones.size()).id();
    }
    return new Component(
        c.id(),
        c.kind(),
        c.description(),
        c.technology(),
        Optional.of(zone),
        c.exposure(),
        c.customCode(),
        c.accepts(),
        c.processes(),
        c.stores(),
        c.encryptionAtRest(),
        c.controls(),
        c.owner(),
        c.tags(),
        List.of(),
        c.positions());
  }

  private static Component retooled(Component c) {
    return new Component(
        c.id(),
        c.kind(),
        c.description(),
        Optional.of("changed-technology"),
        c.zone(),
        c.exposure(),
        c.customCode(),
        c.accepts(),
        c.processes(),
        c.stores(),
        c.encryptionAtRest(),
        c.controls(),
        c.owner(),
        c.tags(),
        List.of(),
        c.positions());
  }

  private static Flow switched(Flow f) {
    Protocol protocol = f.protocol() == Protocol.HTTP ? Protocol.HTTPS : Protocol.HTTP;
    return new Flow(
        f.id(),
        f.from(),
        f.to(),
        protocol,
        f.authentication(),
        f.authorization(),
        f.data(),
        f.controls(),
        f.description(),
        f.tags(),
        f.positions());
  }

  /** Writes a generated model and its variant: {@code ModelVariant 10000 a.yaml b.yaml}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ModelVariant <components> <before.yaml> <after.yaml>");
      System.exit(2);
    }
    Model model = ModelGenerator.generate(Integer.parseInt(args[0]), ModelGenerator.SEED);
    Files.writeString(Path.of(args[1]), ModelWriter.yaml(model), StandardCharsets.UTF_8);
    Files.writeString(Path.of(args[2]), ModelWriter.yaml(of(model)), StandardCharsets.UTF_8);
  }
}
