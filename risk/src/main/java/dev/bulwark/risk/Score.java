package dev.bulwark.risk;

import dev.bulwark.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A threat's qualitative risk with the reasons for it.
 *
 * @param likelihoodReasons what raised or lowered the likelihood, in words
 * @param impactReasons what set the impact, in words
 * @param reducedBy declared controls that lowered the likelihood
 * @param method how it was scored: {@code context}, {@code cvss}, {@code owasp-risk-rating} or
 *     {@code manual}
 */
public record Score(
    Likelihood likelihood,
    List<String> likelihoodReasons,
    Impact impact,
    List<String> impactReasons,
    Severity severity,
    List<String> reducedBy,
    String method) {
  public Score {
    Objects.requireNonNull(likelihood, "likelihood");
    likelihoodReasons = List.copyOf(likelihoodReasons);
    Objects.requireNonNull(impact, "impact");
    impactReasons = List.copyOf(impactReasons);
    Objects.requireNonNull(severity, "severity");
    reducedBy = List.copyOf(reducedBy);
    Objects.requireNonNull(method, "method");
  }

  /** This score with the severity set by hand. */
  public Score withSeverity(Severity chosen, String method) {
    return new Score(
        likelihood, likelihoodReasons, impact, impactReasons, chosen, reducedBy, method);
  }
}
