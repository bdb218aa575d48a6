package dev.bulwark.analysis.adtree;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One domain evaluated over a tree.
 *
 * @param values every node's value by id, in node order (for {@link Domain#SATISFIABLE}, 1 or 0);
 *     empty when not evaluated
 * @param method how the values were computed: {@code bottom-up}, or {@code exact: N shared leaves
 *     expanded}
 * @param skipped why the domain was not evaluated (a leaf without the value it needs, or too many
 *     shared sub-goals to expand)
 */
public record DomainResult(
    Domain domain, Map<String, Double> values, String method, Optional<String> skipped) {
  public DomainResult {
    Objects.requireNonNull(domain, "domain");
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(skipped, "skipped");
  }

  public boolean evaluated() {
    return skipped.isEmpty();
  }

  /** A node's value, if the domain was evaluated. */
  public Optional<Double> value(String nodeId) {
    return Optional.ofNullable(values.get(nodeId));
  }
}
