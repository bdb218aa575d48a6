package dev.bulwark.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A control the team plans or has built, linked to the threats it reduces. */
@Doc("A control the team plans or has built, linked to the threats it reduces.")
public record Mitigation(
    @Doc("Unique id of the mitigation.") String id,
    @Doc("A short title.") String title,
    @Doc("What to do, in enough detail to do it.") Optional<String> description,
    @Doc("Where the mitigation stands.") @Default("proposed") MitigationStatus status,
    @Doc("How it works against the threat.") @Default("preventive") MitigationCategory category,
    @Doc("Hand-written threat ids, or fingerprints of derived threats (RULE@element).")
        @Ref(ElementKind.THREAT)
        List<String> mitigates,
    @Doc("The elements and flows where it is applied.")
        @Ref({ElementKind.ZONE, ElementKind.ACTOR, ElementKind.COMPONENT, ElementKind.FLOW})
        List<String> appliesTo,
    @Doc("How to check that it works: a testable criterion.") Optional<String> verification,
    @Doc("The team or person answerable for it.") Optional<String> owner,
    @Doc("When it is due (YYYY-MM-DD).") Optional<LocalDate> due,
    @Doc("An issue-tracker reference.") Optional<String> ticket,
    @Doc("How much it reduces the loss scenarios covering its threats (for 'bulwark risk').")
        List<Effect> effects,
    @Doc("What it costs (for the roadmap).") Optional<Cost> cost,
    Positions positions)
    implements Element {

  public Mitigation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(category, "category");
    mitigates = List.copyOf(mitigates);
    appliesTo = List.copyOf(appliesTo);
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(ticket, "ticket");
    effects = List.copyOf(effects);
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(positions, "positions");
  }
}
