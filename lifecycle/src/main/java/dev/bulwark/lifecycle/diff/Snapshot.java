package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Model;
import dev.bulwark.risk.Assessment;
import java.util.List;
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

  /**
   * The version of a file that does not exist (a model added or removed by the change), compared as
   * an empty model: every entry and threat of {@code other} is added, or removed. It keeps {@code
   * other}'s id and title, which a file that does not exist cannot disagree with, so that only what
   * the model says shows; it has an empty assessment when {@code other} has one.
   */
  public static Snapshot absent(String label, Snapshot other) {
    Model model = other.model();
    Model empty = Model.empty(model.id(), model.title());
    Optional<Assessment> none =
        other
            .assessment()
            .map(a ->
                new Assessment(
                    a.modelId(), List.of(), List.of(), List.of(), List.of(), a.matrix()));
    return new Snapshot(label, empty, none);
  }
}
