package dev.bulwark.lifecycle.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the model added, removed or changed: an element (zone, actor, component, data asset,
 * flow, hand-written threat, mitigation), a triage entry, a suppression, an import, or the model's
 * own fields.
 *
 * @param section the model key of the list it belongs to ({@code flows}, {@code triage}), or {@code
 *     model} for the model's own fields
 * @param kind the entry's kind in words ({@code flow}, {@code triage entry}, {@code model})
 * @param key what identifies it in its section: the id; the fingerprint for triage; {@code
 *     RULE@element} for a suppression; the whole entry where nothing else does; "" for the model
 * @param fields the fields that differ, in format order (only for {@link Change#CHANGED})
 * @param move the change of zone, if the entry moved between zones (not repeated in {@code fields})
 */
public record EntryChange(
    String section,
    String kind,
    String key,
    Change change,
    List<FieldChange> fields,
    Optional<Move> move) {

  /** The section of the model's own fields (title, owner, business context, rule packs). */
  public static final String MODEL = "model";

  public EntryChange {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(change, "change");
    fields = List.copyOf(fields);
    Objects.requireNonNull(move, "move");
  }

  public EntryChange reversed() {
    return new EntryChange(
        section,
        kind,
        key,
        change.reversed(),
        fields.stream().map(FieldChange::reversed).toList(),
        move.map(Move::reversed));
  }
}
