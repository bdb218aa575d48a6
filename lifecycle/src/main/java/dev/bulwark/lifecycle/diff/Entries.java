package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.ElementKind;
import dev.bulwark.model.Model;
import dev.bulwark.model.Suppression;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.format.Cardinality;
import dev.bulwark.model.format.Field;
import dev.bulwark.model.format.FieldType;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The model half of the diff, generic over the records of the format: every list of records in
 * {@link Model} is a section whose entries are matched by key and compared field by field, so that
 * fields added to the format are compared without a change here.
 */
final class Entries {
  private static final List<ElementKind> ZONE = List.of(ElementKind.ZONE);

  private Entries() {}

  static List<EntryChange> of(Model before, Model after) {
    Shape model = Shapes.of(Model.class);
    List<EntryChange> out = new ArrayList<>();
    List<FieldChange> own = new ArrayList<>();
    for (Field field : model.fields()) {
      if (!isSection(field)) {
        compare(model, field, before, after, "", own);
      }
    }
    if (!own.isEmpty()) {
      out.add(
          new EntryChange(
              EntryChange.MODEL, EntryChange.MODEL, "", Change.CHANGED, own, Optional.empty()));
    }
    for (Field field : model.fields()) {
      if (isSection(field)) {
        section(field, before, after, out);
      }
    }
    return out;
  }

  private static boolean isSection(Field field) {
    return field.cardinality() == Cardinality.LIST && field.type() == FieldType.RECORD;
  }

  private static void section(Field field, Model before, Model after, List<EntryChange> out) {
    @SuppressWarnings("unchecked")
    Shape shape = Shapes.of((Class<? extends Record>) field.valueClass());
    List<Map<String, Record>> sides = keyed(shape, field.values(before), field.values(after));
    Map<String, Record> old = sides.get(0);
    Map<String, Record> current = sides.get(1);
    String section = field.key();
    String kind = shape.label();
    List<EntryChange> found = new ArrayList<>();
    for (Map.Entry<String, Record> entry : old.entrySet()) {
      Record now = current.get(entry.getKey());
      if (now == null) {
        found.add(
            new EntryChange(
                section, kind, entry.getKey(), Change.REMOVED, List.of(), Optional.empty()));
      } else {
        changed(shape, section, kind, entry.getKey(), entry.getValue(), now).ifPresent(found::add);
      }
    }
    for (String key : current.keySet()) {
      if (!old.containsKey(key)) {
        found.add(new EntryChange(section, kind, key, Change.ADDED, List.of(), Optional.empty()));
      }
    }
    // Sorted once the few changes are known, rather than every key of a large model.
    found.sort(Comparator.comparing(EntryChange::key));
    out.addAll(found);
  }

  private static Optional<EntryChange> changed(
      Shape shape, String section, String kind, String key, Record was, Record now) {
    List<FieldChange> fields = new ArrayList<>();
    Optional<Move> move = Optional.empty();
    for (Field f : shape.fields()) {
      if (isZone(f)) {
        move = move.or(() -> move(f, was, now));
      } else {
        compare(shape, f, was, now, "", fields);
      }
    }
    return fields.isEmpty() && move.isEmpty()
        ? Optional.empty()
        : Optional.of(new EntryChange(section, kind, key, Change.CHANGED, fields, move));
  }

  /** A single reference to a zone: where the element is ({@code zone}, a zone's {@code parent}). */
  private static boolean isZone(Field field) {
    return field.cardinality() != Cardinality.LIST && field.refKinds().equals(ZONE);
  }

  private static Optional<Move> move(Field field, Record before, Record after) {
    Object was = Canonical.of(field.read(before), false);
    Object now = Canonical.of(field.read(after), false);
    return Objects.equals(was, now)
        ? Optional.empty()
        : Optional.of(new Move(field.key(), text(was), text(now)));
  }

  /**
   * Adds the change of one field, if any; a nested record (the business context) is compared field
   * by field under {@code prefix}, a side without it as if it were written empty.
   */
  private static void compare(
      Shape owner, Field field, Record before, Record after, String prefix, List<FieldChange> out) {
    Object rawBefore = before == null ? null : field.read(before);
    Object rawAfter = after == null ? null : field.read(after);
    String key = prefix + field.key();
    if (field.type() == FieldType.RECORD && field.cardinality() != Cardinality.LIST) {
      Record was = nested(rawBefore);
      Record now = nested(rawAfter);
      if (was == null && now == null) {
        return;
      }
      @SuppressWarnings("unchecked")
      Shape shape = Shapes.of((Class<? extends Record>) field.valueClass());
      for (Field inner : shape.fields()) {
        compare(shape, inner, was, now, key + ".", out);
      }
      return;
    }
    if (field.type() != FieldType.RECORD && Objects.equals(rawBefore, rawAfter)) {
      return; // the common case, decided without normalising
    }
    boolean ordered = Canonical.ordered(owner, field);
    Object was = before == null ? fallback(field) : Canonical.of(rawBefore, ordered);
    Object now = after == null ? fallback(field) : Canonical.of(rawAfter, ordered);
    if (Canonical.isList(field)) {
      List<?> old = was == null ? List.of() : (List<?>) was;
      List<?> current = now == null ? List.of() : (List<?>) now;
      if (old.equals(current)) {
        return;
      }
      if (ordered) {
        out.add(FieldChange.value(key, FieldChange.Form.LIST, text(was), text(now)));
      } else {
        out.add(FieldChange.set(key, minus(current, old), minus(old, current)));
      }
    } else if (!Objects.equals(was, now)) {
      out.add(FieldChange.value(key, FieldChange.Form.VALUE, text(was), text(now)));
    }
  }

  /**
   * A field of a nested record that is not there at all (no business context): its default, as if
   * the record were written empty, so that {@code business: {criticality: medium}} and no {@code
   * business} are the same.
   */
  private static Object fallback(Field field) {
    return field.defaultValue().map(Object.class::cast).orElse(null);
  }

  private static Record nested(Object raw) {
    return raw instanceof Optional<?> optional ? (Record) optional.orElse(null) : (Record) raw;
  }

  private static Optional<String> text(Object normal) {
    if (normal == null || normal instanceof List<?> list && list.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Canonical.show(normal));
  }

  private static List<String> minus(List<?> from, List<?> remove) {
    List<String> out = new ArrayList<>();
    for (Object item : from) {
      if (!remove.contains(item)) {
        out.add(Canonical.show(item));
      }
    }
    return out;
  }

  /**
   * Entries by key. A key that two entries share on either side (an invalid model) gets each
   * entry's whole content added on both sides, so that matching never depends on file order.
   */
  private static List<Map<String, Record>> keyed(Shape shape, List<?> before, List<?> after) {
    List<String> keysBefore = keys(shape, before);
    List<String> keysAfter = keys(shape, after);
    Set<String> shared = repeated(keysBefore);
    shared.addAll(repeated(keysAfter));
    return List.of(map(before, keysBefore, shared), map(after, keysAfter, shared));
  }

  private static List<String> keys(Shape shape, List<?> entries) {
    List<String> keys = new ArrayList<>(entries.size());
    for (Object entry : entries) {
      keys.add(key(shape, (Record) entry));
    }
    return keys;
  }

  private static Set<String> repeated(List<String> keys) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    for (String key : keys) {
      if (!seen.add(key)) {
        repeated.add(key);
      }
    }
    return repeated;
  }

  private static Map<String, Record> map(List<?> entries, List<String> keys, Set<String> shared) {
    Map<String, Record> out = new HashMap<>(entries.size() * 2);
    for (int i = 0; i < entries.size(); i++) {
      Record entry = (Record) entries.get(i);
      String key = keys.get(i);
      out.put(
          shared.contains(key) ? key + " " + Canonical.show(Canonical.record(entry)) : key, entry);
    }
    return out;
  }

  /**
   * What identifies an entry: a triage entry's fingerprint, a suppression's {@code RULE@element},
   * an element's id, and otherwise (imports) the entry's whole content.
   */
  static String key(Shape shape, Record entry) {
    if (entry instanceof TriageEntry triage) {
      return triage.threat();
    }
    if (entry instanceof Suppression suppression) {
      return suppression.rule() + suppression.on().map(on -> "@" + on).orElse("");
    }
    int id = shape.indexOf("id");
    if (id >= 0 && shape.fields().get(id).cardinality() == Cardinality.REQUIRED) {
      return String.valueOf(shape.fields().get(id).read(entry));
    }
    return Canonical.show(Canonical.record(entry));
  }
}
