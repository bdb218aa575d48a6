package dev.bulwark.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A decision not to apply a rule: to one element, to everything in one zone, or (with neither) to
 * the whole model. Unlike triage, which decides on one threat, it turns the rule off there.
 */
@Doc("Turns a rule off for an element, a zone, or the whole model, with a justification.")
public record Suppression(
    @Doc("The rule's id, e.g. BW-WEB-011.") String rule,
    @Doc(
            "The element where the rule is off; a zone means everything inside it. Omit for everywhere.")
        @Ref({
          ElementKind.ZONE,
          ElementKind.ACTOR,
          ElementKind.COMPONENT,
          ElementKind.DATA,
          ElementKind.FLOW
        })
        Optional<String> on,
    @Doc("Why the rule does not apply: the justification a reviewer reads.") String why,
    @Doc("Who decided.") Optional<String> by,
    Positions positions) {
  public Suppression {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(positions, "positions");
  }

  public Position position() {
    return positions.self();
  }
}
