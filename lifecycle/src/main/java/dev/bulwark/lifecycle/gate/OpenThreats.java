package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import dev.bulwark.risk.AssessedThreat;
import java.util.List;
import java.util.Objects;

/**
 * {@code open-threats}: no threat that is still open (open or in progress, including one whose
 * acceptance expired) may be at or above a severity.
 */
public record OpenThreats(Severity atLeast) implements Check {
  public static final String ID = "open-threats";

  public OpenThreats {
    Objects.requireNonNull(atLeast, "atLeast");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "No open threat at " + Wire.name(atLeast) + " or above.";
  }

  @Override
  public CheckResult run(GateInput input) {
    List<GateFinding> findings =
        input.assessment().threats().stream()
            .filter(t -> t.isOpen() && t.score().severity().compareTo(atLeast) >= 0)
            .map(OpenThreats::finding)
            .toList();
    String level = Wire.name(atLeast) + " or above";
    return findings.isEmpty()
        ? CheckResult.passed(this, "no open threat at " + level)
        : CheckResult.failed(
            this,
            Counting.of(findings.size(), "open threat", "open threats") + " at " + level,
            findings);
  }

  /** A threat as a finding: at its element, named by fingerprint and severity. */
  static GateFinding finding(AssessedThreat t) {
    return new GateFinding(
        t.position(),
        t.fingerprint() + " (" + Wire.name(t.score().severity()) + "): " + t.title(),
        t.fingerprint());
  }
}
