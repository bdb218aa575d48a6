package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code new-threats}: no open threat at or above a severity may be new, that is, have a
 * fingerprint the base's assessment does not have. A base where the model does not exist makes
 * every open threat new. Skipped without a base, or when the base could not be assessed. A new
 * threat already decided in the same change (accepted, mitigated) does not count: the decision is
 * in the diff for the reviewer to see.
 */
public record NewThreats(Severity atLeast) implements Check {
  public static final String ID = "new-threats";

  public NewThreats {
    Objects.requireNonNull(atLeast, "atLeast");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "No new open threat at " + Wire.name(atLeast) + " or above, compared with the base.";
  }

  @Override
  public CheckResult run(GateInput input) {
    if (input.base().isEmpty()) {
      return CheckResult.skipped(this, "no base to compare with (--base REV|FILE)");
    }
    return switch (input.base().get()) {
      case Baseline.Unknown unknown ->
          CheckResult.skipped(this, "the base " + unknown.label() + " " + unknown.reason());
      case Baseline.Known known -> compare(input, known.fingerprints(), known.label());
      case Baseline.Absent absent ->
          compare(
              input,
              Set.of(),
              absent.label() + ", where the model does not exist: every open threat is new");
    };
  }

  private CheckResult compare(GateInput input, Set<String> old, String since) {
    List<GateFinding> findings =
        input.assessment().threats().stream()
            .filter(t -> t.isOpen() && t.score().severity().compareTo(atLeast) >= 0)
            .filter(t -> !old.contains(t.fingerprint()))
            .map(OpenThreats::finding)
            .toList();
    String level = Wire.name(atLeast) + " or above since " + since;
    return findings.isEmpty()
        ? CheckResult.passed(this, "no new open threat at " + level)
        : CheckResult.failed(
            this,
            Counting.of(findings.size(), "new open threat", "new open threats") + " at " + level,
            findings);
  }
}
