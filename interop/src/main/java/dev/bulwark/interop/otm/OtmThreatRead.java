package dev.bulwark.interop.otm;

import dev.bulwark.interop.Guess;
import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.interop.otm.OtmRead.Instance;
import dev.bulwark.interop.otm.OtmRead.Raw;
import dev.bulwark.interop.otm.OtmRead.Use;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationCategory;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Position;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Wire;
import dev.bulwark.model.parse.Node;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * The threats and mitigations of an OTM document. A root threat becomes a hand-written threat
 * affecting every component and flow with an instance of it; the instances' states become one
 * triage decision; a mitigation's instances give what it mitigates, where it applies and its
 * status. Threats a Bulwark export derived (attribute {@code bulwark.fingerprint}) come back as
 * triage only, since the rules derive them again.
 */
final class OtmThreatRead {
  private final OtmRead read;
  private final PeerFile file;
  private final Map<Node.Mapping, Map<String, String>> attributes = new IdentityHashMap<>();
  private final List<Raw> handWritten = new ArrayList<>();
  private final List<Raw> derived = new ArrayList<>();

  OtmThreatRead(OtmRead read, List<Raw> threats) {
    this.read = read;
    this.file = read.file;
    for (Raw raw : threats) {
      Map<String, String> ours = read.attributes(raw.node(), "threat", raw.owner());
      attributes.put(raw.node(), ours);
      if (ours.containsKey("fingerprint")) {
        derived.add(raw.withId(ours.get("fingerprint")));
      } else {
        handWritten.add(raw);
      }
    }
  }

  /** Threats that become hand-written threats and need ids. */
  List<Raw> handWritten() {
    return handWritten;
  }

  /** Threats a Bulwark export derived, their id being their fingerprint. */
  List<Raw> derived() {
    return derived;
  }

  void read(List<Raw> threats, List<Raw> mitigations) {
    Map<String, List<Instance>> byThreat = new LinkedHashMap<>();
    for (Instance instance : read.instances) {
      if (read.threatIds.containsKey(instance.threat())) {
        byThreat.computeIfAbsent(instance.threat(), key -> new ArrayList<>()).add(instance);
      } else {
        file.notMapped(
            "threat-reference",
            instance.node().position(),
            "a threat instance on '"
                + instance.element()
                + "' names threat '"
                + instance.threat()
                + "', which the document does not define; left out");
      }
    }
    for (Raw raw : threats) {
      List<Instance> instances = byThreat.getOrDefault(raw.peerId(), List.of());
      read.draft.threats.add(threat(raw, instances));
      triage(raw, instances);
    }
    for (Raw raw : derived) {
      file.otherKeys(raw.node(), "threat", raw.owner(), THREAT_KEYS);
      triage(raw, byThreat.getOrDefault(raw.peerId(), List.of()));
    }
    Map<String, List<Instance>> byMitigation = new LinkedHashMap<>();
    for (Instance instance : read.instances) {
      for (Use use : instance.uses()) {
        if (read.mitigationIds.containsKey(use.mitigation())) {
          byMitigation.computeIfAbsent(use.mitigation(), key -> new ArrayList<>()).add(instance);
        } else {
          file.notMapped(
              "mitigation-reference",
              use.at(),
              "a threat instance on '"
                  + instance.element()
                  + "' names mitigation '"
                  + use.mitigation()
                  + "', which the document does not define; left out");
        }
      }
    }
    for (Raw raw : mitigations) {
      read.draft.mitigations.add(
          mitigation(raw, byMitigation.getOrDefault(raw.peerId(), List.of())));
    }
  }

  private static final Set<String> THREAT_KEYS =
      Set.of("id", "name", "description", "categories", "cwes", "risk", "tags", "attributes");

  private Threat threat(Raw raw, List<Instance> instances) {
    Map<String, String> ours = attributes.get(raw.node());
    file.otherKeys(raw.node(), "threat", raw.owner(), THREAT_KEYS);
    Optional<Node.Mapping> risk = file.mapping(raw.node(), "risk", raw.owner());
    String riskOwner = "the risk of " + raw.owner();
    OptionalDouble likelihood =
        risk.map(r -> file.number(r, "likelihood", riskOwner)).orElse(OptionalDouble.empty());
    OptionalDouble impact =
        risk.map(r -> file.number(r, "impact", riskOwner)).orElse(OptionalDouble.empty());
    Optional<Severity> severity =
        OtmRead.attribute(ours, "severity", Severity.class)
            .or(() ->
                likelihood.isPresent() && impact.isPresent()
                    ? Optional.of(
                        OtmScales.severity(likelihood.getAsDouble(), impact.getAsDouble()))
                    : Optional.empty());
    Set<String> affects = new LinkedHashSet<>();
    instances.forEach(instance -> affects.add(instance.element()));
    // zones and data assets hold no instances: a Bulwark export lists them in an attribute
    for (String element : OtmRead.split(ours.getOrDefault("affects", ""))) {
      read.anyElement(element).ifPresent(affects::add);
    }
    return new Threat(
        raw.id(),
        raw.name(),
        OtmRead.paragraphs(
            file.text(raw.node(), "description", raw.owner()),
            risk.flatMap(r -> file.text(r, "likelihoodComment", riskOwner))
                .map(c -> "Likelihood: " + c),
            risk.flatMap(r -> file.text(r, "impactComment", riskOwner)).map(c -> "Impact: " + c)),
        Optional.ofNullable(ours.get("source")),
        Optional.ofNullable(ours.get("prerequisites")),
        Optional.ofNullable(ours.get("action")),
        Optional.ofNullable(ours.get("impact")),
        OtmRead.split(ours.getOrDefault("goals", "")).stream()
            .flatMap(goal -> Guess.exact(Goal.class, goal).stream())
            .toList(),
        List.copyOf(affects),
        stride(raw),
        severity,
        Optional.ofNullable(ours.get("cvss")),
        Optional.ofNullable(ours.get("risk-rating")),
        cwe(raw),
        read.tags(raw, List.of()),
        raw.positions());
  }

  private List<Stride> stride(Raw raw) {
    Set<Stride> stride = new LinkedHashSet<>();
    for (String category : file.texts(raw.node(), "categories", raw.owner())) {
      Optional<Stride> known = Guess.stride(category);
      if (known.isPresent()) {
        stride.add(known.get());
      } else {
        file.notMapped(
            "threat.category",
            file.where(raw.node(), "categories"),
            "category '"
                + category
                + "' of "
                + raw.owner()
                + " is not a STRIDE category; left out");
      }
    }
    return List.copyOf(stride);
  }

  private List<String> cwe(Raw raw) {
    Set<String> cwe = new LinkedHashSet<>();
    for (String text : file.texts(raw.node(), "cwes", raw.owner())) {
      String number = text.strip().replaceFirst("(?i)^cwe[- ]?", "");
      if (number.matches("[0-9]{1,6}")) {
        cwe.add("CWE-" + Integer.parseInt(number));
      } else {
        file.notMapped(
            "threat.cwe",
            file.where(raw.node(), "cwes"),
            "'" + text + "' in the cwes of " + raw.owner() + " is not a CWE id; left out");
      }
    }
    return List.copyOf(cwe);
  }

  /** One decision from the states of a threat's instances, when they decide something. */
  private void triage(Raw raw, List<Instance> instances) {
    Map<TriageStatus, Instance> states = new LinkedHashMap<>();
    for (Instance instance : instances) {
      Optional<TriageStatus> status = OtmScales.decision(instance.state());
      if (status.isEmpty()) {
        file.notMapped(
            "threat.state",
            stateAt(instance),
            "state '"
                + instance.state()
                + "' of "
                + raw.owner()
                + " on '"
                + instance.element()
                + "' is not one Bulwark knows (exposed, mitigated, partly-mitigated, accepted,"
                + " not-applicable, transferred); read as exposed");
      }
      states.putIfAbsent(status.orElse(TriageStatus.OPEN), instance);
    }
    if (states.isEmpty() || states.keySet().equals(Set.of(TriageStatus.OPEN))) {
      return;
    }
    TriageStatus chosen =
        states.containsKey(TriageStatus.OPEN)
            ? TriageStatus.OPEN
            : states.keySet().iterator().next();
    if (states.size() > 1) {
      file.notMapped(
          "threat.states",
          stateAt(states.values().iterator().next()),
          raw.owner()
              + " has different states on different elements ("
              + String.join(", ", states.keySet().stream().map(Wire::name).toList())
              + "); Bulwark keeps one decision per threat: "
              + Wire.name(chosen));
    }
    if (chosen == TriageStatus.OPEN) {
      return;
    }
    Instance first = states.get(chosen);
    read.draft.triage.add(
        new TriageEntry(
            raw.id(),
            chosen,
            Optional.of("OTM state '" + first.state() + "'"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Places.of(stateAt(first))));
  }

  private Position stateAt(Instance instance) {
    return file.value(instance.node(), "state")
        .map(Node::position)
        .orElse(instance.node().position());
  }

  private Mitigation mitigation(Raw raw, List<Instance> instances) {
    Map<String, String> ours = read.attributes(raw.node(), "mitigation", raw.owner());
    file.otherKeys(
        raw.node(),
        "mitigation",
        raw.owner(),
        Set.of("id", "name", "description", "riskReduction", "attributes"));
    if (file.value(raw.node(), "riskReduction").isPresent()) {
      file.number(raw.node(), "riskReduction", raw.owner());
      file.notMapped(
          "mitigation.riskReduction",
          file.where(raw.node(), "riskReduction"),
          "'riskReduction' of "
              + raw.owner()
              + " is left out: Bulwark does not estimate how much a mitigation reduces risk");
    }
    Set<String> mitigates = new LinkedHashSet<>();
    Set<String> appliesTo = new LinkedHashSet<>();
    for (String threat : OtmRead.split(ours.getOrDefault("mitigates", ""))) {
      mitigates.add(read.threatIds.getOrDefault(threat, threat));
    }
    for (Instance instance : instances) {
      if (read.threatIds.containsKey(instance.threat())) {
        mitigates.add(read.threatIds.get(instance.threat()));
      }
      appliesTo.add(instance.element());
    }
    if (ours.containsKey("applies-to")) {
      appliesTo.clear();
      for (String element : OtmRead.split(ours.get("applies-to"))) {
        read.anyElement(element)
            .filter(id -> !read.assetIds.containsValue(id))
            .ifPresent(appliesTo::add);
      }
    }
    Optional<String> idLine =
        raw.id().equals(raw.peerId()) ? Optional.empty() : Optional.of(Otm.ID_LINE + raw.peerId());
    return new Mitigation(
        raw.id(),
        raw.name(),
        OtmRead.paragraphs(file.text(raw.node(), "description", raw.owner()), idLine),
        OtmRead.attribute(ours, "status", MitigationStatus.class)
            .orElseGet(() -> status(raw, instances)),
        OtmRead.attribute(ours, "category", MitigationCategory.class)
            .orElse(MitigationCategory.PREVENTIVE),
        List.copyOf(mitigates),
        List.copyOf(appliesTo),
        Optional.ofNullable(ours.get("verification")),
        Optional.ofNullable(ours.get("owner")),
        date(ours.get("due")),
        Optional.ofNullable(ours.get("ticket")),
        List.of(),
        Optional.empty(),
        raw.positions());
  }

  /** The least advanced state of the mitigation's instances; rejected only if all are. */
  private MitigationStatus status(Raw raw, List<Instance> instances) {
    Set<MitigationStatus> states = new TreeSet<>();
    for (Instance instance : instances) {
      for (Use use : instance.uses()) {
        if (!read.mitigationIds.getOrDefault(use.mitigation(), "").equals(raw.id())) {
          continue;
        }
        Optional<MitigationStatus> status = OtmScales.mitigationStatus(use.state());
        if (status.isEmpty()) {
          file.notMapped(
              "mitigation.state",
              use.at(),
              "state '"
                  + use.state()
                  + "' of "
                  + raw.owner()
                  + " is not one Bulwark knows (recommended, required, in-progress, implemented,"
                  + " verified, rejected); read as recommended");
        }
        states.add(status.orElse(MitigationStatus.PROPOSED));
      }
    }
    if (states.isEmpty()) {
      return MitigationStatus.PROPOSED;
    }
    if (states.size() > 1) {
      file.notMapped(
          "mitigation.states",
          raw.node().position(),
          raw.owner()
              + " has different states on different elements; Bulwark keeps one, the least"
              + " advanced");
    }
    return states.stream()
        .filter(status -> status != MitigationStatus.REJECTED)
        .findFirst()
        .orElse(MitigationStatus.REJECTED);
  }

  private static Optional<LocalDate> date(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
