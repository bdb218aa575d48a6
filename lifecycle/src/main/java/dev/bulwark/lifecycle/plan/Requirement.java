package dev.bulwark.lifecycle.plan;

import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A security requirement for developers: what to build, how to check it, and why.
 *
 * @param id the countermeasure's id in the catalogue, or the model mitigation's id
 * @param origin where it comes from
 * @param action what to do
 * @param verification how to check it is done: a testable criterion; empty when a model's
 *     mitigation states none (the plan says so)
 * @param asvs OWASP ASVS 4.0.3 requirement ids
 * @param nist NIST SP 800-53 control ids
 * @param status the mitigation's status, for requirements from the model
 * @param threats the fingerprints of the threats it addresses, highest risk first
 * @param worst the highest severity among them, when it addresses any
 * @param elements the elements it applies to, in first-seen order
 */
public record Requirement(
    String id,
    Origin origin,
    String title,
    String action,
    Optional<String> verification,
    List<String> asvs,
    List<String> nist,
    Optional<MitigationStatus> status,
    List<String> threats,
    Optional<Severity> worst,
    List<String> elements) {

  public Requirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(verification, "verification");
    asvs = List.copyOf(asvs);
    nist = List.copyOf(nist);
    Objects.requireNonNull(status, "status");
    threats = List.copyOf(threats);
    Objects.requireNonNull(worst, "worst");
    elements = List.copyOf(elements);
  }

  /** Whether the model says it is built: a mitigation implemented or verified. */
  public boolean done() {
    return status
        .filter(s -> s == MitigationStatus.IMPLEMENTED || s == MitigationStatus.VERIFIED)
        .isPresent();
  }

  /** Where a requirement comes from. */
  public enum Origin {
    /** A mitigation written in the model. */
    MODEL,
    /** A countermeasure of Bulwark's catalogue, suggested by the rules for derived threats. */
    CATALOGUE
  }
}
