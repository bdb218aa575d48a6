package dev.bulwark.analysis.paths;

import java.util.List;
import java.util.Objects;

/**
 * What an attacker is after: a sensitive data asset (reached by reaching any component that stores
 * or processes it) or a critical component (reached by reaching it).
 *
 * @param rank 1 for the most valuable; data assets rank before components
 * @param why what makes it a crown jewel, in words
 * @param heldBy the components an attacker must reach, in id order
 */
public record CrownJewel(String id, Kind kind, int rank, String why, List<String> heldBy) {
  /** A data asset or a component. */
  public enum Kind {
    DATA,
    COMPONENT
  }

  public CrownJewel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(why, "why");
    heldBy = List.copyOf(heldBy);
    if (heldBy.isEmpty()) {
      throw new IllegalArgumentException("crown jewel " + id + " is held by no component");
    }
  }
}
