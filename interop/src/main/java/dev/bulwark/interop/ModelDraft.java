package dev.bulwark.interop;

import dev.bulwark.model.Actor;
import dev.bulwark.model.Business;
import dev.bulwark.model.Component;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.Positions;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a model an importer has found so far, in the order it found them. Importers fill one
 * while they walk a peer file and build the immutable {@link Model} at the end.
 */
public final class ModelDraft {
  public final List<Zone> zones = new ArrayList<>();
  public final List<Actor> actors = new ArrayList<>();
  public final List<Component> components = new ArrayList<>();
  public final List<DataAsset> data = new ArrayList<>();
  public final List<Flow> flows = new ArrayList<>();
  public final List<Threat> threats = new ArrayList<>();
  public final List<Mitigation> mitigations = new ArrayList<>();
  public final List<TriageEntry> triage = new ArrayList<>();

  /** The model, with its positions in the peer file. */
  public Model build(
      String id,
      String title,
      Optional<String> description,
      Optional<String> owner,
      Optional<Business> business,
      Positions positions) {
    return new Model(
        Model.FORMAT_VERSION,
        id,
        title,
        description,
        owner,
        business,
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
        positions);
  }
}
