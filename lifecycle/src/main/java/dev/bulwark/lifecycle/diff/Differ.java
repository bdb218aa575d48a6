package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Model;
import dev.bulwark.risk.Assessment;
import java.util.List;
import java.util.Optional;

/**
 * Compares two versions of a model. Pure functions: the same versions give the same diff, whatever
 * the order of elements in the files, their formatting or comments.
 *
 * <p>Entries are matched by key (an element's id, a triage entry's fingerprint, a suppression's
 * rule and element) and compared field by field through the format's {@link
 * dev.bulwark.model.format.Shapes}; lists are compared as sets, except the model's rule packs.
 * Threats are matched by fingerprint.
 */
public final class Differ {
  private Differ() {}

  /** The whole diff; threats are compared when both versions carry an assessment. */
  public static ModelDiff diff(Snapshot before, Snapshot after) {
    Optional<ThreatDiff> threats =
        before.assessment().isPresent() && after.assessment().isPresent()
            ? Optional.of(threats(before.assessment().get(), after.assessment().get()))
            : Optional.empty();
    return new ModelDiff(
        before.label(), after.label(), entries(before.model(), after.model()), threats);
  }

  /** What was added, removed, changed or moved between two models. */
  public static List<EntryChange> entries(Model before, Model after) {
    return Entries.of(before, after);
  }

  /** Threats that appeared, were resolved, or changed severity or status, and the risk delta. */
  public static ThreatDiff threats(Assessment before, Assessment after) {
    return ThreatChanges.of(before, after);
  }
}
