package dev.bulwark.lifecycle.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The semantic difference between two versions of a model. Pure data: {@link Differ} computes it,
 * {@link DiffFormat} renders it.
 *
 * @param before the label of the older version
 * @param after the label of the newer version
 * @param changes the model's own fields first, then sections in format order (zones, actors,
 *     components, data, flows, threats, mitigations, triage, suppressions, ...), each by key
 * @param threats how the threats differ; empty when the versions were not analysed
 */
public record ModelDiff(
    String before, String after, List<EntryChange> changes, Optional<ThreatDiff> threats) {
  public ModelDiff {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    changes = List.copyOf(changes);
    Objects.requireNonNull(threats, "threats");
  }

  /** Whether nothing differs: no entry and no threat changed. */
  public boolean isEmpty() {
    return changes.isEmpty() && threats.map(t -> t.changes().isEmpty()).orElse(true);
  }

  public long count(Change change) {
    return changes.stream().filter(c -> c.change() == change).count();
  }

  /** How many entries moved between zones. */
  public long moves() {
    return changes.stream().filter(c -> c.move().isPresent()).count();
  }

  /** The diff seen from the other side: diff(b, a) is diff(a, b) reversed. */
  public ModelDiff reversed() {
    return new ModelDiff(
        after,
        before,
        changes.stream().map(EntryChange::reversed).toList(),
        threats.map(ThreatDiff::reversed));
  }
}
