package dev.bulwark.model.validate;

import dev.bulwark.model.Component;
import dev.bulwark.model.Element;
import dev.bulwark.model.ElementKind;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.Positions;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import dev.bulwark.model.format.Cardinality;
import dev.bulwark.model.format.Field;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.problem.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks what a well-formed model means: unique ids, references that resolve to elements of the
 * right kind, zones nested without cycles, every actor and component in a zone, no flow to itself;
 * and warns about signs of an incomplete model (unused data, unconnected elements, no business
 * context, lists naming a value twice). Runs on the composed model, so references may cross
 * imported models.
 */
public final class ModelValidator {
  /** Per record class: the fields worth checking here, lists (repeats) and references. */
  private static final ClassValue<List<Field>> CHECKED_FIELDS =
      new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected List<Field> computeValue(Class<?> type) {
          return Shapes.of((Class<? extends Record>) type).fields().stream()
              .filter(field -> field.cardinality() == Cardinality.LIST || field.isReference())
              .toList();
        }
      };

  private final Model model;
  private final Set<String> unboundIds;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Element> byId = new HashMap<>();

  private ModelValidator(Model model, Set<String> unboundIds) {
    this.model = model;
    this.unboundIds = unboundIds;
  }

  /**
   * Every problem of meaning in the model.
   *
   * @param unboundIds ids of elements the parser dropped; references to them are not reported
   */
  public static List<Problem> validate(Model model, Set<String> unboundIds) {
    return new ModelValidator(model, unboundIds).run();
  }

  private List<Problem> run() {
    indexIds();
    model.elements().forEach(element -> checkFields((Record) element));
    model.imports().forEach(this::checkFields);
    checkZoneNesting();
    checkPlacement();
    checkFlows();
    if (unboundIds.isEmpty()) {
      // Completeness hints would only echo elements dropped for their own errors.
      checkConnections();
      checkDataUse();
    }
    checkTriage();
    model.scenarios().forEach(this::checkFields);
    problems.addAll(EstimateChecks.check(model));
    if (model.business().isEmpty()) {
      report(
          ProblemType.NO_BUSINESS_CONTEXT,
          model.positions().self(),
          "model '" + model.id() + "' says nothing about its business context",
          "add 'business: { criticality: low|medium|high|critical }'; medium is assumed");
    }
    return problems;
  }

  private void indexIds() {
    model
        .elements()
        .forEach(element -> {
          Element first = byId.putIfAbsent(element.id(), element);
          if (first != null) {
            report(
                ProblemType.DUPLICATE_ID,
                element.positions().of("id"),
                "id '"
                    + element.id()
                    + "' is used twice: by the "
                    + label(first)
                    + " at "
                    + first.position()
                    + " and by this "
                    + label(element),
                "give each element its own id");
          }
        });
  }

  /** References resolve to the right kinds; lists name each value once. */
  private void checkFields(Record element) {
    Shape shape = Shapes.of(element.getClass());
    Positions positions = shape.positionsOf(element);
    for (Field field : CHECKED_FIELDS.get(element.getClass())) {
      List<?> values = field.values(element);
      boolean list = field.cardinality() == Cardinality.LIST;
      Set<Object> seen = list && values.size() > 1 ? new HashSet<>() : null;
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (seen != null && !seen.add(value)) {
          report(
              ProblemType.DUPLICATE_ENTRY,
              positions.of(key(field, list, i)),
              "'"
                  + field.key()
                  + "' of "
                  + describe(element)
                  + " names '"
                  + display(value)
                  + "' twice",
              "remove the second one");
        }
        // the cheap test first: nearly every reference resolves, and building the message is not
        if (field.isReference() && !resolves(field, (String) value)) {
          checkReference(field, (String) value, element, positions.of(key(field, list, i)));
        }
      }
    }
  }

  private static String key(Field field, boolean list, int index) {
    return list ? field.key() + "[" + index + "]" : field.key();
  }

  /** Whether a reference needs no report; {@link #checkReference} says what is wrong otherwise. */
  private boolean resolves(Field field, String target) {
    if (exempt(field, target)) {
      return true;
    }
    Element found = byId.get(target);
    return found != null && field.refKinds().contains(ElementKind.of(found));
  }

  /** A derived threat's fingerprint where threats may be named, or an element already reported. */
  private boolean exempt(Field field, String target) {
    boolean fingerprint = target.contains("@") && field.refKinds().contains(ElementKind.THREAT);
    return fingerprint || unboundIds.contains(target);
  }

  /** Reports a reference that {@link #resolves} found wrong. */
  private void checkReference(Field field, String target, Record referrer, Position at) {
    String owner = describe(referrer);
    Element found = byId.get(target);
    String allowed =
        field.refKinds().stream().map(ElementKind::label).collect(Collectors.joining(" or "));
    if (found == null) {
      List<String> candidates =
          model
              .elements()
              .filter(element -> field.refKinds().contains(ElementKind.of(element)))
              .map(Element::id)
              .toList();
      // An element dropped for its own errors is a likely target of the typo too.
      String hint =
          Suggestions.closest(target, unboundIds)
              .filter(unbound -> Suggestions.closest(target, candidates).isEmpty())
              .map(unbound -> "did you mean '" + unbound + "'? (it has errors of its own)")
              .orElseGet(() -> Suggestions.hint(target, candidates));
      report(
          ProblemType.DANGLING_REFERENCE,
          at,
          "'"
              + field.key()
              + "' of "
              + owner
              + " names '"
              + target
              + "', but no "
              + allowed
              + " has that id",
          hint);
    } else if (!field.refKinds().contains(ElementKind.of(found))) {
      report(
          ProblemType.WRONG_REFERENCE_KIND,
          at,
          "'"
              + field.key()
              + "' of "
              + owner
              + " names '"
              + target
              + "', which is a "
              + label(found)
              + ", not a "
              + allowed,
          "name a " + allowed + " here");
    }
  }

  private void checkZoneNesting() {
    Map<String, Zone> zones = new LinkedHashMap<>();
    model.zones().forEach(zone -> zones.putIfAbsent(zone.id(), zone));
    Set<String> reported = new HashSet<>();
    for (Zone start : zones.values()) {
      List<String> chain = new ArrayList<>();
      Zone current = start;
      while (current != null && current.parent().isPresent()) {
        chain.add(current.id());
        String parent = current.parent().get();
        if (parent.equals(start.id())) {
          chain.add(parent);
          if (chain.stream().noneMatch(reported::contains)) {
            reported.addAll(chain);
            report(
                ProblemType.ZONE_CYCLE,
                start.positions().of("parent"),
                "zones are nested in a cycle: " + String.join(" → ", chain),
                "a zone cannot lie inside itself; remove one 'parent'");
          }
          break;
        }
        if (chain.contains(parent)) {
          break; // a cycle further up; reported when the walk starts from one of its zones
        }
        current = zones.get(parent);
      }
    }
  }

  private void checkPlacement() {
    Stream.concat(
            model.actors().stream().filter(actor -> actor.zone().isEmpty()),
            model.components().stream().filter(component -> component.zone().isEmpty()))
        .forEach(element ->
            report(
                ProblemType.NO_ZONE,
                element.position(),
                describe((Record) element) + " is in no trust zone",
                "add 'zone: <zone id>'; zones: "
                    + model.zones().stream().map(Zone::id).collect(Collectors.joining(", "))));
  }

  private void checkFlows() {
    for (Flow flow : model.flows()) {
      if (flow.from().equals(flow.to())) {
        report(
            ProblemType.SELF_FLOW,
            flow.positions().of("to"),
            "flow '" + flow.id() + "' goes from '" + flow.from() + "' to itself",
            "model work inside one element as its 'processes', not as a flow");
      }
    }
  }

  private void checkConnections() {
    Set<String> connected = new HashSet<>();
    for (Flow flow : model.flows()) {
      connected.add(flow.from());
      connected.add(flow.to());
    }
    Stream.concat(model.actors().stream(), model.components().stream())
        .filter(element -> !connected.contains(element.id()))
        .forEach(element ->
            report(
                ProblemType.UNCONNECTED,
                element.position(),
                describe((Record) element) + " has no flow in or out",
                "add the flows it takes part in, or remove it if it is not part of the"
                    + " system"));
  }

  private void checkDataUse() {
    Set<String> used = new HashSet<>();
    model.flows().forEach(flow -> used.addAll(flow.data()));
    for (Component component : model.components()) {
      used.addAll(component.processes());
      used.addAll(component.stores());
    }
    model.data().stream()
        .filter(data -> !used.contains(data.id()))
        .forEach(data ->
            report(
                ProblemType.UNUSED_DATA,
                data.position(),
                "data asset '" + data.id() + "' is not carried, processed or stored anywhere",
                "name it in a flow's 'data' or a component's 'processes' or 'stores',"
                    + " or remove it"));
  }

  private void checkTriage() {
    Map<String, TriageEntry> seen = new HashMap<>();
    for (TriageEntry entry : model.triage()) {
      TriageEntry first = seen.putIfAbsent(entry.threat(), entry);
      if (first != null) {
        report(
            ProblemType.DUPLICATE_ENTRY,
            entry.positions().of("threat"),
            "triage names '" + entry.threat() + "' twice; first at " + first.position(),
            "keep one decision per threat");
      }
    }
  }

  private void report(ProblemType type, Position position, String message, String hint) {
    problems.add(new Problem(type, position, message, hint));
  }

  private static String label(Element element) {
    return ElementKind.of(element).label();
  }

  private static String describe(Record element) {
    return element instanceof Element known
        ? label(known) + " '" + known.id() + "'"
        : Shapes.of(element.getClass()).label();
  }

  private static String display(Object value) {
    return value instanceof Enum<?> constant ? Wire.name(constant) : value.toString();
  }
}
