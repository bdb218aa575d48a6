package dev.bulwark.model.format;

/** Whether a field must be given, may be left out, or holds a list. */
public enum Cardinality {
  /** Must be present; its record is dropped when it is missing or wrong. */
  REQUIRED,
  /** May be left out: an {@code Optional}, or a scalar with a {@code @Default}. */
  OPTIONAL,
  /** A list; left out means empty. */
  LIST,
  /** A mapping from names to values ({@code Map<String, V>}); left out means empty. */
  MAP
}
