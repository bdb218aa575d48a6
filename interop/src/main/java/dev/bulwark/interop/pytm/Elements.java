package dev.bulwark.interop.pytm;

import static java.util.Map.entry;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Actor;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataFormat;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * pytm's elements: {@code Actor} and {@code ExternalEntity} become actors, the others components
 * whose kind follows the class ({@code Lambda} a function, a {@code Datastore} by its type). The
 * controls pytm's threats test become Bulwark controls where one means the same.
 */
final class Elements {
  private Elements() {}

  static final Map<String, ComponentKind> KINDS =
      Map.ofEntries(
          entry("Server", ComponentKind.SERVICE),
          entry("Process", ComponentKind.SERVICE),
          entry("SetOfProcesses", ComponentKind.SERVICE),
          entry("Lambda", ComponentKind.FUNCTION),
          entry("Datastore", ComponentKind.DATABASE),
          entry("LLM", ComponentKind.LLM),
          entry("Asset", ComponentKind.SERVICE),
          entry("Element", ComponentKind.SERVICE));

  private static final Map<String, ComponentKind> STORES =
      Map.of(
          "sql", ComponentKind.DATABASE,
          "file_system", ComponentKind.FILE_SHARE,
          "ldap", ComponentKind.DIRECTORY,
          "aws_s3", ComponentKind.STORAGE);

  /** pytm control → Bulwark control, for the controls that mean the same. */
  static final Map<String, Control> CONTROLS =
      Map.ofEntries(
          entry("sanitizesInput", Control.INPUT_VALIDATION),
          entry("validatesInput", Control.INPUT_VALIDATION),
          entry("checksInputBounds", Control.INPUT_VALIDATION),
          entry("encodesOutput", Control.OUTPUT_ENCODING),
          entry("usesParameterizedInput", Control.PARAMETERIZED_QUERIES),
          entry("implementsCSRFToken", Control.CSRF_PROTECTION),
          entry("usesMFA", Control.MFA),
          entry("implementsPOLP", Control.LEAST_PRIVILEGE),
          entry("isHardened", Control.HARDENING),
          entry("usesCodeSigning", Control.SIGNED_ARTIFACTS),
          entry("usesVPN", Control.VPN),
          entry("handlesResourceConsumption", Control.RATE_LIMITING));

  /** Keys read, or derived by pytm from what is read (inputs, outputs, levels, severity). */
  private static final Set<String> READ =
      Set.of(
          "__class__",
          "name",
          "description",
          "inBoundary",
          "controls",
          "data",
          "isAdmin",
          "isEncryptedAtRest",
          "usesXMLParser",
          "type",
          "isSQL",
          "inScope",
          "inputs",
          "outputs",
          "levels",
          "severity",
          "maxClassification",
          "findings");

  record Result(List<Actor> actors, List<Component> components) {}

  /** First pass: names and ids, so that flows can refer to elements in any order. */
  static List<Raw> index(Context cx, List<Node> nodes) {
    PeerFile r = cx.file;
    List<Raw> raws = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String what = "element " + (i + 1);
      Optional<Mapping> body = r.body(nodes.get(i), what);
      Optional<String> name = body.flatMap(b -> r.required(b, "name", what));
      if (name.isEmpty()) {
        continue;
      }
      if (cx.elements.containsKey(name.get())) {
        r.error(
            ProblemType.DUPLICATE_ID,
            r.where(body.get(), "name"),
            "two elements are named " + PeerFile.quote(name.get()),
            "pytm refers to elements by name: give each its own");
        continue;
      }
      String named = "element " + PeerFile.quote(name.get());
      String type = r.text(body.get(), "__class__", named).orElse("Asset");
      String id = cx.ids.named(name.get(), "element");
      cx.elements.put(name.get(), id);
      boolean actor = type.equals("Actor") || type.equals("ExternalEntity");
      if (actor) {
        cx.actors.add(name.get());
      }
      Attributes attributes = Attributes.of(r, body.get(), named);
      cx.attributes.put(name.get(), attributes);
      raws.add(new Raw(name.get(), id, type, actor, body.get(), attributes, named));
    }
    return raws;
  }

  record Raw(
      String name,
      String id,
      String type,
      boolean actor,
      Mapping body,
      Attributes attributes,
      String what) {}

  static Result build(Context cx, List<Raw> raws, Zones zones) {
    List<Actor> actors = new ArrayList<>();
    List<Component> components = new ArrayList<>();
    for (Raw raw : raws) {
      PeerFile r = cx.file;
      String zone = zones.of(raw.body(), raw.what());
      Set<String> used = new LinkedHashSet<>(READ);
      used.addAll(CONTROLS.keySet());
      used.addAll(Flows.SINK_CONTROLS);
      r.leftovers(raw.body(), used, raw.what(), raw.body().position(), Attributes::informative);
      Places places =
          Places.at(raw.body().position())
              .field("id", r.get(raw.body(), "name"))
              .field("zone", r.get(raw.body(), "inBoundary"));
      List<String> tags = new ArrayList<>();
      if (!raw.attributes().text("inScope").map(s -> s.equalsIgnoreCase("true")).orElse(true)) {
        tags.add("out-of-scope");
      }
      if (raw.actor()) {
        controlLeftovers(cx, raw, Set.of());
        actors.add(
            new Actor(
                raw.id(),
                raw.type().equals("ExternalEntity")
                    ? ActorKind.SYSTEM
                    : raw.attributes().is("isAdmin") ? ActorKind.ADMIN : ActorKind.USER,
                Optional.of(zone),
                r.text(raw.body(), "description", raw.what()),
                tags,
                places.positions()));
        continue;
      }
      components.add(component(cx, raw, zone, zones.internet(zone), tags, places));
    }
    return new Result(actors, components);
  }

  private static Component component(
      Context cx, Raw raw, String zone, boolean internet, List<String> tags, Places places) {
    PeerFile r = cx.file;
    ComponentKind kind = KINDS.get(raw.type());
    if (kind == null) {
      r.notMapped(
          r.where(raw.body(), "__class__"),
          raw.what()
              + " is a "
              + PeerFile.quote(raw.type())
              + ", a class Bulwark does not know; kind 'service' assumed",
          "classes: " + String.join(", ", KINDS.keySet().stream().sorted().toList()));
      kind = ComponentKind.SERVICE;
    }
    if (raw.type().equals("Datastore")) {
      kind = raw.attributes().term("type").map(STORES::get).orElse(ComponentKind.DATABASE);
    }
    List<Control> controls = new ArrayList<>();
    CONTROLS.forEach((name, control) -> {
      if (raw.attributes().is(name) && !controls.contains(control)) {
        controls.add(control);
      }
    });
    controls.sort(null);
    controlLeftovers(cx, raw, CONTROLS.keySet());
    List<String> data = Flows.dataRefs(cx, raw.body(), "data", raw.what(), places, "processes");
    boolean store = raw.type().equals("Datastore");
    return new Component(
        raw.id(),
        kind,
        r.text(raw.body(), "description", raw.what()),
        Optional.empty(),
        Optional.of(zone),
        internet ? Exposure.INTERNET : Exposure.INTERNAL,
        false,
        raw.attributes().is("usesXMLParser") ? List.of(DataFormat.XML) : List.of(),
        store ? List.of() : data,
        store ? data : List.of(),
        raw.attributes().is("isEncryptedAtRest")
            ? EncryptionAtRest.PLATFORM
            : EncryptionAtRest.NONE,
        controls,
        Optional.empty(),
        tags,
        List.of(),
        places.positions());
  }

  /** The controls set to something that no Bulwark field says. */
  private static void controlLeftovers(Context cx, Raw raw, Set<String> mapped) {
    raw.attributes()
        .controls()
        .ifPresent(controls -> {
          Set<String> used = new LinkedHashSet<>(mapped);
          used.addAll(Set.of("isEncryptedAtRest", "isAdmin"));
          used.addAll(Flows.SINK_CONTROLS);
          cx.file.leftovers(
              controls,
              used,
              "the controls of " + raw.what(),
              controls.position(),
              Attributes::informative);
        });
  }
}
