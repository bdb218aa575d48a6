package dev.bulwark.analysis;

/** The LINDDUN privacy threat categories. */
public enum Linddun {
  LINKING,
  IDENTIFYING,
  NON_REPUDIATION,
  DETECTING,
  DATA_DISCLOSURE,
  UNAWARENESS,
  NON_COMPLIANCE
}
