package dev.bulwark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A threat written by hand, in the threat-statement grammar: "[source] [prerequisites] can
 * [action], which leads to [impact], negatively impacting [goals] of [affects]".
 */
@Doc("A hand-written threat in the threat-statement grammar.")
public record Threat(
    @Doc("Unique id of the threat.") String id,
    @Doc("A short title.") String title,
    @Doc("Free text.") Optional<String> description,
    @Doc("Who or what carries out the threat, e.g. 'an internet-based threat actor'.")
        Optional<String> source,
    @Doc("What the source needs first, e.g. 'with a stolen session token'.")
        Optional<String> prerequisites,
    @Doc("What the source does, e.g. 'replay checkout requests'.") Optional<String> action,
    @Doc("What follows, e.g. 'orders paid twice'.") Optional<String> impact,
    @Doc("The security goals harmed.") List<Goal> impactedGoals,
    @Doc("The elements and flows the threat targets.")
        @Ref({
          ElementKind.ZONE,
          ElementKind.ACTOR,
          ElementKind.COMPONENT,
          ElementKind.DATA,
          ElementKind.FLOW
        })
        List<String> affects,
    @Doc("STRIDE categories.") List<Stride> stride,
    @Doc("A severity chosen by hand; otherwise it is derived.") Optional<Severity> severity,
    @Doc(
            "A CVSS v3.1 or v4.0 vector, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N; it sets the"
                + " severity.")
        Optional<String> cvss,
    @Doc(
            "An OWASP Risk Rating vector, e.g. SL:5/M:5/O:4/S:6/ED:3/EE:4/A:6/ID:3/LC:7/LI:7/LAV:5/LAC:7/FD:5/RD:5/NC:5/PV:5;"
                + " it sets likelihood and impact.")
        Optional<String> riskRating,
    @Doc("Related CWE ids, e.g. CWE-89.") List<String> cwe,
    @Doc("Free-form labels.") List<String> tags,
    Positions positions)
    implements Element {

  public Threat {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(prerequisites, "prerequisites");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(impact, "impact");
    impactedGoals = List.copyOf(impactedGoals);
    affects = List.copyOf(affects);
    stride = List.copyOf(stride);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(cvss, "cvss");
    Objects.requireNonNull(riskRating, "riskRating");
    cwe = List.copyOf(cwe);
    tags = List.copyOf(tags);
    Objects.requireNonNull(positions, "positions");
  }
}
