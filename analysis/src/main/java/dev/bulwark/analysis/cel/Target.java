package dev.bulwark.analysis.cel;

import dev.cel.common.types.CelType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a user rule runs on, with the variables its condition and message may use. A variable not
 * listed for the target is an undeclared reference, caught when the pack is read.
 */
enum Target {
  INTERACTION(interaction()),
  FLOW(interaction()),
  COMPONENT(node("component")),
  ACTOR(node("actor")),
  DATA(Map.of("data", CelTypes.DATA, "model", CelTypes.MODEL)),
  ZONE(Map.of("zone", CelTypes.ZONE, "members", CelTypes.NODES, "model", CelTypes.MODEL));

  private final Map<String, CelType> variables;

  Target(Map<String, CelType> variables) {
    this.variables = sorted(variables);
  }

  Map<String, CelType> variables() {
    return variables;
  }

  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Target> ofWire(String value) {
    for (Target target : values()) {
      if (target.wire().equals(value)) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }

  private static Map<String, CelType> interaction() {
    return Map.of(
        "interaction", CelTypes.INTERACTION,
        "flow", CelTypes.FLOW,
        "source", CelTypes.NODE,
        "target", CelTypes.NODE,
        "model", CelTypes.MODEL);
  }

  private static Map<String, CelType> node(String name) {
    return Map.of(
        name,
        CelTypes.NODE,
        "inbound",
        CelTypes.INTERACTIONS,
        "outbound",
        CelTypes.INTERACTIONS,
        "model",
        CelTypes.MODEL);
  }

  private static Map<String, CelType> sorted(Map<String, CelType> variables) {
    Map<String, CelType> sorted = new LinkedHashMap<>();
    variables.keySet().stream().sorted().forEach(k -> sorted.put(k, variables.get(k)));
    return sorted;
  }
}
