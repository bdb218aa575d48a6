package dev.bulwark.model.format;

/** The value types a model field can hold. */
public enum FieldType {
  STRING,
  INTEGER,
  BOOLEAN,
  DATE,
  ENUM,
  RECORD
}
