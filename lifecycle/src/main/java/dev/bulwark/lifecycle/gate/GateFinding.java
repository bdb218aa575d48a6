package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.Position;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a check found wrong, at the place in the model files to fix it.
 *
 * @param key stable identity across runs (a threat fingerprint, {@code owner:mitigation:vault}), so
 *     that code scanning can follow an alert from one commit to the next
 */
public record GateFinding(Position position, String message, String key) {
  /** File, line, column, then key: the order findings are reported in. */
  public static final Comparator<GateFinding> BY_POSITION =
      Comparator.comparing(GateFinding::position).thenComparing(GateFinding::key);

  public GateFinding {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(key, "key");
  }
}
