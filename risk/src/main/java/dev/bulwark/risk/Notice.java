package dev.bulwark.risk;

import dev.bulwark.model.Position;
import dev.bulwark.model.problem.Level;
import java.util.Objects;

/**
 * Something the assessment says about the model's decisions rather than its threats: a stale triage
 * entry, an expired acceptance, a vector that cannot be read. Codes are listed in docs/analysis.md.
 */
public record Notice(Level level, String code, Position position, String message) {
  public Notice {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return position
        + ": "
        + (level == Level.ERROR ? "error" : "warning")
        + " ["
        + code
        + "] "
        + message;
  }
}
