package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.Wire;

/** The places a model names who answers for something; {@code missing-owners} checks a choice. */
public enum OwnerField {
  /** The model's {@code owner}. */
  MODEL,
  /** Each component's {@code owner}. */
  COMPONENTS,
  /** Each mitigation's {@code owner}. */
  MITIGATIONS,
  /** The {@code by} of each triage entry that accepts a threat. */
  ACCEPTANCES,
  /** The {@code by} of every triage entry, whatever it decides. */
  TRIAGE,
  /** The {@code by} of each suppression. */
  SUPPRESSIONS;

  /** As written in a policy file: {@code acceptances}. */
  public String wireName() {
    return Wire.name(this);
  }
}
