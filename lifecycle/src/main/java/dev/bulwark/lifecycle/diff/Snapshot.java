package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Model;
import dev.bulwark.risk.Assessment;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a model to compare: a file, or a file at a git revision.
 *
 * @param label how output names it, e.g. {@code main:shop/bulwark.yaml} or a file path
 * @param assessment its threats; without one on both sides, threats are not compared
 */
public record Snapshot(String label, Model model, Optional<Assessment> assessment) {
  public Snapshot {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(assessment, "assessment");
  }
}
