package dev.bulwark.lifecycle.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field that differs between two versions of an entry.
 *
 * <p>A {@link Form#VALUE value} or an {@link Form#LIST ordered list} is reported whole, {@code
 * before → after} (empty where the field is left out); a {@link Form#SET set} (a list whose order
 * has no meaning, such as tags or controls) by the items {@code added} and {@code removed}.
 *
 * @param field the key in model files; {@code business.criticality} for a field of a nested record
 */
public record FieldChange(
    String field,
    Form form,
    Optional<String> before,
    Optional<String> after,
    List<String> added,
    List<String> removed) {

  /** How a field is compared. */
  public enum Form {
    /** A single value, or a record compared whole. */
    VALUE,
    /** A list whose order counts (e.g. the model's rule packs). */
    LIST,
    /** A list compared as a set: order and repeats carry no meaning. */
    SET
  }

  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
  }

  static FieldChange value(
      String field, Form form, Optional<String> before, Optional<String> after) {
    return new FieldChange(field, form, before, after, List.of(), List.of());
  }

  static FieldChange set(String field, List<String> added, List<String> removed) {
    return new FieldChange(field, Form.SET, Optional.empty(), Optional.empty(), added, removed);
  }

  /** The same change seen from the other side. */
  public FieldChange reversed() {
    return new FieldChange(field, form, after, before, removed, added);
  }
}
