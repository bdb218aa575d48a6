package dev.bulwark.analysis.adtree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every domain evaluated over one tree, and the attacker's cheapest choice.
 *
 * @param domains one result per {@link Domain}, in the enum's order
 * @param cheapest the leaves of the cheapest attack; empty when cost was not evaluated or no attack
 *     reaches the root at a finite cost
 */
public record Evaluation(
    AdTree tree, List<DomainResult> domains, Optional<CheapestAttack> cheapest) {
  public Evaluation {
    Objects.requireNonNull(tree, "tree");
    domains = List.copyOf(domains);
    Objects.requireNonNull(cheapest, "cheapest");
  }

  public DomainResult result(Domain domain) {
    return domains.stream().filter(d -> d.domain() == domain).findFirst().orElseThrow();
  }

  /** The root's value in a domain, if it was evaluated. */
  public Optional<Double> root(Domain domain) {
    return result(domain).value(tree.root());
  }
}
