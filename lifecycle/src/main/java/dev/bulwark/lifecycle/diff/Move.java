package dev.bulwark.lifecycle.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * An element moved between trust zones: the value of a field naming its zone ({@code zone}, or
 * {@code parent} for a zone) changed. Reported apart from the other fields because crossing a trust
 * boundary changes which threats apply.
 *
 * @param from the zone before; empty where the element was in none (or a zone was at the top)
 * @param to the zone after; empty likewise
 */
public record Move(String field, Optional<String> from, Optional<String> to) {
  public Move {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  public Move reversed() {
    return new Move(field, to, from);
  }
}
