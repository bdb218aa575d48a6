package dev.bulwark.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A threat model: the system's trust zones, actors, components, data and flows, with the threats,
 * mitigations and triage decisions written by hand. After composition it also holds the elements of
 * its imported sub-models, with prefixed ids.
 */
@Doc("A Bulwark threat model.")
public record Model(
    @Key("bulwark") @Doc("The format version; 1.") int formatVersion,
    @Doc("Unique id of the model; also the default prefix when it is imported.") String id,
    @Doc("A human title.") String title,
    @Doc("Free text.") Optional<String> description,
    @Doc("The team or person answerable for the model.") Optional<String> owner,
    @Doc("What the system means to the business.") Optional<Business> business,
    @Doc("Linked sub-models.") List<Import> imports,
    @Doc("Trust zones.") List<Zone> zones,
    @Doc("People and outside systems using the system.") List<Actor> actors,
    @Doc("The system's parts.") List<Component> components,
    @Doc("Data assets worth protecting.") List<DataAsset> data,
    @Doc("Data flows between actors and components.") List<Flow> flows,
    @Doc("Hand-written threats.") List<Threat> threats,
    @Doc("Planned and implemented mitigations.") List<Mitigation> mitigations,
    @Doc("Decisions on threats, keyed by fingerprint.") List<TriageEntry> triage,
    @Doc(
            "Rule packs of this model (files or folders, relative to it), applied after the built-in"
                + " rules and organisation packs.")
        List<String> rules,
    @Doc("Rules turned off for an element, a zone, or the whole model.")
        List<Suppression> suppressions,
    @Doc("FAIR loss scenarios: risk in money for threats, groups of threats or crown-jewel data.")
        List<LossScenario> scenarios,
    @Doc(
            "Source paths the model describes (files or folders, relative to the model file);"
                + " 'bulwark check-stale' says when they changed after the last review.")
        List<String> sources,
    @Doc("When the model was last reviewed against the system (YYYY-MM-DD).")
        Optional<LocalDate> reviewed,
    Positions positions) {

  /** The only format version this build reads. */
  public static final int FORMAT_VERSION = 1;

  public Model {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(business, "business");
    imports = List.copyOf(imports);
    zones = List.copyOf(zones);
    actors = List.copyOf(actors);
    components = List.copyOf(components);
    data = List.copyOf(data);
    flows = List.copyOf(flows);
    threats = List.copyOf(threats);
    mitigations = List.copyOf(mitigations);
    triage = List.copyOf(triage);
    rules = List.copyOf(rules);
    suppressions = List.copyOf(suppressions);
    scenarios = List.copyOf(scenarios);
    sources = List.copyOf(sources);
    Objects.requireNonNull(reviewed, "reviewed");
    Objects.requireNonNull(positions, "positions");
  }

  /**
   * A model with an id and a title and nothing else: the start of a model built in code, and what a
   * diff compares with where a file does not exist.
   */
  public static Model empty(String id, String title) {
    return new Model(
        FORMAT_VERSION,
        id,
        title,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
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

  /** This model with other zones. */
  public Model withZones(List<Zone> newZones) {
    return new Model(
        formatVersion,
        id,
        title,
        description,
        owner,
        business,
        imports,
        newZones,
        actors,
        components,
        data,
        flows,
        threats,
        mitigations,
        triage,
        rules,
        suppressions,
        scenarios,
        sources,
        reviewed,
        positions);
  }

  /** The business context, or {@link Business#UNSTATED} where the model gives none. */
  public Business businessOrDefault() {
    return business.orElse(Business.UNSTATED);
  }

  /** Every element with an id, in file order: zones, actors, components, data, flows, ... */
  public Stream<Element> elements() {
    return Stream.of(zones, actors, components, data, flows, threats, mitigations)
        .flatMap(List::stream);
  }
}
